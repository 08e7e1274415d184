import Foundation
import Testing

@testable import SiteGen

/// The "On this page" list (partials/contents) laid out by Chromium: beside the text and in
/// view while it scrolls at a laptop's width, without moving or narrowing the text; folded,
/// and opened from the keyboard, at a phone's width; nothing sideways; not printed.
///
/// With `SITEGEN_SCREENSHOTS=DIR` set, each page's screenshot is written there for review.
@Suite("Browser: contents list layout", .enabled(if: Chromium.isAvailable))
struct ContentsLayoutTests {
    /// A long roadmap (eight sections: a table, code, a learn list, an FAQ) and a short one
    /// (three sections), built with the default theme and served.
    final class Site: Sendable {
        let site: TestSite
        let server: StaticSiteServer

        init() throws {
            let paragraph = String(repeating: "Words that fill the measure of the column and wrap. ", count: 12)
            let long = (1...6).map { "## Part \($0)\n\n\(paragraph)\n\n\(paragraph)\n" }.joined(separator: "\n")
            let body = """
                Intro.

                ## What you'll learn

                - Part 1
                - Part 2.

                | Tool | Use | Notes |
                |------|-----|-------|
                | a | b | \(String(repeating: "long cell ", count: 8)) |

                ```
                let code = "a line of code that is longer than the column of text is wide, scrolled"
                ```

                \(long)
                ## FAQ

                ### Why?

                Because.
                """
            site = TestSite(
                siteYML: "title: Test Roadmaps\nbase_url: http://127.0.0.1/\n",
                roadmaps: [
                    "long": roadmapFile("title: Long Roadmap\nupdated: 2026-04-27", body: body),
                    "short": roadmapFile(
                        "title: Short Roadmap\nupdated: 2026-04-27",
                        body: "## One\n\n\(paragraph)\n\n## Two\n\nA.\n\n## Three\n\nB.\n"),
                ])
            let built = site.build()
            #expect(built.succeeded, "\(built.messages)")
            server = try StaticSiteServer(root: site.output)
        }
    }

    /// A rectangle of an element, in page coordinates; nil when it is not rendered.
    static func box(_ page: BrowserPage, _ selector: String) async throws -> [Double]? {
        let found = try await page.evaluate(
            """
            (() => { const e = document.querySelector(\(BrowserPage.literal(selector)));
              if (!e || !e.checkVisibility()) return null; const r = e.getBoundingClientRect();
              return [r.left, r.top + scrollY, r.width, r.height, r.top]; })()
            """)
        return found.array?.compactMap(\.number)
    }

