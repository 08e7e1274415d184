import Foundation
import Testing

@testable import SiteGen

/// What the default theme's pages say and where they stand (issue 14, "The default theme and
/// the commands"): related roadmaps listed once, landmarks for what readers navigate by, an
/// icon at every address browsers ask for one.
@Suite("Theme: pages")
struct ThemePagesTests {
    /// a and b name each other; c names a; d names nobody and nobody names it.
    static func relatedSite() -> TestSite {
        TestSite(roadmaps: [
            "a": roadmapFile("title: Alpha\nupdated: 2026-01-01\nrelated: [b]"),
            "b": roadmapFile("title: Beta\nupdated: 2026-01-02\nrelated: [a]"),
            "c": roadmapFile("title: Gamma\nupdated: 2026-01-03\nrelated: [a]"),
            "d": roadmapFile("title: Delta\nupdated: 2026-01-04"),
        ])
    }

    /// The `<h3>` titles of the cards between two `<h2>`s of a related page.
    static func cards(_ page: String, under heading: String) -> [String] {
        guard let start = page.range(of: heading) else { return [] }
        let rest = page[start.upperBound...]
        let section = rest[..<(rest.range(of: "</section>")?.lowerBound ?? rest.endIndex)]
        return section.matches(of: /<h3><a href="[^"]*">([^<]*)<\/a><\/h3>/).map { String($0.1) }
    }

    @Test func aMutualLinkIsListedOnceAndMarked() {
        let site = Self.relatedSite()
        #expect(site.build().succeeded)
        let alpha = site.page("a/related/index.html")
        #expect(Self.cards(alpha, under: "Roadmaps it points to</h2>") == ["Beta"])
        #expect(Self.cards(alpha, under: "Other roadmaps that point to it</h2>") == ["Gamma"])
        #expect(alpha.components(separatedBy: "<h3><a href=\"/b/\">Beta</a></h3>").count == 2, "Beta once")
        #expect(alpha.contains("<p class=\"mutual\">Mutual: it points back to Alpha</p>"))
        #expect(alpha.components(separatedBy: "class=\"mutual\"").count == 2, "only Beta is mutual")

        let beta = site.page("b/related/index.html")
        #expect(Self.cards(beta, under: "Roadmaps it points to</h2>") == ["Alpha"])
        #expect(Self.cards(beta, under: "Other roadmaps that point to it</h2>") == [])
        #expect(beta.contains("<p>Only the roadmaps marked mutual above point to Beta.</p>"))

        let gamma = site.page("c/related/index.html")
        #expect(!gamma.contains("class=\"mutual\""), "a names Gamma's target, not Gamma")
        #expect(site.page("d/related/index.html").contains("<p>No other roadmap points to Delta yet.</p>"))
    }

