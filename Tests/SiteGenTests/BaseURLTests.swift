import Foundation
import Testing

@testable import SiteGen

/// `base_url` and `--base-url` must be absolute http(s) URLs written in URL characters, checked
/// with Foundation's URL parser (issue 15, item 6): nothing else reaches `robots.txt`, the
/// sitemap, the feed or a page.
@Suite("Base URL")
struct BaseURLTests {
    /// Base URLs a site may have.
    static let accepted = [
        "https://example.org/", "http://localhost:8080/docs/", "https://example.org/a%20b/", "https://[::1]:8080/",
        "https://user.github.io/site", "HTTPS://EXAMPLE.ORG/", "https://example.org/a&b'(c)/",
    ]

    /// Base URLs it may not have, with the end of the message each gets.
    static let refused: [(String, String)] = [
        ("https://example.org/\"<>", "holds `\"`, which a URL cannot hold unencoded"),
        ("https://example.org/<script>", "holds `<`, which a URL cannot hold unencoded"),
        ("https://example.org/a>b", "holds `>`, which a URL cannot hold unencoded"),
        ("https://example.org/a b/", "holds U+20, which a URL cannot hold unencoded"),
        ("https://example.org/\t", "holds U+9, which a URL cannot hold unencoded"),
        ("https://example.org/\u{7F}", "holds U+7F, which a URL cannot hold unencoded"),
        ("https://example.org/\u{85}", "holds U+85, which a URL cannot hold unencoded"),
        ("https://exämple.org/", "holds `ä`, which a URL cannot hold unencoded"),
        ("https://example.org/%zz/", "holds `%`, which a URL cannot hold unencoded"),
        ("https://example.org/{x}", "holds `{`, which a URL cannot hold unencoded"),
        ("https://example.org\\x/", "holds `\\`, which a URL cannot hold unencoded"),
        ("/docs/", "is not an absolute http(s) URL"),
        ("example.org", "is not an absolute http(s) URL"),
        ("javascript:alert(1)", "is not an absolute http(s) URL"),
        ("ftp://example.org/", "is not an absolute http(s) URL"),
        ("https:///path", "is not an absolute http(s) URL"),
        ("https://user:password@example.org/", "holds a user name or password"),
        ("https://example.org/?page=1", "has a query or fragment"),
        ("https://example.org/#top", "has a query or fragment"),
    ]

    @Test(arguments: accepted)
    func acceptsAbsoluteHTTPURLs(_ url: String) {
        #expect(SiteConfigLoader.baseURLProblem(url) == nil)
    }

    @Test(arguments: refused)
    func refusesEverythingElse(url: String, problem: String) {
        #expect(SiteConfigLoader.baseURLProblem(url) == problem)
    }

    @Test func aRefusedBaseURLIsAnErrorAtItsLineAndNothingIsWritten() {
        let site = TestSite(
            siteYML: "title: T\nbase_url: 'https://example.org/\"<>'\n",
            roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        #expect(
            site.build().messages == [
                "content/site.yml:2:11: error: `base_url` `https://example.org/\"<>` holds `\"`, which a URL cannot hold unencoded"
            ])
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    @Test func theCommandLineBaseURLIsCheckedTheSameWay() {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        var builder = site.builder()
        builder.inputs.baseURLOverride = "https://example.org/\n<b>"
        #expect(throws: BuildFailure.self) { try builder.build() }
        var diagnostics = Diagnostics()
        _ = ContentLoader(inputs: builder.inputs).load(into: &diagnostics)
        #expect(
            diagnostics.all.map(\.message) == [
                "--base-url `https://example.org/…` holds U+A, which a URL cannot hold unencoded"
            ])
        #expect(diagnostics.all.map(\.file) == ["--base-url"])
    }

    @Test func anAcceptedBaseURLReachesRobotsSitemapAndFeedEscapedForEach() {
        let site = TestSite(
            siteYML: "title: T\nbase_url: https://example.org/a&b'/\n",
            roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        #expect(site.build().succeeded)
        #expect(site.page("robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://example.org/a&b'/sitemap.xml\n")
        #expect(site.page("sitemap.xml").contains("<loc>https://example.org/a&amp;b&apos;/a/</loc>"))
        #expect(site.page("feed.xml").contains("<id>https://example.org/a&amp;b&apos;/</id>"))
        #expect(site.page("index.html").contains("href=\"/a&amp;b&#39;/a/\""))
    }
}
