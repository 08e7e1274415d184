import Foundation
import Testing

@testable import SiteGen

/// `sitegen check` over real sites: every broken internal link and fragment, reported where it is
/// written (the Markdown line for links written in a roadmap, the built page's line and column
/// for links from templates), and nothing else.
@Suite("Check: internal links")
struct CheckTests {
    /// A site whose roadmap `a` links in every way a body can, to places that exist and places
    /// that do not; its theme's header links to a missing page.
    static func makeSite(siteYML: String = "title: Test Roadmaps\nbase_url: https://example.org/\n") -> TestSite {
        let site = TestSite(
            siteYML: siteYML,
            roadmaps: [
                "a": roadmapFile(
                    "title: A\nupdated: 2026-01-01\nrelated: [b]",
                    body: """
                        Intro [gone](#nowhere) and [fine](#steps).

                        ## Steps

                        1. [B's steps](b.md#steps) and [B's nothing](b.md#no-such-part).
                        2. [A picture](images/x.png) and [a root page](/nothing/).
                        3. [The style](/assets/style.css) and [no style](/assets/missing.css).
                        4. Été — [accented](#caf%C3%A9) and [accent gone](#caf%C3%A8).
                        5. [Related](related/) and [related gone](related/nope/).
                        6. [Draft](c.md) and [self](a.md#faq).

                        ## Café

                        Text.

                        ## FAQ

                        ### Why?

                        Because [of this](#why) and [not that](#not-there).

                        ### Where?

                        [B](b.md) or [the index](/) or [a file](/feed.xml#x).
                        """),
                "b": roadmapFile("title: B\nupdated: 2026-01-02"),
                "c": roadmapFile("title: C\nupdated: 2026-01-03\ndraft: true"),
            ])
        let templates = site.copyTheme()
        let header = templates + "/partials/header.mustache"
        TestFiles.write(
            TestFiles.read(header)
                + "<a href=\"{{site.indexPath}}missing/\">x</a> <a href=\"{{site.indexPath}}#main\">top</a>\n",
            to: header)
        return site
    }

    /// The problems `check` reports for `site`, as the terminal shows them (hints included).
    static func check(_ site: TestSite, drafts: Bool = false) async -> [String] {
        let report = await SiteChecker(
            inputs: SiteInputs(
                contentDirectory: site.content, templatesDirectory: site.root + "/templates", includeDrafts: drafts),
            outputDirectory: site.output
        ).check()
        let formatter = DiagnosticFormatter(workingDirectory: site.root)
        return report.diagnostics.sorted.map(formatter.compilerStyle)
    }

