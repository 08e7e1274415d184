import Foundation
import Testing

@testable import SiteGen

/// What the default theme's pages say and where they stand (issue 14, "The default theme and
/// the commands"): an icon at every address browsers ask for one.
@Suite("Theme: pages")
struct ThemePagesTests {
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
            options: PreviewOptions(contentDirectory: site.content, templatesDirectory: site.templates))
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
                        == FileManager.default.contents(atPath: TestFiles.packageRoot + "/templates/assets/" + name),
                "\(name)")
        }
    }
}
