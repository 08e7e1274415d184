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
            #expect(map.checked == 150 * 2 + 1 + 1 + 3, "every link, toggle, the summary and the tools")
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

    private func save(_ page: BrowserPage, _ name: String) async throws {
        guard let folder = ProcessInfo.processInfo.environment["SITEGEN_SCREENSHOTS"], !folder.isEmpty else { return }
        TestFiles.write(try await page.screenshot(fullPage: true), to: "\(folder)/progress-\(name).png")
    }
}