    @Test func reportsEveryBrokenLinkOnceWhereItIsWritten() async {
        let site = Self.makeSite()
        #expect(
            await Self.check(site) == [
                "content/roadmaps/a.md:6:7: error: link `#nowhere` points to a missing anchor: no id `nowhere` on that page\n  hint: on the built page it is `/a/#nowhere`",
                "content/roadmaps/a.md:10:32: error: link `b.md#no-such-part` points to a missing anchor: no id `no-such-part` on that page\n  hint: on the built page it is `/b/#no-such-part`",
                "content/roadmaps/a.md:11:4: error: link `images/x.png` points to a page that does not exist\n  hint: on the built page it is `/a/images/x.png`",
                "content/roadmaps/a.md:11:34: error: link `/nothing/` points to a page that does not exist",
                "content/roadmaps/a.md:12:39: error: link `/assets/missing.css` points to a page that does not exist",
                "content/roadmaps/a.md:13:37: error: link `#caf%C3%A8` points to a missing anchor: no id `cafè` on that page\n  hint: on the built page it is `/a/#caf%C3%A8`",
                "content/roadmaps/a.md:14:28: error: link `related/nope/` points to a page that does not exist\n  hint: on the built page it is `/a/related/nope/`",
                "content/roadmaps/a.md:15:4: warning: link to `c.md`, a draft left out of this build; its text is shown without a link",
                "content/roadmaps/a.md:25:29: error: link `#not-there` points to a missing anchor: no id `not-there` on that page\n  hint: on the built page it is `/a/#not-there`",
                "public/404.html:31:4: error: link `/missing/` points to a page that does not exist\n  hint: look in the templates",
                "public/a/faq/index.html:36:4: error: link `/missing/` points to a page that does not exist\n  hint: it is on the page of roadmap `a`: look in content/roadmaps/a.md and the templates",
                "public/a/index.html:36:4: error: link `/missing/` points to a page that does not exist\n  hint: it is on the page of roadmap `a`: look in content/roadmaps/a.md and the templates",
                "public/a/related/index.html:34:4: error: link `/missing/` points to a page that does not exist\n  hint: it is on the page of roadmap `a`: look in content/roadmaps/a.md and the templates",
                "public/b/index.html:34:4: error: link `/missing/` points to a page that does not exist\n  hint: it is on the page of roadmap `b`: look in content/roadmaps/b.md and the templates",
                "public/b/related/index.html:34:4: error: link `/missing/` points to a page that does not exist\n  hint: it is on the page of roadmap `b`: look in content/roadmaps/b.md and the templates",
                "public/index.html:32:4: error: link `/missing/` points to a page that does not exist\n  hint: look in the templates",
            ])
    }

    @Test func linksOutsideTheBasePathAreReported() async {
        let site = Self.makeSite(siteYML: "title: Test Roadmaps\nbase_url: https://example.org/docs/\n")
        let problems = await Self.check(site).filter { $0.contains("outside") || $0.hasPrefix("public/index.html") }
        #expect(
            problems == [
                "content/roadmaps/a.md:11:34: error: link `/nothing/` is outside the site's base path /docs/",
                "content/roadmaps/a.md:12:4: error: link `/assets/style.css` is outside the site's base path /docs/",
                "content/roadmaps/a.md:12:39: error: link `/assets/missing.css` is outside the site's base path /docs/",
                "content/roadmaps/a.md:29:14: error: link `/` is outside the site's base path /docs/",
                "content/roadmaps/a.md:29:32: error: link `/feed.xml#x` is outside the site's base path /docs/",
                "public/index.html:32:4: error: link `/docs/missing/` points to a page that does not exist\n  hint: look in the templates",
            ])
        #expect(await Self.check(site).count == 19)
    }

    @Test func aDraftBuiltWithDraftsIsLinked() async {
        let site = Self.makeSite()
        let problems = await Self.check(site, drafts: true)
        #expect(!problems.contains { $0.contains("a draft left out") })
        #expect(problems.contains { $0.hasPrefix("public/c/index.html:34:4: error: link `/missing/`") })
        #expect(problems.count == 17)
    }

    @Test func theFixtureSiteHasOnlyItsRawHTMLWarnings() async {
        let report = await SiteChecker(
            inputs: SiteInputs(
                contentDirectory: GoldenSiteTests.fixtureContent,
                templatesDirectory: TestFiles.defaultTheme)
        ).check()
        #expect(!report.diagnostics.all.isEmpty)
        #expect(report.diagnostics.all.allSatisfy { $0.severity == .warning && $0.message.hasPrefix("raw HTML") })
    }

    @Test func aLinkOrImageTheRenderReportedIsNotReportedAgainAtTheBuiltPages() async {
        let site = TestSite()
        site.addRoadmap("backend", roadmapFile("title: Backend\nupdated: 2026-01-02", body: "Intro.\n"))
        site.addRoadmap(
            "frontend",
            roadmapFile(
                "title: Frontend\nupdated: 2026-01-02",
                body: "See [data](backnd.md), ![pic](frontend/nope.png) and [t](backend/cachng.md).\n"
                    + "![café](frontend/café.png) ![it's](<frontend/it's here.png>)\n\n"
                    + "## Frequently asked questions\n\n### Why?\n\nSee [data](backnd.md).\n"))
        TestFiles.write("# Caching\n\nText.\n", to: site.content + "/roadmaps/backend/caching.md")
        TestFiles.write(
            "---\nupdated: 2026-01-02\n---\n# Go\n\n[Back](../backnd.md)\n",
            to: site.content + "/roadmaps/frontend/go.md")
        let messages = await Self.check(site).filter { $0.contains("error:") }
        #expect(
            messages.map { $0.split(separator: "\n")[0] } == [
                "content/roadmaps/frontend.md:5:5: error: link to `backnd.md`, but there is no roadmap `backnd`",
                "content/roadmaps/frontend.md:5:24: error: the image `frontend/nope.png` is missing: there is no file content/roadmaps/frontend/nope.png",
                "content/roadmaps/frontend.md:5:54: error: link to `backend/cachng.md`, but there is no topic file `backend/cachng.md`",
                "content/roadmaps/frontend.md:6:1: error: the image `frontend/café.png` is missing: there is no file "
                    + "content/roadmaps/frontend/café.png",
                "content/roadmaps/frontend.md:6:28: error: the image `frontend/it's here.png` is missing: there is no file "
                    + "content/roadmaps/frontend/it's here.png",
                "content/roadmaps/frontend.md:12:5: error: link to `backnd.md`, but there is no roadmap `backnd`",
                "content/roadmaps/frontend/go.md:6:1: error: link to `../backnd.md`, but there is no roadmap `backnd`",
            ], "once each, where written; never again at public/…")
    }

    /// A map topic link's `#fragment` is the map's own error; `check` does not report it again
    /// as a missing anchor. The map's links to other roadmaps keep their fragments, and are
    /// checked, as is the same link written outside the map.
    @Test func aFragmentOnAMapTopicLinkIsReportedOnceByTheMap() async {
        let site = TestSite(roadmaps: [
            "a": roadmapFile(
                "title: A\nupdated: 2026-01-01",
                body:
                    "## Roadmap\n\n- [Go](a/go.md#intro)\n- [B](b.md#nowhere)\n\n## More\n\nSee [Go](a/go.md#intro).\n"
            ),
            "b": roadmapFile("title: B\nupdated: 2026-01-01", body: "## Setup\n\nText.\n"),
        ])
        TestFiles.write("---\nupdated: 2026-01-01\n---\n# Go\n\nText.\n", to: site.content + "/roadmaps/a/go.md")
        let messages = await site.check()
        #expect(
            messages == [
                "content/roadmaps/a.md:7:3: error: a map topic link has `#intro` after the file name; a topic is a whole page",
                "content/roadmaps/a.md:8:3: error: link `b.md#nowhere` points to a missing anchor: no id `nowhere` on that page",
                "content/roadmaps/a.md:12:5: error: link `a/go.md#intro` points to a missing anchor: no id `intro` on that page",
            ])
    }

    @Test func contentErrorsStopBeforeLinksAreChecked() async {
        let site = Self.makeSite()
        site.addRoadmap("b", roadmapFile("title: B\nupdated: 2026-01-02\nlevel: Pro", body: "[x](zz.md)\n"))
        #expect(
            await Self.check(site).map { $0.split(separator: "\n")[0] } == [
                "content/roadmaps/a.md:15:4: warning: link to `c.md`, a draft left out of this build; its text is shown without a link",
                "content/roadmaps/b.md:4:8: error: `level` is `Pro`; it must be Beginner, Intermediate or Advanced",
                "content/roadmaps/b.md:6:1: error: link to `zz.md`, but there is no roadmap `zz`",
            ])
    }
}

