import Foundation
import Testing

/// The default theme's layout in Chromium where the review of issues 12 and 13 found it wanting:
/// the home page's cards use the row's width, the breadcrumb never starts a line with its
/// separator, and no map node breaks a word, at a phone's, a tablet's, a laptop's and a wide
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

    // MARK: The breadcrumb

    /// A site built by sitegen with the built-in theme under `/docs/` and served: `files` are
    /// roadmap and topic files by name, as `TestSite` takes them (`web`, `web/http`).
    struct ServedSite {
        let site: TestSite
        let server: StaticSiteServer

        init(title: String, files: [String: String]) throws {
            site = TestSite(siteYML: "title: \(title)\nbase_url: https://example.org/docs/\n", roadmaps: files)
            _ = try site.builder(output: site.root + "/served/docs").build()
            server = try StaticSiteServer(root: site.root + "/served")
        }

        func url(_ path: String) -> String { server.url("/docs/" + path) }
    }

    /// A site whose topic pages have a breadcrumb of three long items: the site, the roadmap and
    /// the parent topic.
    static func breadcrumbSite() throws -> ServedSite {
        try ServedSite(
            title: "Learning Roadmaps for Working Developers",
            files: [
                "backend": roadmapFile(
                    "title: Backend Developer Roadmap for Engineers Who Build Distributed Systems\nupdated: 2026-01-01",
                    body: "## Roadmap\n\n1. [Relational databases and their query languages](backend/databases.md)\n"
                        + "   - [Structured Query Language](backend/sql.md)\n"),
                "backend/databases": ProgressSite.topicFile("Relational databases and their query languages"),
                "backend/sql": ProgressSite.topicFile("Structured Query Language"),
            ])
    }

    /// The breadcrumb's lines, each as the text of the item fragments on it, and the lines
    /// whose first fragment does not start with a link's text (a separator starts the line).
    static let breadcrumbLines = """
        (() => {
          const items = [...document.querySelectorAll('.breadcrumb li')];
          const fragments = items.flatMap(li => [...li.getClientRects()].map(r => ({li, r})));
          const links = items.flatMap(li => [...li.querySelector('a').getClientRects()]);
          const middle = r => (r.top + r.bottom) / 2;
          const lines = [];
          for (const f of fragments) {
            const line = lines.find(l => Math.abs(middle(l[0].r) - middle(f.r)) < 3);
            if (line) line.push(f); else lines.push([f]);
          }
          const bad = lines.filter(line => {
            const first = line.reduce((a, b) => (b.r.left < a.r.left ? b : a));
            return !links.some(a => Math.abs(middle(a) - middle(first.r)) < 3 && Math.abs(a.left - first.r.left) < 1);
          }).map(line => line.map(f => f.li.textContent.trim()).join(' | '));
          const separators = items.slice(0, -1).map(li => getComputedStyle(li, '::after').content);
          return {lines: lines.length, bad, separators};
        })()
        """

    @Test(arguments: [Viewport.phone, Viewport(width: 320, height: 640, mobile: true), .desktop])
    func breadcrumbSeparatorsNeverStartALine(viewport: Viewport) async throws {
        let built = try Self.breadcrumbSite()
        try await Chromium.withPage { page in
            try await page.setViewport(viewport)
            try await page.open(built.url("backend/sql/"))
            let result = try await page.evaluate(Self.breadcrumbLines)
            #expect(result["bad"] == [], "lines that start with a separator: \(result)")
            #expect(result["separators"].array?.count == 2)
            #expect(
                result["separators"].array?.allSatisfy { $0.string?.contains("\u{203A}") == true } == true,
                "each item but the last ends with a separator: \(result)")
            if viewport.width < 500 {
                #expect(try #require(result["lines"].int) >= 3, "the breadcrumb wraps at \(viewport.width) px")
            }
            #expect(try await page.horizontalOverflow() == [])
            try await save(page, "breadcrumb-\(viewport.width)")
            #expect(page.problems.isEmpty, "\(page.problems)")
        }
    }

    // MARK: The map's nodes

    /// A site whose map has nodes leading to other roadmaps at each of the three levels, on the
    /// spine and in numbered and dashed branches, and long words.
    static func mapSite() throws -> ServedSite {
        let map = """
            ## Roadmap

            1. [How the internet works](web/internet.md)
               - [HTTP](web/http.md)
               - [Frontend roadmap](frontend.md)
                 - [Full Stack Developer Roadmap](full-stack.md)
                 - [Internationalization](web/i18n.md)
            2. [Frontend roadmap](frontend.md)
            3. [Full Stack Developer Roadmap](full-stack.md)
               1. [Accessibility](web/accessibility.md)
               2. [Frontend roadmap](frontend.md)
            4. Internationalization and localization
            5. [Troubleshooting](web/troubleshooting.md)

            """
        var files = [
            "web": roadmapFile("title: Web\nupdated: 2026-01-01", body: map),
            "frontend": roadmapFile("title: Frontend\nupdated: 2026-01-01"),
            "full-stack": roadmapFile("title: Full Stack\nupdated: 2026-01-01"),
        ]
        for (topic, title) in [
            ("internet", "How the internet works"), ("http", "HTTP"), ("i18n", "Internationalization"),
            ("accessibility", "Accessibility"), ("troubleshooting", "Troubleshooting"),
        ] {
            files["web/\(topic)"] = ProgressSite.topicFile(title)
        }
        return try ServedSite(title: "Roadmaps", files: files)
    }

    /// Every word of every map node whose text breaks across lines or sticks out of its node,
    /// and how many words were measured (text the theme hides from sight is not measured).
    static let brokenWords = """
        (() => {
          const broken = [];
          let words = 0;
          for (const node of document.querySelectorAll('.map .map-item')) {
            const box = node.getBoundingClientRect();
            const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
            for (let text = walker.nextNode(); text; text = walker.nextNode()) {
              if (text.parentElement.closest('.visually-hidden')) continue;
              for (const match of text.data.matchAll(/\\S+/g)) {
                const range = document.createRange();
                range.setStart(text, match.index);
                range.setEnd(text, match.index + match[0].length);
                const rects = [...range.getClientRects()].filter(r => r.width > 0);
                words++;
                if (rects.length !== 1) broken.push(`${match[0]} in ${rects.length} pieces`);
                else if (rects[0].left < box.left - 0.5 || rects[0].right > box.right + 0.5)
                  broken.push(`${match[0]} outside its node (${Math.round(rects[0].width)} px in ${Math.round(box.width)} px)`);
              }
            }
          }
          return {words, broken};
        })()
        """

    /// Opens the map site's roadmap page (`mapSite`) in `page` at `viewport`, with scripts on (so
    /// with the progress toggles), then off, and runs `check` on each; returns the served site.
    @discardableResult
    static func onMapPage(
        at viewport: Viewport, in page: BrowserPage, _ check: (_ scripts: Bool) async throws -> Void
    ) async throws -> ServedSite {
        let built = try mapSite()
        try await page.setViewport(viewport)
        for scripts in [true, false] {
            try await page.setScriptsEnabled(scripts)
            try await page.open(built.url("web/"))
            try await check(scripts)
        }
        return built
    }

    @Test(arguments: [Viewport.phone, ThemeLayoutTests.tablet, .desktop, ThemeLayoutTests.wide])
    func mapNodesNeverBreakAWord(viewport: Viewport) async throws {
        try await Chromium.withPage { page in
            let built = try await Self.onMapPage(at: viewport, in: page) { scripts in
                #expect(
                    try await page.evaluate("document.querySelectorAll('.progress-toggle').length")
                        == (scripts ? 5 : 0))
                let result = try await page.evaluate(Self.brokenWords)
                #expect(result["words"] == 30, "every word of the eleven nodes was measured: \(result)")
                #expect(result["broken"] == [], "at \(viewport.width) px, scripts \(scripts ? "on" : "off")")
                #expect(try await page.horizontalOverflow() == [])
                let overlaps = try await page.overlaps(among: ".map .map-item, .progress-toggle")
                #expect(overlaps.overlaps == [])
            }
            try await save(page, "map-nodes-\(viewport.width)")
            try await page.emulateMedia(.print)
            #expect(try await page.evaluate(Self.brokenWords)["broken"] == [], "printed at \(viewport.width) px")
            try await save(page, "map-nodes-\(viewport.width)-print")
            #expect(page.problems.isEmpty, "\(page.problems)")
            withExtendedLifetime(built) {}
        }
    }

    /// For each branch beside the spine: how far its line's far end stops short of its topic's
    /// node (px, rounded; 0 when they meet, less when it runs on under the node), and whether the
    /// topic's progress toggle, when it has one, is drawn over the line rather than under it. The
    /// line is the branch's `::before`, drawn from the branch's outer edge (`right: 100%` or
    /// `left: 100%` of its padding box, less its margin). For a label's branch, also how far the
    /// label's box reaches past its text on the branch's side (px, rounded) and whether the box is
    /// drawn over the line.
    static let branchLines = """
        [...document.querySelectorAll('.map-tree > li > .map-branch')].map(branch => {
          const item = branch.parentElement.querySelector(':scope > .map-item');
          const node = item.getBoundingClientRect();
          const panel = branch.getBoundingClientRect();
          const line = getComputedStyle(branch, '::before');
          const onRight = panel.left > node.right;
          const gap = onRight
            ? panel.left + branch.clientLeft - parseFloat(line.marginRight) - parseFloat(line.width) - node.right
            : node.left - (panel.right - branch.clientLeft + parseFloat(line.marginLeft) + parseFloat(line.width));
          const toggle = branch.parentElement.querySelector(':scope > .progress-toggle');
          const box = toggle && toggle.getBoundingClientRect();
          const hit = box && document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          const drawn = {side: onRight ? 'right' : 'left', gap: Math.round(gap), toggleOnTop: !toggle || hit === toggle};
          if (!branch.parentElement.classList.contains('map-label')) return drawn;
          const range = document.createRange();
          range.selectNodeContents(item);
          const text = range.getBoundingClientRect();
          const y = parseFloat(line.top) + panel.top + branch.clientTop + 1;
          const over = document.elementFromPoint(onRight ? node.right - 2 : node.left + 2, y);
          return {...drawn, beyondText: Math.round(onRight ? node.right - text.right : text.left - node.left),
                  boxOnTop: over === item};
        })
        """

    /// On wide screens a branch's line joins it to its topic's node on either side of the spine,
    /// also when the node leaves room beside it for its progress toggle: the line then passes
    /// behind the toggle, rather than stop at it as if the toggle led to the branch.
    @Test(arguments: [Viewport.desktop, ThemeLayoutTests.wide])
    func branchLinesMeetTheirTopicsNodePastItsProgressToggle(viewport: Viewport) async throws {
        try await Chromium.withPage { page in
            try await Self.onMapPage(at: viewport, in: page) { scripts in
                let lines = try #require(try await page.evaluate(Self.branchLines).array)
                #expect(lines.map { $0["side"] } == ["right", "left"], "\(lines)")
                for line in lines {
                    #expect(line["gap"] == 0, "at \(viewport.width) px, scripts \(scripts ? "on" : "off"): \(line)")
                    #expect(line["toggleOnTop"] == true, "\(line)")
                }
                if scripts { try await save(page, "map-branch-lines-\(viewport.width)") }
            }
            #expect(page.problems.isEmpty, "\(page.problems)")
        }
    }

    /// A map whose first and third topics are labels with subtopics (the sample site's "Version
    /// control"), the second a topic with them.
    static func labelMapSite() throws -> ServedSite {
        let map = """
            ## Roadmap

            1. Version control
               - [Git](web/git.md)
            2. [Troubleshooting](web/troubleshooting.md)
               - [Logs](web/logs.md)
            3. Where to go next
               1. [Accessibility](web/accessibility.md)

            """
        var files = ["web": roadmapFile("title: Web\nupdated: 2026-01-01", body: map)]
        for (topic, title) in [
            ("git", "Git"), ("troubleshooting", "Troubleshooting"), ("logs", "Logs"),
            ("accessibility", "Accessibility"),
        ] {
            files["web/\(topic)"] = ProgressSite.topicFile(title)
        }
        return try ServedSite(title: "Roadmaps", files: files)
    }

    /// For each branch on a phone, where the spine's nodes have their branches under them: how
    /// far its line's top stops short of its node (px, rounded; 0 when they meet), and whether
    /// the line's top is drawn over the node's box. A topic's node is its box; a label draws no
    /// box, so its node is its text (the box less its bottom padding and border). The line is
    /// the branch's `::before`, drawn up from the branch's outer edge (`bottom: 100%` of its
    /// padding box, less its margin).
    static let branchLinesUnderNodes = """
        [...document.querySelectorAll('.map-tree > li > .map-branch')].map(branch => {
          const item = branch.parentElement.querySelector(':scope > .map-item');
          const node = item.getBoundingClientRect();
          const style = getComputedStyle(item);
          const isLabel = branch.parentElement.classList.contains('map-label');
          const reach = isLabel
            ? node.bottom - parseFloat(style.paddingBottom) - parseFloat(style.borderBottomWidth) : node.bottom;
          const panel = branch.getBoundingClientRect();
          const line = getComputedStyle(branch, '::before');
          const top = panel.top + branch.clientTop - parseFloat(line.marginBottom) - parseFloat(line.height);
          const x = panel.left + branch.clientLeft + parseFloat(line.left) + 1;
          const hit = document.elementFromPoint(x, (reach + node.bottom) / 2);
          return {node: item.textContent, gap: Math.round(top - reach), lineOnTop: !isLabel || hit === branch};
        })
        """

    /// On a phone a branch's line reaches up to its node: a topic's box, and a label's text,
    /// across the room the label's box (without border or background colour of its own) leaves
    /// under it, drawn over that box rather than hidden behind it.
    @Test func branchLinesReachTheirNodeOnAPhoneALabelsTextToo() async throws {
        let built = try Self.labelMapSite()
        try await Chromium.withPage { page in
            try await page.setViewport(.phone)
            for scripts in [true, false] {
                try await page.setScriptsEnabled(scripts)
                try await page.open(built.url("web/"))
                let lines = try #require(try await page.evaluate(Self.branchLinesUnderNodes).array)
                #expect(lines.map { $0["node"] } == ["Version control", "Troubleshooting", "Where to go next"])
                for line in lines {
                    #expect(line["gap"] == 0, "scripts \(scripts ? "on" : "off"): \(line)")
                    #expect(line["lineOnTop"] == true, "\(line)")
                }
            }
            try await save(page, "map-label-lines-390")
            #expect(page.problems.isEmpty, "\(page.problems)")
        }
    }

    /// On wide screens a label's box is as wide as its text (and its padding), and its branch's
    /// line runs under the box: so the line reaches as close to a short label's text as to a
    /// topic's box, rather than stop at the edge of the spine's column.
    @Test(arguments: [Viewport.desktop, ThemeLayoutTests.wide])
    func labelBranchLinesReachTheLabelsText(viewport: Viewport) async throws {
        let built = try Self.labelMapSite()
        try await Chromium.withPage { page in
            try await page.setViewport(viewport)
            try await page.open(built.url("web/"))
            let lines = try #require(try await page.evaluate(Self.branchLines).array)
            #expect(lines.map { $0["side"] } == ["right", "left", "right"], "\(lines)")
            #expect(lines[1]["gap"] == 0, "the topic's line meets its box: \(lines[1])")
            let labels = lines.filter { $0["beyondText"].number != nil }
            #expect(labels.count == 2, "\(lines)")
            for line in labels {
                // The label's right padding (0.8rem) and border (2px), and the italic's overhang.
                #expect(try #require(line["beyondText"].number) <= 16, "at \(viewport.width) px: \(line)")
                #expect(try #require(line["gap"].number) <= 0, "\(line)")
                #expect(line["boxOnTop"] == true, "\(line)")
            }
            try await save(page, "map-label-lines-\(viewport.width)")
            #expect(page.problems.isEmpty, "\(page.problems)")
        }
    }

    private func save(_ page: BrowserPage, _ name: String) async throws {
        guard let folder = ProcessInfo.processInfo.environment["SITEGEN_SCREENSHOTS"], !folder.isEmpty else { return }
        TestFiles.write(try await page.screenshot(fullPage: true), to: "\(folder)/layout-\(name).png")
    }
}