    @Test(arguments: [ColorScheme.light, .dark])
    func besideTheTextAndStickyOnALaptop(scheme: ColorScheme) async throws {
        let site = try Site()
        try await Chromium.withPage { page in
            try await page.setViewport(.desktop)
            try await page.emulateMedia(colorScheme: scheme)
            try await page.open(site.server.url("/short/"))
            #expect(try await page.evaluate("document.querySelector('.contents') === null").bool == true)
            let plain = try #require(try await Self.box(page, "article.roadmap"))

            try await page.open(site.server.url("/long/"))
            #expect(try await Self.box(page, ".contents-fold") == nil, "the folded form is not shown")
            let article = try #require(try await Self.box(page, "article.roadmap"))
            let side = try #require(try await Self.box(page, ".contents-side"))
            // The text keeps its place and its measure (41.5rem inside the 44rem wrap).
            #expect(article[0] == plain[0] && article[2] == plain[2], "article \(article) moved from \(plain)")
            #expect(article[2] >= 664)
            #expect(side[0] >= article[0] + article[2] + 16, "the list \(side) is beside the text \(article)")
            let viewport = try await page.evaluate("document.documentElement.clientWidth").number ?? 0
            #expect(side[0] + side[2] <= viewport)
            #expect(try await page.horizontalOverflow() == [])
            let overlaps = try await page.overlaps(
                among: ".contents-side, article > section, article > header, table, pre")
            #expect(
                overlaps.checked == 1 + 8 + 1 + 1 + 1, "the list, the eight sections, the header, the table, the code")
            #expect(overlaps.overlaps == [])
            try await save(page, "1280-\(scheme)-top")

            // Scrolled far down the page, the list is still in view, stuck 1rem from the top.
            try await page.evaluate("document.getElementById('part-5').scrollIntoView()")
            let scrolledTo = try await page.evaluate("scrollY").number ?? 0
            #expect(scrolledTo > 1000)
            let stuck = try #require(try await Self.box(page, ".contents-side"))
            #expect(abs(stuck[4] - 16) < 2, "the list's top is \(stuck[4]) px from the viewport's")
            #expect(stuck[4] + stuck[3] <= 800)
            #expect(try await page.overlaps(among: ".contents-side, article > section, table, pre").overlaps == [])
            try await save(page, "1280-\(scheme)-scrolled", fullPage: false)

            // From the keyboard: its links are reached and show their focus.
            try await page.evaluate("scrollTo(0, 0)")
            #expect(try await page.tab(to: ".contents-side a[href='#part-3']"))
            let focus = try await page.focusIndicator()
            #expect(focus.isFocusVisible && focus.outlineWidth >= 2 && focus.contrast >= 3, "\(focus)")

            // At 1100 px, where it first shows, the text moves left to make room, keeping its measure.
            try await page.setViewport(Viewport(width: 1100, height: 800, mobile: false))
            let narrower = try #require(try await Self.box(page, "article.roadmap"))
            let beside = try #require(try await Self.box(page, ".contents-side"))
            #expect(narrower[2] == article[2] && narrower[0] < article[0])
            #expect(beside[0] >= narrower[0] + narrower[2] + 16)
            #expect(try await page.horizontalOverflow() == [])
            #expect(page.problems.isEmpty, "\(page.problems)")
        }
    }

    /// The sample backend roadmap: its map (drawn under the header, above the list) keeps the
    /// window's width, centred, with its heading in line with the text; the column starts below
    /// the map, overlaps nothing, and sticks as the text scrolls; the text keeps its measure.
    @Test(arguments: [1280, 1100])
    func theSampleMapSpansTheWidthAboveTheColumn(width: Int) async throws {
        let server = try StaticSiteServer(root: TopicLayoutTests.sample.output)
        try await Chromium.withPage { page in
            try await page.setViewport(Viewport(width: width, height: 800, mobile: false))
            try await page.open(server.url("/backend/"))
            let viewport = try await page.evaluate("document.documentElement.clientWidth").number ?? 0
            let map = try #require(try await Self.box(page, ".map"))
            let mapHeading = try #require(try await Self.box(page, ".map > h2"))
            let section = try #require(try await Self.box(page, "article > section"))
            let side = try #require(try await Self.box(page, ".contents-side"))
            // The map: as wide as on a page without the list (68rem, or the window less 1.5rem a
            // side), centred on the window, its heading where the sections' text starts.
            #expect(abs(map[2] - min(1088, viewport - 48)) < 1, "map \(map) in \(viewport)")
            #expect(abs(map[0] + map[2] / 2 - viewport / 2) < 1, "map \(map) in \(viewport)")
            #expect(abs(mapHeading[0] - section[0]) < 1, "map heading \(mapHeading), section \(section)")
            // The text keeps its measure, centred where the column fits beside it.
            #expect(section[2] == 664)
            if width == 1280 { #expect(abs(section[0] - ((viewport - 704) / 2 + 20)) < 1) }
            #expect(side[1] >= map[1] + map[3], "the column \(side) starts below the map \(map)")
            #expect(side[0] >= section[0] + section[2] + 16 && side[0] + side[2] <= viewport)
            #expect(try await page.horizontalOverflow() == [])
            let overlaps = try await page.overlaps(among: ".contents-side, .map, article > section, article > header")
            #expect(overlaps.checked == 1 + 1 + 5 + 1, "the column, the map, five sections, the header")
            #expect(overlaps.overlaps == [])
            try await save(page, "map-\(width)-top")

            // Scrolled to the FAQ, the column is stuck 1rem from the top, beside the text.
            try await page.evaluate("document.getElementById('frequently-asked-questions').scrollIntoView()")
            let stuck = try #require(try await Self.box(page, ".contents-side"))
            #expect(abs(stuck[4] - 16) < 2, "the list's top is \(stuck[4]) px from the viewport's")
            #expect(try await page.overlaps(among: ".contents-side, .map, article > section").overlaps == [])
            try await save(page, "map-\(width)-scrolled", fullPage: false)
            #expect(page.problems.isEmpty, "\(page.problems)")
        }
    }

    @Test(arguments: [ColorScheme.light, .dark])
    func foldedOnAPhoneAndOpenedFromTheKeyboard(scheme: ColorScheme) async throws {
        let site = try Site()
        try await Chromium.withPage { page in
            try await page.setViewport(.phone)
            try await page.emulateMedia(colorScheme: scheme)
            try await page.open(site.server.url("/long/"))
            #expect(try await Self.box(page, ".contents-side") == nil, "the column is not shown")
            #expect(try await Self.box(page, ".contents-fold summary") != nil)
            #expect(try await Self.box(page, ".contents-fold ol") == nil, "folded")
            #expect(try await page.horizontalOverflow() == [])
            try await save(page, "390-\(scheme)-folded", fullPage: false)

            #expect(try await page.tab(to: ".contents-fold summary"))
            try await page.press(.enter)
            let list = try #require(try await Self.box(page, ".contents-fold ol"))
            #expect(list[3] > 8 * 20, "all eight entries show")
            #expect(try await page.horizontalOverflow() == [])
            #expect(try await page.tab(to: ".contents-fold a[href='#faq']"))
            try await save(page, "390-\(scheme)-open", fullPage: false)
            #expect(page.problems.isEmpty, "\(page.problems)")
        }
    }

    @Test func printedPagesLeaveItOut() async throws {
        let site = try Site()
        try await Chromium.withPage { page in
            try await page.setViewport(.desktop)
            try await page.emulateMedia(.print)
            try await page.open(site.server.url("/long/"))
            #expect(try await Self.box(page, ".contents") == nil)
            #expect(try await Self.box(page, "#part-1") != nil)
        }
    }

    private func save(_ page: BrowserPage, _ name: String, fullPage: Bool = true) async throws {
        guard let folder = ProcessInfo.processInfo.environment["SITEGEN_SCREENSHOTS"], !folder.isEmpty else { return }
        TestFiles.write(try await page.screenshot(fullPage: fullPage), to: "\(folder)/contents-\(name).png")
    }
}