    @Test func theIndexIsNotListedAmongRelatedRoadmaps() {
        let site = Self.relatedSite()
        #expect(site.build().succeeded)
        let alpha = site.page("a/index.html")
        let related = String(alpha[alpha.range(of: "<nav class=\"related\"")!.lowerBound...])
        let list = related[..<related.range(of: "</nav>")!.lowerBound]
        #expect(list.contains("<ul>\n<li><a href=\"/b/\">Beta</a></li>\n</ul>"))
        #expect(!list.contains("<li><a href=\"/\">"), "the index is not a related roadmap")
        #expect(
            list.contains(
                "<p class=\"more\"><a href=\"/a/related/\">How Alpha relates to other roadmaps</a> · <a href=\"/\">All Test Roadmaps</a></p>"
            ))
        #expect(site.page("d/index.html").contains("<p>Delta does not point to other roadmaps.</p>"))
    }

    /// The FAQ's questions and answers are indexed for search on its own page only: on the
    /// roadmap's page they are kept out, or a query finds every answer twice; the FAQ section's
    /// own text before its questions (which its page does not show) stays indexed.
    @Test func theRoadmapPagesFAQIsKeptOutOfTheSearchIndexAndTheFAQPagesIsNot() {
        let site = TestSite(roadmaps: [
            "a": roadmapFile(
                "title: Alpha\nupdated: 2026-01-01",
                body: "## Steps\n\nLearn.\n\n## FAQ\n\nAsk us.\n\n### Why?\n\nBecause.\n")
        ])
        #expect(site.build().succeeded)
        let roadmap = site.page("a/index.html")
        #expect(
            roadmap.contains(
                "<section class=\"section faq\">\n<h2 id=\"faq\">FAQ</h2>\n<p>Ask us.</p>\n\n"
                    + "<h3 id=\"why\" data-pagefind-ignore=\"all\">Why?</h3>\n"
                    + "<div class=\"answer\" data-pagefind-ignore=\"all\">"))
        #expect(
            roadmap.contains("<section class=\"section\">\n<h2 id=\"steps\">Steps</h2>"), "other sections are indexed")
        let faq = site.page("a/faq/index.html")
        #expect(faq.contains("<article class=\"faq-page\" data-pagefind-body"))
        #expect(faq.contains("<section class=\"question\">\n<h2 id=\"why\">Why?</h2>"))
    }

    /// The landmarks of a page: the elements a screen reader's landmark list shows (WAI-ARIA
    /// 1.2 and HTML-AAM: `header`/`footer` outside sectioning content, `nav`, `main`, `aside`,
    /// `form`, a `section` with an accessible name, and explicit landmark roles).
    static func landmarks(_ html: String) -> [String] {
        let pattern =
            /<(?:header class="site-header"|footer class="site-footer"|nav\b|main\b|aside\b|form\b[^>]*aria-label|section\b[^>]*aria-label|[a-z]+\b[^>]*role="(?:region|banner|contentinfo|navigation|main|complementary|search|form)")/
        return html.matches(of: pattern).map { String($0.0) }
    }

    @Test func sectionsAndQuestionsAreNotLandmarks() {
        let sections = (1...12).map { "## Part \($0)\n\nText \($0).\n" }.joined(separator: "\n")
        let questions = (1...10).map { "### Question \($0)?\n\nAnswer.\n" }.joined(separator: "\n")
        let site = TestSite(roadmaps: [
            "long": roadmapFile("title: Long\nupdated: 2026-01-01", body: sections + "\n## FAQ\n\n" + questions)
        ])
        #expect(site.build().succeeded)
        let roadmap = Self.landmarks(site.page("long/index.html"))
        #expect(
            roadmap == [
                "<header class=\"site-header\"", "<nav", "<main", "<nav", "<nav", "<nav",
                "<footer class=\"site-footer\"",
            ], "banner, site nav, main, breadcrumb, on this page (13 sections), related roadmaps, content info")
        #expect(Self.landmarks(site.page("long/faq/index.html")).count == 5)
        #expect(Self.landmarks(site.page("long/related/index.html")).count == 5)
        #expect(Self.landmarks(site.page("index.html")).count == 4)
        // The sections are still sections, with their headings, for the outline.
        #expect(site.page("long/index.html").components(separatedBy: "<section class=\"section").count == 14)
        #expect(site.page("long/faq/index.html").components(separatedBy: "<section class=\"question\">").count == 11)
    }

    @Test func everyPageLinksTheIconAndTheSiteRootHasFaviconICO() throws {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        #expect(site.build().succeeded)
        for page in ["index.html", "a/index.html", "404.html"] {
            #expect(
                site.page(page).contains(
                    "<link rel=\"icon\" href=\"/assets/favicon.ico\" sizes=\"32x32\">\n<link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\">"
                ))
        }
        let icon = try #require(FileManager.default.contents(atPath: site.output + "/favicon.ico"))
        #expect(icon == FileManager.default.contents(atPath: site.output + "/assets/favicon.ico"))
        #expect(Array(icon.prefix(6)) == [0, 0, 1, 0, 2, 0], "an ICO file with two images")
        #expect(site.page("assets/favicon.svg").hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))

        // The preview serves it at the root too.
        var preview = PreviewBuilder(
            inputs: SiteInputs(contentDirectory: site.content, templatesDirectory: site.templates))
        let files = try #require(preview.rebuildAll().site?.files)
        #expect(files["favicon.ico"] == [UInt8](icon))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "needs python3"))
    func theCommittedIconsAreWhatTheScriptDraws() throws {
        let folder = TestFiles.temporaryDirectory()
        let script = Process()
        script.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        script.arguments = [TestFiles.packageRoot + "/scripts/make_favicon.py", folder]
        try script.run()
        script.waitUntilExit()
        #expect(script.terminationStatus == 0)
        for name in ["favicon.svg", "favicon.ico"] {
            let drawn = FileManager.default.contents(atPath: folder + "/" + name)
            #expect(
                drawn != nil
                    && drawn
                        == FileManager.default.contents(atPath: TestFiles.defaultTheme + "/assets/" + name),
                "\(name)")
        }
    }
}
