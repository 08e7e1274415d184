import Foundation
import Testing

@testable import SiteGen

/// The map's look: the sample map and a 150-node map rendered with the real theme, as HTML
/// (a nested list under the styles) and, where Chromium is installed, laid out in a browser at
/// a phone's and a desktop's width.
@Suite("Map: the partial and its layout")
struct MapPrototypeTests {
    static let sample = TestFiles.read(TestFiles.fixtures + "/map/backend.md")
    static let title = "Backend Developer Roadmap"
    static let lead = "Build the systems users don't see: APIs, databases, queues and jobs."

    /// Writes `html` to the folder named by `SITEGEN_MAP_PROTOTYPE`, with the stylesheet.
    static func keep(_ html: String, as name: String) {
        guard let folder = ProcessInfo.processInfo.environment["SITEGEN_MAP_PROTOTYPE"] else { return }
        // Opened from the disk: the stylesheet is beside the page, not at the site's root.
        TestFiles.write(
            html.replacingOccurrences(of: "href=\"/assets/", with: "href=\"assets/"), to: folder + "/" + name)
        TestFiles.write(
            TestFiles.read(TestFiles.defaultTheme + "/assets/style.css"), to: folder + "/assets/style.css")
    }

    @Test func drawsTheSampleMapAsANestedOutline() throws {
        let html = try MapPrototype.page(
            Self.sample, theme: MapPrototype.theme(), title: Self.title, description: Self.lead)
        Self.keep(html, as: "backend.html")
        #expect(
            html.contains(
                "<nav class=\"map\" aria-labelledby=\"roadmap\" data-roadmap=\"backend\" data-pagefind-ignore=\"all\">\n<h2 id=\"roadmap\">Roadmap</h2>\n"
            ))
        #expect(html.contains("<p>Start at the top: each numbered step builds on the ones before it."))
        #expect(html.contains("<ol class=\"map-tree map-group map-sequence\">"))
        #expect(
            html.contains(
                "<li class=\"map-node map-topic map-parent\" data-topic=\"internet\"><a class=\"map-item\" href=\"/backend/internet/\">Internet</a>\n<ul class=\"map-group map-branch map-any\">"
            ))
        #expect(
            html.contains("<li class=\"map-node map-label map-parent\"><span class=\"map-item\">Version control</span>")
        )
        #expect(
            html.contains(
                "<a class=\"map-item\" href=\"/python/\"><span class=\"map-text\">Python <span class=\"map-badge\"><span class=\"visually-hidden\">(</span>roadmap<span class=\"visually-hidden\">)</span></span></span></a>"
            ))
        #expect(
            html.contains(
                "<ol class=\"map-group map-branch map-sequence\">\n<li class=\"map-node map-topic\" data-topic=\"sql\"><a class=\"map-item\" href=\"/backend/sql/\">SQL basics</a>"
            ))
        #expect(
            html.contains(
                "<li class=\"map-node map-topic map-parent\" data-topic=\"data-modeling\"><a class=\"map-item\" href=\"/backend/data-modeling/\">Data modeling</a>\n<ul class=\"map-group map-twig map-any\">"
            ))
        #expect(html.components(separatedBy: "class=\"map-item\"").count - 1 == 38)
        #expect(html.components(separatedBy: "<li class=\"map-node").count - 1 == 38)
        // Every list that opens closes: the outline is well nested.
        #expect(html.components(separatedBy: "<ol").count == html.components(separatedBy: "</ol>").count)
        #expect(html.components(separatedBy: "<ul").count == html.components(separatedBy: "</ul>").count)
        #expect(html.contains("Topic: opens its page") && html.contains("Label: no page of its own"))
        #expect(
            html.contains(
                "<a href=\"https://example.org/v\"><span class=\"resource-type resource-type-video\">Video<span class=\"visually-hidden\">: </span></span>How the backend works</a>"
            ))
        #expect(!html.contains("@video@"))
    }

    @Test func drawsALargeMapWithEveryNode() throws {
        let markdown = MapPrototype.largeMap(nodes: 150)
        let html = try MapPrototype.page(
            markdown, theme: MapPrototype.theme(), title: "A Very Large Roadmap", description: "150 nodes.")
        Self.keep(html, as: "large.html")
        #expect(html.components(separatedBy: "<li class=\"map-node").count - 1 == 150)
    }
}

/// The map laid out by a real browser, where Debian's chromium is installed: the 150-node map
/// at a phone's and a desktop's width, and the sample map (every kind of node) in dark colors.
@Suite("Map: layout in a browser")
struct MapLayoutTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var large: Bool
        var width: Int
        var dark: Bool
        var testDescription: String { "\(large ? "150 nodes" : "sample") at \(width) px\(dark ? ", dark" : "")" }
    }

    @Test(
        .enabled(if: BrowserReloadTests.chromium != nil, "needs Debian's chromium"),
        arguments: [
            Case(large: true, width: 390, dark: false), Case(large: true, width: 1280, dark: false),
            Case(large: false, width: 1280, dark: true),
        ])
    func nodesAreApartOnThePageAndReadable(_ screen: Case) throws {
        let markdown = screen.large ? MapPrototype.largeMap(nodes: 150) : MapPrototypeTests.sample
        let html = try MapPrototype.page(markdown, theme: MapPrototype.theme(), title: "Map", description: "A map.")
        let result = try MapLayoutProbe.layout(
            html, width: screen.width, dark: screen.dark)
        #expect(result.nodes == (screen.large ? 150 : 38))
        #expect(result.problems == [])
    }
}
