import Foundation
import Testing

@testable import SiteGen

/// The default theme's pages laid out by a real browser (Debian's chromium, where installed):
/// rows of navigation in line, lists spaced, pictures inside the page, task lists without
/// bullets and with named checkboxes, a visible focus outline at 3:1 on every link, light and
/// dark, phone and desktop; and printed pages that show the address of every resource.
@Suite("Theme: in a browser")
struct ThemeBrowserTests {
    static let chromium = BrowserReloadTests.chromium
    static let pdftotext = ["/usr/bin/pdftotext"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// A site with every part the stylesheet styles, built, with a picture far wider than a page.
    static func builtSite() -> TestSite {
        let body = """
            Start here, with [the tour](https://go.dev/tour/) and [Python](python.md).

            ![A diagram wider than any screen](go/wide.svg)

            ## Steps

            1. Install Go.
            2. Write a program.

            - [x] Read [the docs](https://go.dev/doc/)
            - [ ] Ship a service

            | Tool | Use |
            |------|-----|
            | [gofmt](https://pkg.go.dev/cmd/gofmt) | format |

            ## FAQ

            ### Is Go fast?

            Yes: see [the benchmarks](https://example.org/b).
            """
        let site = TestSite(roadmaps: [
            "go": roadmapFile(
                "title: Go Roadmap\nlevel: Beginner\ndescription: Learn Go.\nupdated: 2026-04-27\nrelated: [python]",
                body: body),
            "python": roadmapFile("title: Python Roadmap\nupdated: 2026-01-01\nrelated: [go]"),
        ])
        // In the roadmap's folder, so the build copies it beside the page.
        TestFiles.write(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2400\" height=\"300\"><rect width=\"2400\" height=\"300\" fill=\"#8ab4f8\"/></svg>",
            to: site.content + "/roadmaps/go/wide.svg")
        #expect(site.build().succeeded)
        return site
    }

    /// The probe added to a page: it reports what is wrong with its layout, as JSON in a
    /// `<pre id="theme-probe">`.
    static let probe = """
        <script>
        addEventListener("load", () => {
          const problems = [];
          const width = document.documentElement.clientWidth;
          const name = (element) => element.outerHTML.slice(0, 80);
          if (document.documentElement.scrollWidth > width) problems.push("the page is " + document.documentElement.scrollWidth + " px wide");
          // Narrow screens wrap the breadcrumb as text (Browser/ThemeLayoutTests checks how).
          for (const row of width >= 700 ? [".site-nav li", ".breadcrumb li"] : [".site-nav li"]) {
            const tops = new Set([...document.querySelectorAll(row)].map((item) => Math.round(item.getBoundingClientRect().top)));
            if (tops.size > 1) problems.push(row + " out of line: tops " + [...tops].join(", "));
          }
          for (const item of document.querySelectorAll("article ol:not(nav ol) > li + li, .related li + li")) {
            if (getComputedStyle(item).marginTop === "0px") problems.push("list items not spaced: " + name(item));
          }
          for (const image of document.querySelectorAll("main img")) {
            const rect = image.getBoundingClientRect();
            if (rect.right > width + 0.5 || rect.width > image.parentElement.clientWidth + 0.5) problems.push("image overflows: " + Math.round(rect.width) + " px");
            if (image.loading !== "lazy") problems.push("image not lazy");
          }
          for (const item of document.querySelectorAll("li")) {
            const box = item.querySelector("input[type=checkbox]");
            if (box && box.closest("li") === item && getComputedStyle(item).listStyleType !== "none") problems.push("task item with a bullet");
          }
          for (const box of document.querySelectorAll("input[type=checkbox]")) {
            const label = box.labels.length ? box.labels[0].textContent.trim() : (box.getAttribute("aria-label") || "");
            if (!label) problems.push("checkbox without a name: " + name(box.parentElement));
          }
          \(ChromiumProbe.functions)
          const links = [...document.querySelectorAll("a[href]")];
          for (const link of links) {
            link.focus({ focusVisible: true });
            const style = getComputedStyle(link);
            if (style.outlineStyle === "none" || parseFloat(style.outlineWidth) < 2) { problems.push("no focus outline on " + name(link)); continue; }
            const value = ratio(style.outlineColor, behind(link.parentElement));
            if (value < 3) problems.push("focus outline " + value.toFixed(2) + ":1 on " + name(link));
          }
          report("theme-probe", { links: links.length, problems });
        });
        </script>
        """

    struct Result: Decodable {
        var links: Int
        var problems: [String]
    }

    /// The page at `path` in the built site, with its root-relative addresses made `file:` URLs
    /// into the site and `extra` before `</body>`, written beside it; returns its URL.
    static func localPage(_ site: TestSite, _ path: String, adding extra: String = "") -> String {
        let html = site.page(path)
            .replacingOccurrences(of: "href=\"/", with: "href=\"file://\(site.output)/")
            .replacingOccurrences(of: "src=\"/", with: "src=\"file://\(site.output)/")
            .replacingOccurrences(of: "</body>", with: extra + "\n</body>")
        let local = site.output + "/" + path + ".local.html"
        TestFiles.write(html, to: local)
        return "file://" + local
    }

    struct Screen: Sendable, CustomTestStringConvertible {
        var page: String
        var width: Int
        var dark: Bool
        var testDescription: String { "\(page) at \(width) px\(dark ? ", dark" : "")" }
    }

    @Test(
        .enabled(if: chromium != nil, "needs Debian's chromium"),
        arguments: [
            Screen(page: "go/index.html", width: 390, dark: false),
            Screen(page: "go/index.html", width: 1280, dark: true),
            Screen(page: "go/related/index.html", width: 390, dark: true),
            Screen(page: "go/faq/index.html", width: 1280, dark: false),
        ])
    func pagesLayOutAndShowFocus(_ screen: Screen) throws {
        let site = Self.builtSite()
        let result = try ChromiumProbe.result(
            Result.self, url: Self.localPage(site, screen.page, adding: Self.probe), width: screen.width,
            dark: screen.dark, id: "theme-probe")
        #expect(result.links >= 6)
        #expect(result.problems == [])
    }

    @Test(.enabled(if: chromium != nil && pdftotext != nil, "needs Debian's chromium and pdftotext"))
    func printedPagesShowTheAddressOfEveryResource() throws {
        let site = Self.builtSite()
        let pdf = TestFiles.temporaryDirectory() + "/go.pdf"
        _ = try ChromiumProbe.run(
            ["--print-to-pdf=\(pdf)", "--no-pdf-header-footer"], url: Self.localPage(site, "go/index.html"))
        let tool = Process()
        tool.executableURL = URL(fileURLWithPath: try #require(Self.pdftotext))
        tool.arguments = [pdf, "-"]
        let output = Pipe()
        tool.standardOutput = output
        try tool.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        tool.waitUntilExit()
        for resource in [
            "the tour (https://go.dev/tour/)", "the docs (https://go.dev/doc/)",
            "gofmt (https://pkg.go.dev/cmd/gofmt)", "the benchmarks (https://example.org/b)",
        ] {
            #expect(text.contains(resource), "\(resource) in:\n\(text)")
        }
        // The site's own links (the breadcrumb, related roadmaps) print as their words.
        #expect(!text.contains("(file:"), "\(text)")
        #expect(text.contains("Python Roadmap\n") || text.contains("Python Roadmap "))
    }
}
