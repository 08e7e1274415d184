import Foundation
import Testing

@testable import SiteGen

/// The home page's level filter and the search box, in Chromium, on sites built by sitegen with
/// the default theme under the base path `/docs/`, served with a strict Content-Security-Policy.
///
/// With `SITEGEN_SCREENSHOTS=DIR` set, screenshots are written there for review.
@Suite("Browser: home page and search", .enabled(if: Chromium.isAvailable))
struct HomeAndSearchTests {
    /// Pagefind compiles WebAssembly, which a policy must allow (`'wasm-unsafe-eval'`).
    static let searchPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"

    /// A built site of `levels` roadmaps per level (Beginner, Intermediate, Advanced, none),
    /// served from `/docs/`.
    struct BuiltSite {
        let site: TestSite
        let server: StaticSiteServer

        init(search: Bool, policy: String = StaticSiteServer.strictPolicy) throws {
            var roadmaps: [String: String] = [:]
            for (index, level) in ["Beginner", "Intermediate", "Advanced", ""].enumerated() {
                for number in 1...(4 - index) {
                    let slug = "\(level.isEmpty ? "other" : level.lowercased())-\(number)"
                    roadmaps[slug] = roadmapFile(
                        "title: \(level.isEmpty ? "Other" : level) roadmap number \(number) with a long title\n"
                            + (level.isEmpty ? "" : "level: \(level)\n")
                            + "description: What a learner of \(slug) does, in a sentence long enough to wrap.\nupdated: 2026-0\(number)-0\(number)",
                        body:
                            "## Steps\n\nLearn kubernetes and \(slug).\n\n## FAQ\n\n### Is \(slug) hard?\n\nNot with a roadmap.\n"
                    )
                }
            }
            site = TestSite(
                siteYML: "title: Roadmaps\nbase_url: https://example.org/docs/\n\(search ? "search: true\n" : "")",
                roadmaps: roadmaps)
            let report = try site.builder(output: site.root + "/served/docs").build()
            #expect(report.roadmapCount == 10)
            server = try StaticSiteServer(root: site.root + "/served", contentSecurityPolicy: policy)
        }

        func url(_ path: String) -> String { server.url("/docs/" + path) }
    }

    static let visibleCards = "[...document.querySelectorAll('.card')].filter(c => c.offsetParent !== null).length"
    static let visibleGroups =
        "[...document.querySelectorAll('.level-group')].filter(g => g.offsetParent !== null).map(g => g.dataset.level).join(' ')"

