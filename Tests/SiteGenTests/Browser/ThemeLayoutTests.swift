import Foundation
import Testing

/// The default theme's layout in Chromium where the review of issues 12 and 13 found it wanting:
/// the home page's cards use the row's width, at a phone's, a tablet's, a laptop's and a wide
/// screen's width. Sites are built by sitegen with the built-in theme and served with
/// `Content-Security-Policy: default-src 'self'`.
///
/// With `SITEGEN_SCREENSHOTS=DIR` set, screenshots are written there for review.
@Suite("Browser: theme layout", .enabled(if: Chromium.isAvailable))
struct ThemeLayoutTests {
    static let tablet = Viewport(width: 768, height: 1024, mobile: true)
    static let wide = Viewport(width: 1920, height: 1080, mobile: false)

    // MARK: The home page's cards

    /// Each level's cards: how many, how many share the first row, how far that row stops
    /// short of the grid's right edge, and the narrowest card and the grid's widths.
    static let cardRows = """
        [...document.querySelectorAll('.level-group')].map(group => {
          const grid = group.querySelector('.cards').getBoundingClientRect();
          const cards = [...group.querySelectorAll('.card')].map(card => card.getBoundingClientRect());
          const first = cards.filter(r => Math.abs(r.top - cards[0].top) < 1);
          return {level: group.dataset.level, cards: cards.length, columns: first.length,
                  shortOfEdge: Math.round(grid.right - Math.max(...first.map(r => r.right))),
                  narrowest: Math.round(Math.min(...cards.map(r => r.width))), grid: Math.round(grid.width)};
        })
        """

    @Test func homeCardsSpreadOverTheRowOnALaptopAndStackOnAPhone() async throws {
        // 4 beginner, 3 intermediate, 2 advanced roadmaps and 1 without a level.
        let built = try HomeAndSearchTests.BuiltSite(search: false)
        try await Chromium.withPage { page in
            for viewport in [Viewport.desktop, Self.wide] {
                try await page.setViewport(viewport)
                try await page.open(built.url(""))
                let groups = try #require(try await page.evaluate(Self.cardRows).array)
                #expect(groups.map { $0["columns"] } == [3, 3, 2, 1], "at \(viewport.width) px: \(groups)")
                for group in groups {
                    #expect(group["shortOfEdge"] == 0, "a level's first row ends at the grid's edge: \(group)")
                    #expect(try #require(group["narrowest"].number) >= 288, "cards at least 18rem wide: \(group)")
                }
                try await save(page, "home-\(viewport.width)")
            }
            for viewport in [Viewport.phone, Self.tablet] {
                try await page.setViewport(viewport)
                try await page.open(built.url(""))
                let groups = try #require(try await page.evaluate(Self.cardRows).array)
                let columns: BrowserJSON = viewport.width < 500 ? 1 : 2
                for group in groups where group["cards"] != 1 {
                    #expect(group["columns"] == columns, "at \(viewport.width) px: \(group)")
                    #expect(group["shortOfEdge"] == 0, "\(group)")
                }
                if viewport.width < 500 {
                    #expect(groups.allSatisfy { $0["narrowest"] == $0["grid"] }, "one full-width column: \(groups)")
                }
                #expect(try await page.horizontalOverflow() == [])
            }
            #expect(page.problems.isEmpty, "\(page.problems)")
        }
    }

    private func save(_ page: BrowserPage, _ name: String) async throws {
        guard let folder = ProcessInfo.processInfo.environment["SITEGEN_SCREENSHOTS"], !folder.isEmpty else { return }
        TestFiles.write(try await page.screenshot(fullPage: true), to: "\(folder)/layout-\(name).png")
    }
}
