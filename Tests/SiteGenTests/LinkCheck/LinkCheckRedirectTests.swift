import Foundation
import Testing

@testable import SiteGen

/// `check --external` against a hostile link server (issue 15, item 11): one deadline per link,
/// no body read, only http(s) redirects followed, and never from a public address to this
/// machine (judged by the address connected to; the public one is played by 127.0.0.1 named as
/// such, since the tests use loopback only).
@Suite("LinkCheck: deadlines, bodies and redirects")
struct LinkCheckRedirectTests {
    /// How far addresses are, as Python's `ipaddress` module classes them (checked with Python
    /// 3.11: `is_loopback`, `is_unspecified` or in `0.0.0.0/8` for `.loopback`, else not
    /// `is_global` or `is_multicast` for `.privateNetwork`; IPv4-mapped IPv6 addresses as their IPv4
    /// address).
    static let addressesAsPythonClassesThem: [(String, AddressReach)] = [
        ("127.0.0.1", .loopback), ("127.255.255.254", .loopback), ("0.0.0.0", .loopback), ("0.1.2.3", .loopback),
        ("10.0.0.1", .privateNetwork), ("10.255.255.255", .privateNetwork), ("100.64.0.1", .privateNetwork),
        ("100.127.255.255", .privateNetwork), ("100.128.0.1", .global), ("100.63.255.255", .global),
        ("169.254.169.254", .privateNetwork), ("172.16.0.1", .privateNetwork), ("172.31.255.255", .privateNetwork),
        ("172.32.0.1", .global), ("172.15.255.255", .global), ("192.0.0.1", .privateNetwork),
        ("192.168.1.1", .privateNetwork), ("198.18.0.1", .privateNetwork), ("198.19.255.255", .privateNetwork),
        ("198.20.0.1", .global), ("224.0.0.1", .privateNetwork), ("239.255.255.250", .privateNetwork),
        ("240.0.0.1", .privateNetwork), ("255.255.255.255", .privateNetwork), ("8.8.8.8", .global),
        ("93.184.216.34", .global), ("1.1.1.1", .global), ("11.0.0.1", .global), ("126.255.255.255", .global),
        ("128.0.0.1", .global), ("192.169.0.1", .global), ("::1", .loopback), ("::", .loopback),
        ("::ffff:127.0.0.1", .loopback), ("::ffff:10.1.2.3", .privateNetwork), ("::ffff:8.8.8.8", .global),
        ("fc00::1", .privateNetwork), ("fd12:3456::1", .privateNetwork), ("fe80::1", .privateNetwork),
        ("febf::1", .privateNetwork), ("ff02::1", .privateNetwork), ("2001:4860:4860::8888", .global),
        ("2606:4700::1111", .global),
    ]

    /// Where sitegen is stricter than Python: the whole of `192.0.0.0/24` (IANA: not globally
    /// reachable), the deprecated site-local `fec0::/10`, and IPv4 addresses inside NAT64 ones.
    static let addressesStricterThanPython: [(String, AddressReach)] = [
        ("192.0.0.8", .privateNetwork), ("fec0::1", .privateNetwork), ("64:ff9b::7f00:1", .loopback),
        ("64:ff9b::a00:1", .privateNetwork), ("64:ff9b::808:808", .global),
    ]

    @Test func addressesAreClassedByTheirReach() {
        for (address, reach) in Self.addressesAsPythonClassesThem + Self.addressesStricterThanPython {
            #expect(AddressReach.of(numericAddress: address) == reach, "\(address)")
        }
        #expect(AddressReach.of(numericAddress: "localhost") == nil)
        #expect(AddressReach.of(numericAddress: "[::1]") == nil)
    }

    @Test func aChainOfSlowRedirectsStopsAtTheLinksDeadline() async throws {
        let site = try LinkCheckTestSite(roadmaps: ["alpha.md": "---\ntitle: Alpha\n---\n[chain](BASE/slow-hop/8)\n"])
        defer { site.remove() }

        let report = await site.check()

        #expect(
            report.diagnostics.all == [
                .error(
                    "link \(site.base)/slow-hop/8 did not answer within 0.5 s",
                    at: SourceLocation(file: site.path("alpha.md"), line: 4, column: 1))
            ])
        #expect(site.takeRequests().count <= 4, "each hop takes 200 ms")
    }

    @Test func theGetAfterAFailedHeadReadsNoBody() async throws {
        let site = try LinkCheckTestSite(roadmaps: ["alpha.md": "---\ntitle: Alpha\n---\n[big](BASE/huge)\n"])
        defer { site.remove() }

        let report = await site.check()

        #expect(report.diagnostics.all.isEmpty)
        #expect(site.takeRequests() == ["GET /huge", "HEAD /huge"])
        #expect(site.server.hugeBytesSent < 16 << 20, "\(site.server.hugeBytesSent) bytes of the body were sent")
    }

    @Test func redirectsToOtherSchemesAreReportedAsSuch() async throws {
        let site = try LinkCheckTestSite(roadmaps: [
            "alpha.md": "---\ntitle: Alpha\n---\n[a](BASE/to-file)\n\n[b](BASE/to-ftp)\n"
        ])
        defer { site.remove() }
        let alpha = site.path("alpha.md")

        let report = await site.check()

        #expect(
            report.diagnostics.all == [
                .error(
                    "link \(site.base)/to-file is broken: it redirects to file:///etc/passwd, and only redirects to "
                        + "http and https URLs are followed", at: SourceLocation(file: alpha, line: 4, column: 1)),
                .error(
                    "link \(site.base)/to-ftp is broken: it redirects to ftp://127.0.0.1/file, and only redirects to "
                        + "http and https URLs are followed", at: SourceLocation(file: alpha, line: 6, column: 1)),
            ])
        #expect(site.takeRequests() == ["HEAD /to-file", "HEAD /to-ftp"])
    }

    @Test func aLinkToAPublicAddressIsNotFollowedToThisMachine() async throws {
        let site = try LinkCheckTestSite(roadmaps: ["alpha.md": "---\ntitle: Alpha\n---\n[a](BASE/to-localhost)\n"])
        defer { site.remove() }
        var checker = site.checker()
        checker.client.peerReach = { host, address in
            host == "127.0.0.1" ? .global : AddressReach.of(numericAddress: address) ?? .global
        }

        let report = await checker.check(contentDirectory: site.contentDirectory)

        #expect(
            report.diagnostics.all == [
                .error(
                    "link \(site.base)/to-localhost is broken: it redirects to http://localhost:\(site.server.port)/ok, "
                        + "an address on this machine, and a link to a public address is not followed there",
                    at: SourceLocation(file: site.path("alpha.md"), line: 4, column: 1))
            ])
        #expect(site.takeRequests() == ["HEAD /to-localhost"])
    }

    @Test func aLinkToThisMachineMayRedirectOnIt() async throws {
        let site = try LinkCheckTestSite(roadmaps: ["alpha.md": "---\ntitle: Alpha\n---\n[a](BASE/to-localhost)\n"])
        defer { site.remove() }

        let report = await site.check()

        #expect(report.diagnostics.all.isEmpty)
        #expect(site.takeRequests() == ["HEAD /ok", "HEAD /to-localhost"])
    }
}
