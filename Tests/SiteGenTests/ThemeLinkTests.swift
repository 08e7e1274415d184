import Foundation
import Testing

@testable import SiteGen

/// Nothing of the theme is read through a symbolic link out of the templates folder, by
/// `build` and `serve` alike (issue 15, item 5); assets are copied as regular files.
@Suite("Theme links")
struct ThemeLinkTests {
    /// A site with its own theme, and a secret file and folder outside of it.
    struct Fixture {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        let templates: String
        let secretFolder = TestFiles.temporaryDirectory()

        init() {
            templates = site.copyTheme()
            TestFiles.write("TOP-SECRET", to: secretFolder + "/secret.txt")
        }

        func link(_ relative: String, to target: String) throws {
            let path = templates + "/" + relative
            try? FileManager.default.removeItem(atPath: path)
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
        }

        /// Every file of the output folder, links followed, as text.
        func publishedText() -> String {
            TestFiles.tree(site.output).values.map { String(decoding: $0, as: UTF8.self) }.joined()
        }
    }

    @Test func aPartialLinkedOutOfTheThemeFailsTheBuild() throws {
        let fixture = Fixture()
        try fixture.link("partials/footer.mustache", to: fixture.secretFolder + "/secret.txt")
        let result = fixture.site.build(templates: fixture.templates)
        #expect(!result.succeeded)
        #expect(
            result.messages == [
                "templates/partials/footer.mustache:1:1: error: `footer.mustache` is a symbolic link to a file outside the templates folder"
            ])
        #expect(!FileManager.default.fileExists(atPath: fixture.site.output))
    }

    @Test(arguments: ["assets/leak", "assets/leak.txt", "assets/fonts"])
    func anAssetLinkedOutOfTheThemeFailsTheBuild(_ relative: String) throws {
        let fixture = Fixture()
        let target = relative.hasSuffix(".txt") ? fixture.secretFolder + "/secret.txt" : fixture.secretFolder
        try fixture.link(relative, to: target)
        let result = fixture.site.build(templates: fixture.templates)
        let name = (relative as NSString).lastPathComponent
        let kind = relative.hasSuffix(".txt") ? "file" : "folder"
        let location = relative.hasSuffix(".txt") ? "templates/\(relative):1:1" : "templates/\(relative)"
        #expect(
            result.messages == [
                "\(location): error: `\(name)` is a symbolic link to a \(kind) outside the templates folder"
            ])
        #expect(!FileManager.default.fileExists(atPath: fixture.site.output))
    }

    @Test func theAssetsFolderLinkedOutOfTheThemeFailsTheBuild() throws {
        let fixture = Fixture()
        try FileManager.default.removeItem(atPath: fixture.templates + "/assets")
        try fixture.link("assets", to: fixture.secretFolder)
        #expect(
            fixture.site.build(templates: fixture.templates).messages == [
                "templates/assets: error: `assets` is a symbolic link to a folder outside the templates folder"
            ])
    }

    @Test func assetsAreCopiedAsRegularFilesAndLinksInsideTheThemeAreFollowed() throws {
        let fixture = Fixture()
        TestFiles.write("body{}", to: fixture.templates + "/assets/css/site.css")
        try fixture.link("assets/style-link.css", to: fixture.templates + "/assets/css/site.css")
        let result = fixture.site.build(templates: fixture.templates)
        #expect(result.succeeded, "\(result.messages)")
        for relative in ["assets/css/site.css", "assets/style-link.css", "assets/style.css"] {
            var status = stat()
            #expect(lstat(fixture.site.output + "/" + relative, &status) == 0)
            #expect(status.st_mode & S_IFMT == S_IFREG, "\(relative) is a regular file")
        }
        #expect(fixture.site.page("assets/style-link.css") == "body{}")
        #expect(!fixture.publishedText().contains("TOP-SECRET"))
    }

    @Test func servingUsesTheSameRule() throws {
        let fixture = Fixture()
        try fixture.link("assets/leak", to: fixture.secretFolder)
        try fixture.link("partials/footer.mustache", to: fixture.secretFolder + "/secret.txt")
        let assets = ThemeSource(directory: fixture.templates).assets()
        let problems = assets.problems
        #expect(
            assets.files.map(\.path) == [
                "assets/favicon.ico", "assets/favicon.svg", "assets/progress.js", "assets/search.js",
                "assets/style.css",
                "favicon.ico",
            ])
        #expect(
            problems.map(\.message) == ["`leak` is a symbolic link to a folder outside the templates folder"])
        var diagnostics = Diagnostics()
        #expect(Theme.load(directory: fixture.templates, into: &diagnostics) == nil)
        #expect(
            diagnostics.all.map(\.message) == [
                "`footer.mustache` is a symbolic link to a file outside the templates folder"
            ])
    }
}