    @Test(arguments: [Viewport.phone, .desktop], [ColorScheme.light, .dark])
    func theLevelFilterWorksByKeyboardAndThePageFits(viewport: Viewport, scheme: ColorScheme) async throws {
        let built = try BuiltSite(search: false)
        try await Chromium.withPage { page in
            try await page.setViewport(viewport)
            try await page.emulateMedia(colorScheme: scheme)
            try await page.open(built.url(""))
            #expect(try await page.evaluate(Self.visibleCards) == 10)
            #expect(try await page.horizontalOverflow() == [])
            try await save(page, "home-\(viewport.width)-\(scheme)")
            #expect(try await page.tab(to: "#showAll"), "the checked radio button takes the focus")
            #expect(
                try await page.evaluate(
                    "getComputedStyle(document.querySelector('#showAll + label')).outlineStyle") == "solid",
                "the focused choice shows the focus ring")
            try await page.press(.arrowDown)
            #expect(try await page.evaluate("document.activeElement.id") == "showBeginner")
            #expect(try await page.evaluate(Self.visibleCards) == 4)
            #expect(try await page.evaluate(Self.visibleGroups) == "beginner")
            try await page.press(.arrowDown)
            #expect(try await page.evaluate(Self.visibleGroups) == "intermediate")
            #expect(try await page.evaluate(Self.visibleCards) == 3)
            try await save(page, "home-filtered-\(viewport.width)-\(scheme)")
            #expect(try await page.horizontalOverflow() == [])
            try await page.press(.arrowDown)
            try await page.press(.arrowDown)
            #expect(try await page.evaluate(Self.visibleGroups) == "other")
            try await page.press(.arrowDown)
            #expect(try await page.evaluate(Self.visibleCards) == 10, "back to All")
            #expect(page.problems.isEmpty, "\(page.problems)")
        }
    }

    /// The "Level" legend's text starts at the content's edge, where the home page's heading and
    /// its "Search" label start: a legend's own padding (2px each side in browsers) set it off.
    @Test(arguments: [Viewport.phone, .desktop])
    func theLevelLegendStartsAtTheContentsEdge(viewport: Viewport) async throws {
        let built = try BuiltSite(search: false)
        try await Chromium.withPage { page in
            try await page.setViewport(viewport)
            try await page.open(built.url(""))
            let offset = try await page.evaluate(
                """
                (() => { const range = document.createRange();
                  range.selectNodeContents(document.querySelector('.level-filter legend'));
                  return range.getBoundingClientRect().left
                    - document.querySelector('.home .page-header').getBoundingClientRect().left })()
                """)
            #expect(offset == 0, "at \(viewport.width) px")
        }
    }

    @Test func withoutJavaScriptEveryCardShowsAndThereIsNoSearchBox() async throws {
        let built = try BuiltSite(search: false)
        try await Chromium.withPage { page in
            try await page.setScriptsEnabled(false)
            try await page.open(built.url(""))
            #expect(try await page.evaluate(Self.visibleCards) == 10)
            #expect(try await page.evaluate("document.querySelectorAll('.site-search').length") == 0)
        }
    }

    @Test(.enabled(if: SearchIndexTests.pagefind != nil, "Pagefind is not installed (make deps installs it)"))
    func searchFindsTopicsAndFAQsUnderTheBasePathByKeyboard() async throws {
        let built = try BuiltSite(search: true, policy: Self.searchPolicy)
        try await Chromium.withPage { page in
            try await page.setScriptsEnabled(false)
            try await page.open(built.url("beginner-1/"))
            #expect(
                try await page.evaluate("document.querySelector('form.site-search').offsetParent === null") == true,
                "without JavaScript the box stays hidden")
            try await page.setScriptsEnabled(true)
            for viewport in [Viewport.phone, .desktop] {
                try await page.setViewport(viewport)
                try await page.open(built.url("beginner-1/"))
                try await page.waitUntil("document.querySelector('form.site-search:not([hidden])')")
                #expect(try await page.tab(to: "form.site-search input"))
                try await page.send("Input.insertText", ["text": "kubernetes"])
                try await page.waitUntil("document.querySelectorAll('.search-results li').length === 8")
                #expect(
                    try await page.evaluate("document.querySelector('.search-status').textContent")
                        == "10 results, the first 8 shown")
                let first = try await page.evaluate(
                    """
                    (() => { const li = document.querySelector('.search-results li');
                      return [li.querySelector('a').getAttribute('href'), li.querySelector('mark').textContent] })()
                    """)
                #expect(first.array?.first?.string?.hasPrefix("/docs/") == true, "\(first)")
                #expect(first.array?.last?.string?.lowercased() == "kubernetes")
                #expect(try await page.horizontalOverflow() == [])
                let edges = try await page.evaluate(
                    """
                    (() => { const box = document.querySelector('.site-header .site-search input').getBoundingClientRect();
                      const panel = document.querySelector('.site-header .search-results').getBoundingClientRect();
                      return [panel.left - box.left, panel.right - box.right] })()
                    """)
                #expect(edges == [0, 0], "the results panel is under the box, edge to edge")
                try await save(page, "search-\(viewport.width)")
                try await page.press(.enter)
                #expect(
                    try await page.evaluate("document.activeElement.closest('.search-results') !== null") == true,
                    "Enter moves to the first result")
                try await page.press(.escape)
                #expect(try await page.evaluate("document.activeElement.type") == "search")
                #expect(try await page.evaluate("document.querySelectorAll('.search-results li').length") == 0)
                try await page.send("Input.insertText", ["text": "kubernetes"])
                try await page.waitUntil("document.querySelectorAll('.search-results li').length === 8")
                try await page.mouseClick(x: 5, y: Double(viewport.height - 5))
                #expect(try await page.evaluate("location.pathname") == "/docs/beginner-1/", "a click on no link")
                #expect(
                    try await page.evaluate("document.querySelectorAll('.search-results li').length") == 0,
                    "a click elsewhere closes the header's results")
            }
            try await page.setViewport(.phone)
            try await page.open(built.url(""))
            try await page.waitUntil("document.querySelector('.home form.site-search:not([hidden])')")
            #expect(try await page.evaluate("document.querySelectorAll('form.site-search').length") == 1)
            let room = try await page.evaluate(
                """
                (() => { const input = document.querySelector('.home form.site-search input'), style = getComputedStyle(input);
                  const context = document.createElement('canvas').getContext('2d');
                  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
                  return input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
                    - context.measureText(input.placeholder).width })()
                """)
            #expect((room.number ?? -1) >= 0, "the placeholder fits the box at a phone's width: \(room)")
            try await page.click(".home form.site-search input")
            try await page.evaluate("document.querySelector('.home form.site-search input').focus()")
            try await page.send("Input.insertText", ["text": "hard"])
            try await page.waitUntil("document.querySelectorAll('.search-results li').length > 0")
            let roadmap = try await page.evaluate(
                "document.querySelector('.search-results .search-roadmap').textContent")
            #expect(
                roadmap.string?.hasSuffix("with a long title") == true, "an FAQ result names its roadmap: \(roadmap)")
            #expect(try await page.horizontalOverflow() == [])
            try await save(page, "search-home-390")
            #expect(page.problems.isEmpty, "\(page.problems)")
        }
    }

    private func save(_ page: BrowserPage, _ name: String) async throws {
        guard let folder = ProcessInfo.processInfo.environment["SITEGEN_SCREENSHOTS"], !folder.isEmpty else { return }
        TestFiles.write(try await page.screenshot(fullPage: true), to: "\(folder)/\(name).png")
    }
}
