import Foundation
import Testing

@testable import SiteGen

/// Every id on a page is unique: headings', footnotes' and the theme's.
@Suite("Ids on a page")
struct PageIDTests {
    static func ids(in html: String) -> [String] {
        html.matches(of: /\sid="([^"]*)"/).map { String($0.1) }
    }

    @Test func headingsNeverTakeAFootnotesOrTheThemesId() {
        let renderer = RoadmapBodyRenderer(
            allowsRawHTML: false,
            links: LinkRewriter(paths: SitePaths(basePath: "/"), slug: Slug("a")!, published: [Slug("a")!], drafts: []))
        let (body, _) = renderer.render(
            "## Fn 1\n\nText[^1] and again[^1].\n\n## Fnref 1\n\n## Fnref 1 2\n\n## Main\n\n## Named by\n\n[^1]: One.\n",
            source: RoadmapSource(path: "a.md", bodyLineOffset: 0))
        #expect(body.sections.map(\.id) == ["fn-1-1", "fnref-1-1", "fnref-1-2-1", "main-1", "named-by-1"])
        #expect(body.footnotesHTML.contains("<li id=\"fn-1\">"))
    }

    @Test func everyIdOfABuiltRoadmapPageAndItsFAQPageIsUnique() throws {
        let site = TestSite(roadmaps: [
            "a": roadmapFile(
                "title: A\nupdated: 2026-01-01",
                body: """
                    ## Main

                    See the note[^note] and[^1] and[^1].

                    ## Related roadmaps

                    #### Fn note

                    ## Names

                    ## Named by

                    ## Fnref 1

                    ## FAQ

                    ### Main?

                    Yes[^1].

                    ### Fn 1

                    #### Fnref 1 2

                    [^note]: A note.
                    [^1]: One.

                    """)
        ])
        let result = site.build()
        #expect(result.succeeded, "\(result.messages)")
        for page in ["a/index.html", "a/faq/index.html", "a/related/index.html", "index.html"] {
            let ids = Self.ids(in: site.page(page))
            #expect(!ids.isEmpty)
            #expect(Set(ids).count == ids.count, "\(page): \(ids)")
        }
        #expect(Self.ids(in: site.page("a/index.html")).contains("fnref-1-2"))
    }

    @Test func theDefaultThemeUsesOnlyReservedIds() throws {
        var diagnostics = Diagnostics()
        let theme = Theme.load(directory: TestFiles.defaultTheme, into: &diagnostics)
        #expect(theme != nil)
        #expect(diagnostics.all.isEmpty)
        var literals: Set<String> = []
        for path in try FileManager.default.subpathsOfDirectory(atPath: TestFiles.defaultTheme)
        where path.hasSuffix(".mustache") {
            let text = TestFiles.read(TestFiles.defaultTheme + "/" + path)
            literals.formUnion(TemplateIDs.literals(in: text).map(\.id))
        }
        #expect(literals == Set(PageIDs.reserved))
    }

    @Test func aThemeIdAHeadingCouldTakeIsAWarningAtItsLine() throws {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        let templates = site.copyTheme()
        let footer = templates + "/partials/footer.mustache"
        TestFiles.write(
            "<div id=\"search\"></div> <p id='siteSearch'></p> <i id=\"{{id}}\"></i>\n" + TestFiles.read(footer),
            to: footer)
        let report = try site.builder(templates: templates).build()
        #expect(
            site.format(report.diagnostics) == [
                "templates/partials/footer.mustache:1:6: warning: a heading in a roadmap could be given the id `search` too, and an id must be unique on its page"
            ])
    }
}
