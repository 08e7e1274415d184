import Foundation
import Testing

@testable import SiteGen

/// Links and images with `javascript:`, `vbscript:`, `file:` or non-image `data:` URLs never
/// reach a page, whether `unsafe_html` is on or off (issue 15, item 7).
@Suite("Dangerous URLs")
struct DangerousURLTests {
    /// URLs with whether cmark-gfm's rule (`_scan_dangerous_url`) calls them dangerous. The first
    /// two are cmark-gfm's own (`test_safe` in its `api_test/main.c`); the others follow the
    /// rule's cases: each scheme in any case, the four image types `data:` may hold, and
    /// near misses.
    static let cmarkCases: [(url: String, dangerous: Bool)] = [
        ("JAVAscript:alert('hi')", true), ("file:my.js", true),
        ("javascript:alert(1)", true), ("vbscript:msgbox(1)", true), ("VBScript:x", true),
        ("file:///etc/passwd", true), ("FILE://host/share", true), ("data:", true),
        ("data:text/html;base64,PHNjcmlwdD4=", true), ("DATA:text/html,x", true),
        ("data:image/svg+xml;base64,PHN2Zz4=", true), ("data:image/pn", true), ("data:image/", true),
        ("data:image/png;base64,iVBORw0KGgo=", false), ("data:image/gif;base64,R0lGOD", false),
        ("data:image/jpeg;base64,/9j/4AAQ", false), ("data:image/webp;base64,UklGR", false),
        ("Data:Image/PNG;base64,iVBO", false), ("https://example.org/", false), ("http://x", false),
        ("mailto:me@example.org", false), ("javascript", false), ("javascripts:x", false),
        ("xjavascript:alert(1)", false), ("/javascript:x", false), ("#javascript:x", false),
        ("./file:x", false), ("?data:x", false),
    ]

    @Test(arguments: cmarkCases + [("", false)])
    func followsCmarksRule(url: String, dangerous: Bool) {
        #expect((DangerousURL.scheme(of: url) != nil) == dangerous)
    }

    /// Random URLs made of schemes' pieces in both cases, spaces, tabs, line breaks and other
    /// control characters, and non-ASCII letters and marks (a Kelvin sign lowercases to `k`,
    /// `İ` to `i` and a dot): reading bytes gives what reading characters gives.
    @Test func bytesAndCharactersGiveTheSameScheme() {
        let pieces = [
            "java", "JAVA", "Script", "script:", "vb", "VB", "fi", "FILE", "le:", "da", "DATA", "ta:", ":", "/",
            "image/", "IMAGE/", "png", "PNG", "gif", "jpeg", "webp", "svg", " ", "\t", "\n", "\r", "\r\n", "\u{0}",
            "\u{1F}", "\u{7F}", "a", "https://", "\u{212A}", "İ", "\u{301}", "é", "ｊａｖａ", "\u{A0}", "\u{2028}",
        ]
        var state: UInt64 = 0xDA7A
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var differing: [String] = []
        var dangerous = 0
        for _ in 0..<30_000 {
            var url = ""
            for _ in 0..<next(9) { url += pieces[next(pieces.count)] }
            let scheme = DangerousURL.scheme(of: url)
            if scheme != DangerousURL.schemeByCharacters(of: url) { differing.append(url) }
            if scheme != nil { dangerous += 1 }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5).map { Array($0.unicodeScalars) })")
        #expect(dangerous > 100)
    }

    @Test(arguments: cmarkCases)
    func agreesWithCmarkInSafeMode(url: String, dangerous: Bool) throws {
        // cmark-gfm without CMARK_OPT_UNSAFE renders a dangerous URL as an empty href.
        let document = try MarkdownDocument("[a](<\(url)>)\n", allowsRawHTML: false)
        let blanked = document.html(of: document.root).contains("href=\"\"")
        #expect(blanked == (DangerousURL.scheme(of: url) != nil), "\(url)")
    }

    @Test(arguments: [
        " javascript:alert(1)", "\u{1}javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
        "\u{0}\u{20}JaVaScRiPt:alert(1)", "da\rta:text/html,x",
    ])
    func readsTheSchemeAsABrowserDoes(_ url: String) {
        #expect(DangerousURL.scheme(of: url) != nil)
    }

    @Test(arguments: [true, false])
    func dangerousLinksAndImagesAreLeftOutWithAWarning(unsafeHTML: Bool) {
        let body = """
            ## Links

            [script](javascript:alert(1)) and [entity](&#106;avascript:alert(2)) and <vbscript:msgbox(3)>

            ![payload](data:text/html;base64,PHNjcmlwdD4=) ![pixel](data:image/png;base64,iVBORw0KGgo=)

            [reference] and [fine](https://example.org/)

            [reference]: file:///etc/passwd

            """
        let site = TestSite(
            siteYML: "title: T\nbase_url: https://example.org/\nunsafe_html: \(unsafeHTML)\n",
            roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01", body: body)])
        let result = site.build()
        #expect(result.succeeded)
        #expect(
            result.messages == [
                "content/roadmaps/a.md:7:1: warning: link to a `javascript:` URL is left out; its text is shown without a link",
                "content/roadmaps/a.md:7:35: warning: link to a `javascript:` URL is left out; its text is shown without a link",
                "content/roadmaps/a.md:7:74: warning: link to a `vbscript:` URL is left out; its text is shown without a link",
                "content/roadmaps/a.md:9:1: warning: image with a `data:` URL is left out; its description is shown instead",
                "content/roadmaps/a.md:11:1: warning: link to a `file:` URL is left out; its text is shown without a link",
            ])
        let page = site.page("a/index.html")
        for scheme in ["javascript:", "vbscript:", "file:", "data:text"] {
            #expect(!page.lowercased().contains("=\"\(scheme)"), "no attribute holds a \(scheme) URL")
        }
        #expect(page.contains("<p>script and entity and vbscript:msgbox(3)</p>"))
        #expect(
            page.contains(
                "<p>payload <img loading=\"lazy\" decoding=\"async\" src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"pixel\" /></p>"
            ))
        #expect(page.contains("<p>reference and <a href=\"https://example.org/\">fine</a></p>"))
    }
}