/// `sitegen check --external` over a site: the http(s) links of the roadmaps the site is built
/// from (drafts only with `--drafts`), also while the content has errors, each at its place in
/// the Markdown.
@Suite("Check: external links of a site")
struct SiteExternalLinkTests {
    @Test func checksTheLinksOfTheRoadmapsTheSiteIsBuiltFrom() async throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let base = server.baseURL
        let site = TestSite(roadmaps: [
            "a": roadmapFile(
                "title: A\nupdated: 2026-01-01",
                body: "[fine](\(base)/ok) and [gone](\(base)/missing).\n\n- See \(base)/missing#x too.\n"),
            "b": roadmapFile("title: B\nupdated: 2026-01-01\nlevel: Pro", body: "![broken](\(base)/broken)\n"),
            "c": roadmapFile("title: C\nupdated: 2026-01-01\ndraft: true", body: "[draft](\(base)/missing)\n"),
            "d": "---\ntitle: [\n---\n[unreadable](\(base)/missing)\n",
            "e": roadmapFile("title: E\nupdated: 2026-01-01", body: "[no host](http:///x) `\(base)/missing`\n"),
        ])
        let cache = site.root + "/cache"
        let checker = ExternalLinkChecker(cacheDirectory: cache, timeout: .milliseconds(500))
        let inputs = SiteInputs(contentDirectory: site.content, templatesDirectory: site.templates)
        let report = try #require(await SiteChecker(inputs: inputs).check(external: checker).external)
        let formatter = DiagnosticFormatter(workingDirectory: site.root)
        let goneColumn = "[fine](\(base)/ok) and ".count + 1
        #expect(
            report.diagnostics.sorted.map(formatter.compilerStyle) == [
                "content/roadmaps/a.md:5:\(goneColumn): error: link \(base)/missing is broken: HTTP 404 Not Found",
                "content/roadmaps/a.md:7:7: error: link \(base)/missing#x is broken: HTTP 404 Not Found",
                "content/roadmaps/b.md:6:1: error: image \(base)/broken is broken: HTTP 500 Internal Server Error",
                "content/roadmaps/e.md:5:1: error: link http:///x is not a valid URL",
            ])
        #expect(report.linkCount == 4)
        #expect(report.urlCount == 3)

        var drafts = inputs
        drafts.includeDrafts = true
        let withDrafts = try #require(await SiteChecker(inputs: drafts).check(external: checker).external)
        #expect(withDrafts.linkCount == 5)
        #expect(withDrafts.diagnostics.sorted.contains { $0.file.hasSuffix("c.md") })
    }

    /// The command says how many URLs it checked, in words that fit the count.
    @Test func theCommandCountsTheURLsItChecked() throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let site = TestSite(roadmaps: [
            "a": roadmapFile("title: A\nupdated: 2026-01-01", body: "[fine](\(server.baseURL)/ok)\n")
        ])
        _ = site.copyTheme()
        let first = try CommandLineTests().run(["check", "--external"], in: site.root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "Checked 1 external URL, 0 answered by the cache.\nNo problems found.\n")
        site.addRoadmap("b", roadmapFile("title: B\nupdated: 2026-01-01", body: "[also](\(server.baseURL)/moved)\n"))
        let second = try CommandLineTests().run(["check", "--external"], in: site.root)
        // The redirect is a warning.
        #expect(
            second.stdout == "Checked 2 external URLs, 1 answered by the cache.\nNo errors found; 1 warning above.\n")
    }
}
