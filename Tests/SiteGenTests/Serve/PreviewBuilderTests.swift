import Foundation
import Testing

@testable import SiteGen

/// The preview's incremental rebuilds: after every kind of edit, the site in memory is the one
/// a full build of the same files gives, and only the pages that show the edit are laid out.
@Suite("Preview: incremental rebuilds")
struct PreviewBuilderTests {
    /// A site of four roadmaps: a names b, b names c, c has an FAQ, d stands alone; with its
    /// own copy of the theme.
    static func makeSite() -> TestSite {
        let site = TestSite(roadmaps: [
            "a": roadmapFile("title: A\nupdated: 2026-01-01\nrelated: [b]"),
            "b": roadmapFile("title: B\nupdated: 2026-01-02\nrelated: [c]"),
            "c": roadmapFile(
                "title: C\nupdated: 2026-01-03", body: "## Steps\n\n1. One.\n\n## FAQ\n\n### Why?\n\nBecause.\n"),
            "d": roadmapFile("title: D\nlevel: Beginner\nupdated: 2026-01-04"),
        ])
        _ = site.copyTheme()
        return site
    }

    static func options(_ site: TestSite) -> SiteInputs {
        SiteInputs(contentDirectory: site.content, templatesDirectory: site.root + "/templates")
    }

    /// The files a full build of the site gives now.
    static func fullBuild(_ site: TestSite) -> [String: [UInt8]]? {
        var builder = PreviewBuilder(inputs: options(site))
        return builder.rebuildAll().site?.files
    }

    /// Applies a change to the builder and checks its site against a full build.
    static func expectSameAsFullBuild(
        _ rebuild: PreviewRebuild?, _ site: TestSite, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        guard let files = rebuild?.site?.files, let full = fullBuild(site) else {
            Issue.record("the site does not build: \(rebuild?.diagnostics.all ?? [])", sourceLocation: sourceLocation)
            return
        }
        let differing = Set(files.keys).symmetricDifference(full.keys).union(
            files.keys.filter { full[$0] != nil && full[$0] != files[$0] })
        #expect(differing.isEmpty, "differing files: \(differing.sorted())", sourceLocation: sourceLocation)
    }

    @Test func firstBuildIsTheBuildCommandsSite() throws {
        let site = Self.makeSite()
        var builder = PreviewBuilder(inputs: Self.options(site))
        let files = try #require(builder.rebuildAll().site?.files)
        let output = site.root + "/public"
        _ = try SiteBuilder(
            inputs: SiteInputs(contentDirectory: site.content, templatesDirectory: site.root + "/templates"),
            outputDirectory: output
        ).build()
        #expect(files == TestFiles.tree(output).mapValues { [UInt8]($0) })
    }

    @Test func titleEditLaysOutOnlyTheRoadmapItsNeighboursAndTheSiteFiles() {
        let site = Self.makeSite()
        var builder = PreviewBuilder(inputs: Self.options(site))
        _ = builder.rebuildAll()
        site.addRoadmap("a", roadmapFile("title: A renamed\nupdated: 2026-01-01\nrelated: [b]"))
        let rebuild = builder.apply(changedPaths: [site.roadmapPath("a")])
        #expect(rebuild?.isFull == false)
        // a and b: page + related page each; the index and the feed (the sitemap has no titles).
        #expect(rebuild?.filesRendered == 4 + 2)
        Self.expectSameAsFullBuild(rebuild, site)
        let neighbour = String(decoding: rebuild?.site?.files["b/related/index.html"] ?? [], as: UTF8.self)
        #expect(neighbour.contains("A renamed"))
    }

    @Test func bodyEditLaysOutOnlyTheRoadmapsOwnPages() {
        let site = Self.makeSite()
        var builder = PreviewBuilder(inputs: Self.options(site))
        _ = builder.rebuildAll()
        site.addRoadmap("a", roadmapFile("title: A\ndescription: About A.\nupdated: 2026-01-01\nrelated: [b]"))
        _ = builder.apply(changedPaths: [site.roadmapPath("a")])
        site.addRoadmap(
            "a",
            roadmapFile(
                "title: A\ndescription: About A.\nupdated: 2026-01-01\nrelated: [b]", body: "## Steps\n\n1. New.\n"))
        let rebuild = builder.apply(changedPaths: [site.roadmapPath("a")])
        #expect(rebuild?.filesRendered == 2)
        Self.expectSameAsFullBuild(rebuild, site)
    }

    @Test func relatedListEditUpdatesOldAndNewNeighbours() {
        let site = Self.makeSite()
        var builder = PreviewBuilder(inputs: Self.options(site))
        _ = builder.rebuildAll()
        site.addRoadmap("b", roadmapFile("title: B\nupdated: 2026-01-02\nrelated: [d]"))
        let rebuild = builder.apply(changedPaths: [site.roadmapPath("b")])
        #expect(rebuild?.isFull == false)
        Self.expectSameAsFullBuild(rebuild, site)
    }

