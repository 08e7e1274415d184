import DefaultTheme
import Foundation
import Testing

@testable import SiteGen

/// The theme built into sitegen, and a site's `templates/` files in place of its files of the
/// same name (as mdBook's `theme/`), through the one `ThemeSource` build, serve and check read.
@Suite("Theme: built in, overridden by name")
struct ThemeOverrideTests {
    static func site() -> TestSite {
        TestSite(roadmaps: [
            "a": roadmapFile("title: A\nupdated: 2026-01-01\nrelated: [b]"),
            "b": roadmapFile(
                "title: B\nupdated: 2026-01-02", body: "## Steps\n\n1. One.\n\n## FAQ\n\n### Why?\n\nBecause.\n"),
        ])
    }

    static func builtIn(_ path: String) -> String {
        String(decoding: DefaultThemeFiles.files[path] ?? [], as: UTF8.self)
    }

    /// Every file a build of `site` with the templates folder `templates` writes.
    static func build(_ site: TestSite, templates: String) throws -> [String: Data] {
        let output = TestFiles.temporaryDirectory() + "/public"
        let result = site.build(output: output, templates: templates)
        try #require(result.succeeded, "\(result.messages)")
        return TestFiles.tree(output)
    }

    @Test func aSiteWithoutATemplatesFolderBuildsWithTheBuiltInTheme() throws {
        let site = Self.site()
        let files = try Self.build(site, templates: site.root + "/templates")
        #expect(files == (try Self.build(site, templates: TestFiles.defaultTheme)))
        #expect(files["assets/style.css"].map { [UInt8]($0) } == DefaultThemeFiles.files["assets/style.css"])
        #expect(files["favicon.ico"].map { [UInt8]($0) } == DefaultThemeFiles.files["assets/favicon.ico"])
    }

    @Test func onePartialOverriddenChangesOnlyWhatItWrites() throws {
        let site = Self.site()
        let base = try Self.build(site, templates: site.root + "/templates")
        let footer = Self.builtIn("partials/footer.mustache")
        #expect(footer.contains("</footer>"))
        TestFiles.write(
            footer.replacingOccurrences(of: "</footer>", with: "<b>OVERRIDE</b></footer>"),
            to: site.root + "/templates/partials/footer.mustache")
        let overridden = try Self.build(site, templates: site.root + "/templates")
        #expect(overridden.keys.sorted() == base.keys.sorted())
        for (path, data) in overridden.sorted(by: { $0.key < $1.key }) {
            let text = String(decoding: data, as: UTF8.self)
            if path.hasSuffix(".html") { #expect(text.contains("<b>OVERRIDE</b></footer>"), "\(path)") }
            let unchanged =
                text.replacingOccurrences(of: "<b>OVERRIDE</b>", with: "")
                == String(
                    decoding: base[path] ?? Data(), as: UTF8.self)
            #expect(unchanged, "\(path) changed beyond the footer")
        }
    }

    @Test func anAssetOverriddenOrAddedIsPublishedBesideTheBuiltInOnes() throws {
        let site = Self.site()
        let templates = site.root + "/templates"
        TestFiles.write("body { color: red }\n", to: templates + "/assets/style.css")
        TestFiles.write("extra\n", to: templates + "/assets/img/extra.txt")
        TestFiles.write(
            Self.builtIn("partials/footer.mustache").replacingOccurrences(
                of: "</footer>", with: "{{>partials/extra}}</footer>"), to: templates + "/partials/footer.mustache")
        TestFiles.write("<i>extra partial</i>", to: templates + "/partials/extra.mustache")
        let files = try Self.build(site, templates: templates)
        #expect(files["assets/style.css"] == Data("body { color: red }\n".utf8))
        #expect(files["assets/img/extra.txt"] == Data("extra\n".utf8))
        #expect(files["assets/progress.js"].map { [UInt8]($0) } == DefaultThemeFiles.files["assets/progress.js"])
        #expect(String(decoding: files["index.html"] ?? Data(), as: UTF8.self).contains("<i>extra partial</i>"))
    }

    @Test func checkReadsTheSameTheme() async {
        let site = Self.site()
        TestFiles.write(
            Self.builtIn("partials/footer.mustache").replacingOccurrences(
                of: "</footer>", with: "<a href=\"{{site.indexPath}}nowhere/\">x</a></footer>"),
            to: site.root + "/templates/partials/footer.mustache")
        let messages = await SiteChecker(
            inputs: SiteInputs(contentDirectory: site.content, templatesDirectory: site.root + "/templates")
        ).check().diagnostics.all.map(\.message)
        #expect(messages.contains { $0.contains("nowhere/") }, "\(messages)")
    }

    @Test func anOverrideWithAnErrorIsReportedAtItsFileAndABuiltInOneByItsName() {
        let site = Self.site()
        TestFiles.write("{{>partials/gone}}", to: site.root + "/templates/partials/footer.mustache")
        let result = site.build(templates: site.root + "/templates")
        #expect(!result.succeeded)
        #expect(
            result.messages == [
                "templates/partials/footer.mustache:1:1: error: the template uses `partials/gone`, but there is no partials/gone.mustache"
            ])
        #expect(ThemeSource.builtInPath("layout.mustache") == "(built-in theme)/layout.mustache")
    }

    @Test func templatesFolderThatIsAFileIsAnError() {
        let site = Self.site()
        TestFiles.write("not a folder", to: site.root + "/templates")
        let result = site.build(templates: site.root + "/templates")
        #expect(!result.succeeded)
        #expect(result.messages == ["templates: error: the templates folder is a file"])
    }

    @Test func servePicksUpAnOverrideAddedEditedAndRemoved() throws {
        let site = Self.site()
        let inputs = SiteInputs(contentDirectory: site.content, templatesDirectory: site.root + "/templates")
        try FileManager.default.createDirectory(atPath: site.root + "/templates", withIntermediateDirectories: true)
        var builder = PreviewBuilder(inputs: inputs)
        let before = try #require(builder.rebuildAll().site?.files)
        let footer = site.root + "/templates/partials/footer.mustache"
        TestFiles.write(
            Self.builtIn("partials/footer.mustache").replacingOccurrences(
                of: "</footer>", with: "<b>OVERRIDE</b></footer>"), to: footer)
        let added = try #require(builder.apply(changedPaths: [footer])?.site?.files)
        #expect(String(decoding: added["a/index.html"] ?? [], as: UTF8.self).contains("<b>OVERRIDE</b>"))
        let style = site.root + "/templates/assets/style.css"
        TestFiles.write("p {}\n", to: style)
        let restyled = try #require(builder.apply(changedPaths: [style])?.site?.files)
        #expect(restyled["assets/style.css"] == Array("p {}\n".utf8))
        try FileManager.default.removeItem(atPath: footer)
        try FileManager.default.removeItem(atPath: style)
        _ = builder.apply(changedPaths: [style])
        let removed = try #require(builder.apply(changedPaths: [footer])?.site?.files)
        #expect(removed == before)
    }
}
