import Foundation
import Testing

/// The progress controls' layout at a phone's and a laptop's width, light and dark, on a built
/// site whose map has 150 topics (`ProgressSite`): nothing sticks out sideways and no control covers a link or another control.
///
/// With `SITEGEN_SCREENSHOTS=DIR` set, each page's screenshot is written there for review.
@Suite("Browser: progress controls layout", .enabled(if: Chromium.isAvailable))
struct ProgressLayoutTests {
    @Test(arguments: [Viewport.phone, .desktop], [ColorScheme.light, .dark])
    func controlsFitWithoutOverlapOnAHundredAndFiftyTopicMap(viewport: Viewport, scheme: ColorScheme) async throws {
        let site = try ProgressSite(extraTopics: 146)
        try await Chromium.withPage { page in
            try await page.setViewport(viewport)
            try await page.emulateMedia(colorScheme: scheme)
            try await page.open(site.url("backend/"))
            try await page.click("li[data-topic=internet] > .progress-toggle")
            try await page.click("li[data-topic=extra-7] > .progress-toggle")
            try await page.click("li[data-topic=extra-7] > .progress-toggle")
            try await page.click("li[data-topic=extra-9] > .progress-toggle")
            #expect(try await page.horizontalOverflow() == [])
            let map = try await page.overlaps(
                among: ".map a, .progress-toggle, .progress-summary, .progress-tools button")
            #expect(
                map.checked == 150 * 2 + 1 + 1 + 3 + 1, "every link, toggle, the summary, the tools and Skip the map")
            #expect(map.overlaps == [])
            try await save(page, "map-\(viewport.width)-\(scheme)")

            try await page.open(site.url("backend/internet/"))
            try await page.click(".progress button[data-state=in-progress]")
            #expect(try await page.horizontalOverflow() == [])
            let buttons = try await page.overlaps(among: ".progress button, h1, main p, .pager a")
            #expect(buttons.checked >= 4 + 1 + 1 + 1)
            #expect(buttons.overlaps == [])
            try await save(page, "topic-\(viewport.width)-\(scheme)")

            try await page.open(site.url(""))
            #expect(try await page.horizontalOverflow() == [])
            try await save(page, "home-\(viewport.width)-\(scheme)")
            #expect(page.problems.isEmpty, "\(page.problems)")
        }
    }

    /// Each topic of the map is two Tab stops (its link and its toggle): a link first, shown
    /// over the map's heading when it has the focus, leads past them to the text after the map.
    @Test(arguments: [Viewport.phone, .desktop])
    func skipTheMapLeadsPastEveryTopicByKeyboard(viewport: Viewport) async throws {
        let site = try ProgressSite(extraTopics: 20)
        try await Chromium.withPage { page in
            try await page.setViewport(viewport)
            try await page.open(site.url("backend/"))
            let hidden = try await page.evaluate(
                "document.querySelector('.map .skip-link').getBoundingClientRect().right")
            #expect((hidden.number ?? 1) <= 0, "off the page until it has the focus")
            #expect(try await page.tab(to: ".map .skip-link"), "right after the page's own skip link and header")
            #expect(try await page.evaluate("document.activeElement.textContent") == "Skip the map")
            let shown = try await page.evaluate(
                """
                (() => { const link = document.activeElement.getBoundingClientRect();
                  const heading = document.querySelector('.map h2').getBoundingClientRect();
                  return link.left >= 0 && link.right <= innerWidth && link.top >= heading.top - 1 && link.top < heading.bottom })()
                """)
            #expect(shown == true, "shown at the map's heading")
            try await save(page, "skip-map-\(viewport.width)")
            try await page.press(.enter)
            #expect(try await page.evaluate("location.hash") == "#after-map")
            try await page.press(.tab)
            let next = try await page.evaluate(
                """
                (() => { const focused = document.activeElement;
                  return [focused.closest('.map') === null,
                    !!(document.querySelector('.map').compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING),
                    focused.textContent.trim()] })()
                """)
            #expect(next.array?.prefix(2).map(\.bool) == [true, true], "the next Tab stop is after the map: \(next)")
            #expect(page.problems.isEmpty, "\(page.problems)")
        }
    }

    private func save(_ page: BrowserPage, _ name: String) async throws {
        guard let folder = ProcessInfo.processInfo.environment["SITEGEN_SCREENSHOTS"], !folder.isEmpty else { return }
        TestFiles.write(try await page.screenshot(fullPage: true), to: "\(folder)/progress-\(name).png")
    }
}