    @Test func faqPageComesAndGoesWithTheFAQ() {
        let site = Self.makeSite()
        var builder = PreviewBuilder(inputs: Self.options(site))
        _ = builder.rebuildAll()
        site.addRoadmap("d", roadmapFile("title: D\nupdated: 2026-01-04", body: "## FAQ\n\n### Q?\n\nA.\n"))
        let added = builder.apply(changedPaths: [site.roadmapPath("d")])
        #expect(added?.site?.files["d/faq/index.html"] != nil)
        // d's three pages, and the sitemap for the new FAQ page; the index and the feed, since
        // the description d had from its first paragraph changed.
        #expect(added?.filesRendered == 3 + 3)
        Self.expectSameAsFullBuild(added, site)
        site.addRoadmap("c", roadmapFile("title: C\nupdated: 2026-01-03"))
        let removed = builder.apply(changedPaths: [site.roadmapPath("c")])
        #expect(removed?.site?.files["c/faq/index.html"] == nil)
        Self.expectSameAsFullBuild(removed, site)
    }

    @Test func errorKeepsNoSiteUntilFixed() {
        let site = Self.makeSite()
        var builder = PreviewBuilder(inputs: Self.options(site))
        _ = builder.rebuildAll()
        site.addRoadmap("a", roadmapFile("title: A\nupdated: 2026-01-01\nrelated: [b, nope]"))
        let broken = builder.apply(changedPaths: [site.roadmapPath("a")])
        #expect(broken?.site == nil)
        #expect(
            site.format(broken?.diagnostics ?? Diagnostics()) == [
                "content/roadmaps/a.md:4:14: error: related roadmap `nope` does not exist"
            ])
        site.addRoadmap("c", roadmapFile("title: C2\nupdated: 2026-01-03", body: "See [x](zz.md).\n"))
        let twoBroken = builder.apply(changedPaths: [site.roadmapPath("c")])
        #expect(twoBroken?.isFull == false)
        #expect(twoBroken?.diagnostics.errorCount == 2)
        site.addRoadmap("a", roadmapFile("title: A\nupdated: 2026-01-01\nrelated: [b]"))
        site.addRoadmap("c", roadmapFile("title: C2\nupdated: 2026-01-03"))
        let fixed = builder.apply(changedPaths: [site.roadmapPath("a"), site.roadmapPath("c")])
        #expect(fixed?.isFull == false)
        Self.expectSameAsFullBuild(fixed, site)
    }

    @Test func unparsableFrontMatterBuildsEverythingAgain() {
        let site = Self.makeSite()
        var builder = PreviewBuilder(inputs: Self.options(site))
        _ = builder.rebuildAll()
        site.addRoadmap("d", "---\ntitle: [unclosed\n---\nBody.\n")
        let broken = builder.apply(changedPaths: [site.roadmapPath("d")])
        #expect(broken?.isFull == true)
        #expect(broken?.site == nil)
        #expect(broken?.diagnostics.hasErrors == true)
        site.addRoadmap("d", roadmapFile("title: D\nupdated: 2026-01-04"))
        let fixed = builder.apply(changedPaths: [site.roadmapPath("d")])
        Self.expectSameAsFullBuild(fixed, site)
    }

    @Test func addedRemovedAndDraftRoadmapsBuildEverythingAgain() throws {
        let site = Self.makeSite()
        var builder = PreviewBuilder(inputs: Self.options(site))
        _ = builder.rebuildAll()
        site.addRoadmap("e", roadmapFile("title: E\nupdated: 2026-01-05\nrelated: [a]"))
        let added = builder.apply(changedPaths: [site.roadmapPath("e")])
        #expect(added?.isFull == true)
        Self.expectSameAsFullBuild(added, site)
        site.addRoadmap("e", roadmapFile("title: E\nupdated: 2026-01-05\ndraft: true"))
        let draft = builder.apply(changedPaths: [site.roadmapPath("e")])
        #expect(draft?.isFull == true)
        #expect(draft?.site?.files["e/index.html"] == nil)
        try FileManager.default.removeItem(atPath: site.roadmapPath("e"))
        let removed = builder.apply(changedPaths: [site.roadmapPath("e")])
        #expect(removed?.isFull == true)
        Self.expectSameAsFullBuild(removed, site)
    }

    @Test func templateEditLaysOutOnlyThePagesThatUseIt() throws {
        let site = Self.makeSite()
        var builder = PreviewBuilder(inputs: Self.options(site))
        let before = try #require(builder.rebuildAll().site?.files)
        let template = site.root + "/templates/faq.mustache"
        TestFiles.write(TestFiles.read(template) + "<!-- faq marker -->\n", to: template)
        let faqEdit = builder.apply(changedPaths: [template])
        #expect(faqEdit?.isFull == false)
        Self.expectSameAsFullBuild(faqEdit, site)
        #expect(faqEdit?.site?.files["index.html"] == before["index.html"])

        let index = site.root + "/templates/index.mustache"
        TestFiles.write(TestFiles.read(index) + "<!-- index marker -->\n", to: index)
        let indexEdit = builder.apply(changedPaths: [index])
        #expect(indexEdit?.filesRendered == 1)
        Self.expectSameAsFullBuild(indexEdit, site)

        let footer = site.root + "/templates/partials/footer.mustache"
        TestFiles.write(TestFiles.read(footer) + "<!-- footer marker -->\n", to: footer)
        let footerEdit = builder.apply(changedPaths: [footer])
        Self.expectSameAsFullBuild(footerEdit, site)
        #expect(
            footerEdit?.site?.files.filter { $0.key.hasSuffix(".html") }.allSatisfy {
                String(decoding: $0.value, as: UTF8.self).contains("footer marker")
            } == true)
    }

    @Test func aPartialNamedUnderNewDelimitersIsADependency() throws {
        let site = Self.makeSite()
        let faq = site.root + "/templates/faq.mustache"
        TestFiles.write(
            TestFiles.read(faq).replacingOccurrences(
                of: "{{/content}}", with: "{{=<% %>=}}\n<%> partials/extra %>\n<%={{ }}=%>\n{{/content}}"),
            to: faq)
        let extra = site.root + "/templates/partials/extra.mustache"
        TestFiles.write("<p>extra one</p>\n", to: extra)
        var builder = PreviewBuilder(inputs: Self.options(site))
        _ = try #require(builder.rebuildAll().site)
        TestFiles.write("<p>extra two</p>\n", to: extra)
        let edit = builder.apply(changedPaths: [extra])
        #expect(edit?.isFull == false)
        #expect(
            edit?.site?.files["c/faq/index.html"].map { String(decoding: $0, as: UTF8.self) }?.contains("extra two")
                == true)
        Self.expectSameAsFullBuild(edit, site)
    }

    @Test func brokenTemplateIsReportedThenEveryPageIsLaidOutWhenFixed() {
        let site = Self.makeSite()
        var builder = PreviewBuilder(inputs: Self.options(site))
        _ = builder.rebuildAll()
        let template = site.root + "/templates/related.mustache"
        let original = TestFiles.read(template)
        TestFiles.write(original + "{{#unclosed}}\n", to: template)
        let broken = builder.apply(changedPaths: [template])
        #expect(broken?.site == nil)
        #expect(broken?.diagnostics.all.first.map(\.file) == template)
        site.addRoadmap("a", roadmapFile("title: A while broken\nupdated: 2026-01-01\nrelated: [b]"))
        #expect(builder.apply(changedPaths: [site.roadmapPath("a")])?.site == nil)
        TestFiles.write(original, to: template)
        Self.expectSameAsFullBuild(builder.apply(changedPaths: [template]), site)
    }

    @Test func assetEditReadsTheAssetsAgain() {
        let site = Self.makeSite()
        var builder = PreviewBuilder(inputs: Self.options(site))
        _ = builder.rebuildAll()
        let style = site.root + "/templates/assets/style.css"
        TestFiles.write("body { color: red; }\n", to: style)
        let rebuild = builder.apply(changedPaths: [style])
        #expect(rebuild?.site?.files["assets/style.css"] == Array("body { color: red; }\n".utf8))
        Self.expectSameAsFullBuild(rebuild, site)
    }

    @Test func editorFilesAndUnrelatedPathsChangeNothing() {
        let site = Self.makeSite()
        var builder = PreviewBuilder(inputs: Self.options(site))
        _ = builder.rebuildAll()
        let ignored = [
            site.content + "/roadmaps/.a.md.swp", site.content + "/roadmaps/a.md~", site.content + "/roadmaps/4913",
            site.content + "/roadmaps/gone.md.12345", site.root + "/README.md", site.root + "/templates/notes.txt",
        ]
        #expect(builder.apply(changedPaths: Set(ignored)) == nil)
    }

    @Test func siteSettingsEditBuildsEverythingAgain() {
        let site = Self.makeSite()
        var builder = PreviewBuilder(inputs: Self.options(site))
        _ = builder.rebuildAll()
        TestFiles.write("title: Renamed\nbase_url: https://example.org/docs/\n", to: site.content + "/site.yml")
        let rebuild = builder.apply(changedPaths: [site.content + "/site.yml"])
        #expect(rebuild?.isFull == true)
        #expect(rebuild?.site?.basePath == "/docs/")
        Self.expectSameAsFullBuild(rebuild, site)
    }
}
