import Foundation
import Testing

@testable import SiteGen

@Suite("LinkCheck: checking external links against a local server")
struct LinkCheckerTests {
    private static let day: TimeInterval = 24 * 60 * 60

    private static let roadmaps = [
        "alpha.md": """
        ---
        title: Alpha
        ---

        [the guide](BASE/ok)
        [old docs](BASE/moved#setup)

        - [gone](BASE/missing)
        - ![diagram](BASE/broken)
        - [picky](BASE/no-head)
        - Slow: <BASE/silent>
        - Limited: [limit](BASE/limited)
        - [chain](BASE/moved-twice)
        - [hop](BASE/temporary)
        """,
        "beta.md": """
        ---
        title: Beta
        ---

        Also BASE/missing here.
        [the guide](BASE/ok#top)
        """,
    ]

    @Test func reportsEachBrokenLinkWhereItIsWritten() async throws {
        let site = try LinkCheckTestSite(roadmaps: Self.roadmaps)
        defer { site.remove() }
        let base = site.base
        let alpha = site.path("alpha.md")
        let beta = site.path("beta.md")

        let report = await site.check()

        #expect(
            report.diagnostics.all == [
                .warning(
                    "link \(base)/moved#setup has moved permanently to \(base)/ok#setup",
                    at: SourceLocation(file: alpha, line: 6, column: 1), hint: "replace it with \(base)/ok#setup"),
                .error(
                    "link \(base)/missing is broken: HTTP 404 Not Found",
                    at: SourceLocation(file: alpha, line: 8, column: 3)),
                .error(
                    "image \(base)/broken is broken: HTTP 500 Internal Server Error",
                    at: SourceLocation(file: alpha, line: 9, column: 3)),
                .error(
                    "link \(base)/silent did not answer within 0.5 s",
                    at: SourceLocation(file: alpha, line: 11, column: 9)),
                .warning(
                    "link \(base)/limited could not be checked: the server answered HTTP 429 Too Many Requests",
                    at: SourceLocation(file: alpha, line: 12, column: 12), hint: "it is checked again on a later run"),
                .warning(
                    "link \(base)/moved-twice has moved permanently to \(base)/ok",
                    at: SourceLocation(file: alpha, line: 13, column: 3), hint: "replace it with \(base)/ok"),
                .error(
                    "link \(base)/missing is broken: HTTP 404 Not Found",
                    at: SourceLocation(file: beta, line: 5, column: 6)),
            ])
        #expect(report.linkCount == 11)
        #expect(report.urlCount == 9)
        #expect(report.requestedCount == 9)
    }

    @Test func asksEachURLOnceWithHeadAndFallsBackToGet() async throws {
        let site = try LinkCheckTestSite(roadmaps: Self.roadmaps)
        defer { site.remove() }

        _ = await site.check()

        #expect(
            site.takeRequests() == [
                "GET /broken", "GET /missing", "GET /no-head",
                "HEAD /broken", "HEAD /limited", "HEAD /missing", "HEAD /moved", "HEAD /moved", "HEAD /moved-twice",
                "HEAD /no-head", "HEAD /ok", "HEAD /ok", "HEAD /ok", "HEAD /ok", "HEAD /silent", "HEAD /temporary",
            ])
    }

    @Test func writesEveryAnswerToTheCacheFile() async throws {
        let site = try LinkCheckTestSite(roadmaps: Self.roadmaps)
        defer { site.remove() }
        let base = site.base

        _ = await site.check()

        let checked = "\"checked\" : \"2027-01-15T08:00:00Z\""
        #expect(
            try site.cacheText() == """
                {
                  "links" : {
                    "\(base)/broken" : {
                      \(checked),
                      "result" : "broken",
                      "status" : 500
                    },
                    "\(base)/limited" : {
                      \(checked),
                      "result" : "rate-limited"
                    },
                    "\(base)/missing" : {
                      \(checked),
                      "result" : "broken",
                      "status" : 404
                    },
                    "\(base)/moved" : {
                      \(checked),
                      "location" : "\(base)/ok",
                      "result" : "moved"
                    },
                    "\(base)/moved-twice" : {
                      \(checked),
                      "location" : "\(base)/ok",
                      "result" : "moved"
                    },
                    "\(base)/no-head" : {
                      \(checked),
                      "result" : "ok"
                    },
                    "\(base)/ok" : {
                      \(checked),
                      "result" : "ok"
                    },
                    "\(base)/silent" : {
                      \(checked),
                      "result" : "timeout"
                    },
                    "\(base)/temporary" : {
                      \(checked),
                      "result" : "ok"
                    }
                  },
                  "version" : 1
                }

                """)
        #expect(FileManager.default.fileExists(atPath: site.cacheDirectory + "/.gitignore"))
    }

    @Test func asksNothingAboutFreshlyCachedURLs() async throws {
        let site = try LinkCheckTestSite(roadmaps: Self.roadmaps)
        defer { site.remove() }
        let first = await site.check()
        let cacheAfterFirst = try site.cacheText()
        _ = site.takeRequests()

        let second = await site.check(now: LinkCheckTestSite.firstRun.addingTimeInterval(12 * 60 * 60))

        #expect(site.takeRequests() == [])
        #expect(second.requestedCount == 0)
        #expect(second.diagnostics == first.diagnostics)
        #expect(try site.cacheText() == cacheAfterFirst)
    }

    @Test func asksAgainAboutExpiredAnswers() async throws {
        let site = try LinkCheckTestSite(roadmaps: [
            "alpha.md": "---\ntitle: Alpha\n---\n[a](BASE/ok) [b](BASE/missing)\n"
        ])
        defer { site.remove() }
        _ = await site.check()
        #expect(site.takeRequests() == ["GET /missing", "HEAD /missing", "HEAD /ok"])

        let twoDaysLater = LinkCheckTestSite.firstRun.addingTimeInterval(2 * Self.day)
        let second = await site.check(now: twoDaysLater)
        #expect(site.takeRequests() == ["GET /missing", "HEAD /missing"])
        #expect(second.requestedCount == 1)
        #expect(try site.cacheText().contains("\"checked\" : \"2027-01-17T08:00:00Z\",\n      \"result\" : \"broken\""))

        let eightDaysLater = LinkCheckTestSite.firstRun.addingTimeInterval(8 * Self.day)
        let third = await site.check(now: eightDaysLater)
        #expect(site.takeRequests() == ["GET /missing", "HEAD /missing", "HEAD /ok"])
        #expect(third.requestedCount == 2)
    }

    @Test func dropsCacheEntriesOfLinksNoLongerWritten() async throws {
        let site = try LinkCheckTestSite(roadmaps: [
            "alpha.md": "---\ntitle: Alpha\n---\n[a](BASE/ok) [b](BASE/missing)\n"
        ])
        defer { site.remove() }
        _ = await site.check()
        try Data("---\ntitle: Alpha\n---\n[a](\(site.base)/ok)\n".utf8)
            .write(to: URL(fileURLWithPath: site.path("alpha.md")))

        _ = await site.check()

        #expect(try !site.cacheText().contains("/missing"))
        #expect(try site.cacheText().contains("/ok"))
    }

    @Test func ignoresAnUnreadableCacheFile() async throws {
        let site = try LinkCheckTestSite(roadmaps: ["alpha.md": "---\ntitle: Alpha\n---\n[a](BASE/ok)\n"])
        defer { site.remove() }
        try FileManager.default.createDirectory(atPath: site.cacheDirectory, withIntermediateDirectories: true)
        try Data("not json".utf8).write(to: URL(fileURLWithPath: site.cachePath))

        let report = await site.check()

        #expect(report.diagnostics.all.isEmpty)
        #expect(site.takeRequests() == ["HEAD /ok"])
        #expect(try site.cacheText().contains("\"result\" : \"ok\""))
    }

    @Test func boundsRequestsPerHost() async throws {
        let links = (1...6).map { "- [\($0)](BASE/slow/\($0))" }.joined(separator: "\n")
        let site = try LinkCheckTestSite(roadmaps: ["alpha.md": "---\ntitle: Alpha\n---\n\(links)\n"])
        defer { site.remove() }

        let report = await site.checker(maxConcurrent: 8, maxPerHost: 2).check(contentDirectory: site.contentDirectory)

        #expect(report.diagnostics.all.isEmpty)
        #expect(site.server.mostConcurrentSlowRequests == 2)
    }

    @Test func boundsRequestsOverall() async throws {
        let links = (1...4).map { "- [\($0)](BASE/slow/\($0))" }.joined(separator: "\n")
        let site = try LinkCheckTestSite(roadmaps: ["alpha.md": "---\ntitle: Alpha\n---\n\(links)\n"])
        defer { site.remove() }

        _ = await site.checker(maxConcurrent: 1, maxPerHost: 4).check(contentDirectory: site.contentDirectory)

        #expect(site.server.mostConcurrentSlowRequests == 1)
    }

    @Test func reportsUnreachableServersAndInvalidURLsWithoutCachingThem() async throws {
        let site = try LinkCheckTestSite(roadmaps: [
            "alpha.md": "---\ntitle: Alpha\n---\n[closed](http://127.0.0.1:1/x)\n\n[empty](https://)\n"
        ])
        defer { site.remove() }
        let alpha = site.path("alpha.md")

        let report = await site.check()

        #expect(
            report.diagnostics.all == [
                .error("link https:// is not a valid URL", at: SourceLocation(file: alpha, line: 6, column: 1)),
                .error(
                    "link http://127.0.0.1:1/x is broken: the server refused the connection",
                    at: SourceLocation(file: alpha, line: 4, column: 1)),
            ])
        #expect(try !site.cacheText().contains("127.0.0.1:1/"))
        #expect(await site.check().requestedCount == 1)
    }

    @Test func stopsFollowingEndlessRedirects() async throws {
        let site = try LinkCheckTestSite(roadmaps: ["alpha.md": "---\ntitle: Alpha\n---\n[loop](BASE/loop)\n"])
        defer { site.remove() }

        let report = await site.check()

        #expect(
            report.diagnostics.all == [
                .error(
                    "link \(site.base)/loop is broken: it redirects more than 10 times",
                    at: SourceLocation(file: site.path("alpha.md"), line: 4, column: 1))
            ])
        #expect(site.takeRequests() == Array(repeating: "HEAD /loop", count: 11))
    }

    @Test func leavesNoCacheFileWhenThereAreNoLinks() async throws {
        let site = try LinkCheckTestSite(roadmaps: ["alpha.md": "---\ntitle: Alpha\n---\nNo links.\n"])
        defer { site.remove() }

        let report = await site.check()

        #expect(report.linkCount == 0)
        #expect(!FileManager.default.fileExists(atPath: site.cachePath))
    }
}
