import Foundation
import Testing

@testable import SiteGen

private func repeated(_ text: String, _ count: Int) -> String { String(repeating: text, count: count) }

private enum Hostile {
    static let deep: [String] = [
        repeated(">", 150) + repeated(".", 150) + "\n",  // GHSA-29g3-96g3-jg6c, nested block quotes
        repeated(">", 150) + repeated("a*", 5000) + "\n",  // GHSA-66g8-4hjf-77xh
        repeated(" -", 150) + "x" + repeated("\n", 150),  // GHSA-66g8-4hjf-77xh, GHSL-2023-031
        (0..<150).map { repeated("  ", $0) + "- a\n" }.joined(),  // lists nested by indentation
        repeated("[^a]: ", 150) + "x\n",  // GHSA-w4qg-3vf7-m9x5, GHSL-2023-119: nested footnotes
    ]
    static let marks: [String] = [
        repeated("![[]()", 1100),  // GHSA-r572-jvj2-3m8p
        repeated("*t ", 1200) + repeated("_t*_ ", 1200),  // GHSA-29g3-96g3-jg6c, emphasis
    ]
    static let words: [String] = [
        repeated("z_www.", 500),  // GHSA-29g3-96g3-jg6c: `_` in a domain
        repeated("z_www.", 9),  // the same, short but with many `www.`
        "www." + repeated(")", 3000),  // GHSA-29g3-96g3-jg6c: trailing parentheses
        "www.a" + repeated(")", 33),  // the same, short
        repeated("<http://s", 300),  // GHSA-29g3-96g3-jg6c: `<` in a URL
        repeated("mailto:s@p.com/", 200),  // 0.29.0.gfm.7: memory grew with the square
    ]
}

/// The inputs that are quadratic in cmark-gfm 0.29.0.gfm.6 (one or more per advisory fixed
/// since) are refused before parsing, at their line; ordinary large content is not.
@Suite("Markdown limits")
struct MarkdownLimitsTests {
    let renderer = RoadmapBodyRenderer(
        allowsRawHTML: false,
        links: LinkRewriter(paths: SitePaths(basePath: "/"), slug: Slug("a")!, published: [Slug("a")!], drafts: []))

    /// The errors rendering `markdown` gives, as `line:column: message`.
    func errors(_ markdown: String) -> [String] {
        let (_, diagnostics) = renderer.render(markdown, source: RoadmapSource(path: "a.md", bodyLineOffset: 0))
        return diagnostics.filter { $0.severity == .error }.map { "\($0.line ?? 0):\($0.column ?? 0): \($0.message)" }
    }

    @Test func aWideTableHeaderIsRefused() {
        // GHSA-w4qg-3vf7-m9x5: the cells of a row cost the square of their number.
        let markdown = "Intro.\n\n|" + repeated("x|", 200) + "\n|" + repeated("-|", 200) + "\n"
        #expect(errors(markdown) == ["3:1: this line has 200 table cells; at most 128 are allowed"])
    }

    @Test func aTableThatFillsInMoreCellsThanItWritesIsRefused() {
        // GHSA-w4qg-3vf7-m9x5: short rows under a wide header are filled with empty cells; the
        // issue's 6 KB page with a 1,000-column header took 2.4 to 4.4 s and 315 MB.
        let markdown = "|" + repeated("x|", 100) + "\n|" + repeated("-|", 100) + "\n" + repeated("a\n", 500)
        #expect(
            errors(markdown) == [
                "5:1: the table's rows leave out 297 of its 100 columns' cells, more than they write (203), "
                    + "and each left out is written as an empty cell"
            ])
        let fine = "| a | b | c |\n|---|---|---|\n" + repeated("| 1 | 2 |\n", 300)
        #expect(errors(fine) == [])
    }

    @Test(arguments: [
        // GHSA-29g3-96g3-jg6c: every delimiter-like line reads the paragraph above again.
        "|-\nt>|-\n",
        // GHSA-29g3-96g3-jg6c: the paragraph's lines are scanned back to the previous `|`.
        ":\n",
    ])
    func delimiterRowsBelowALongParagraphAreRefused(line: String) {
        let markdown = (line == ":\n" ? ":-\n" : "") + repeated(line, 3000) + ":-\n"
        #expect(errors(markdown).first?.contains("is shaped like a table's delimiter row below") == true)
    }

    @Test(arguments: Hostile.deep)
    func deepNestingIsRefused(markdown: String) {
        #expect(errors(markdown).first?.contains("levels deep here; at most 100 are allowed") == true)
    }

    @Test(arguments: Hostile.marks)
    func tooManyInlineMarksInOneParagraphAreRefused(markdown: String) {
        #expect(errors(markdown + "\n") == ["1:1: this paragraph has more than 2000 link brackets and emphasis marks"])
    }

    @Test func tooManyStrikethroughMarksInOneParagraphAreRefused() {
        // GHSA-29g3-96g3-jg6c: strikethrough delimiters cost the square of their number.
        #expect(errors("~e" + repeated(",z~~", 300) + "\n") == ["1:1: this paragraph has more than 256 runs of `~`"])
        #expect(errors("~~old~~ and ~5 min, " + repeated("~~x~~ ", 120) + "\n") == [])
    }

    @Test func unclosedProcessingInstructionsAreRefused() {
        // GHSA-29g3-96g3-jg6c: each `<?` is scanned to the paragraph's end for `?>`.
        #expect(
            errors("-1" + repeated("<?x", 100) + "y\n") == ["1:1: this paragraph has more than 64 `<?` or `<![CDATA[`"])
        #expect(errors(repeated("a <![CDATA[", 100) + "\n").count == 1)
    }

    @Test(arguments: Hostile.words)
    func urlLikeWordsThatAreRescannedTooOftenAreRefused(word: String) {
        #expect(errors("See " + word + " now.\n").first?.hasPrefix("1:5: this ") == true)
        #expect(errors("See " + word + " now.\n").count == 1)
    }

    @Test func aLongReferenceDefinitionUsedOftenIsRefused() {
        // GHSA-29g3-96g3-jg6c: each use copies the definition's URL and title.
        let markdown = "[f]:u\n\"\n" + repeated("[f]\n", 3000) + "[f]:u \"t\n"
        #expect(
            errors(markdown).contains { $0.hasPrefix("1:1: this link reference definition (its URL and title) is ") })
        let references = (1...300).map { "[r\($0)]: https://example.org/\($0) \"Title \($0)\"\n" }.joined()
        #expect(errors(repeated("See [r1] and [r2].\n\n", 300) + references) == [])
    }

    @Test(arguments: [
        (":me@example.org is mine.\n", true), ("to:me@example.org\n", true), ("## mailto:me@example.org\n", true),
        ("| a | xmpp:me@example.org |\n|---|---|\n", true), ("> - o:a@b.co\n", true),
        ("Contact: me@example.org\n", false), ("Write mailto:me@example.org\n", false),
        ("<mailto:me@example.org>\n", false), ("tomorrow:me@example.org\n", false),
    ])
    func anAddressThatMakesTheAutolinkExtensionReadOutsideItsTextIsRefused(markdown: String, refused: Bool) {
        // GHSA-c944-cv5f-hpvr: validate_protocol read before the buffer.
        #expect(errors(markdown).contains { $0.contains("GHSA-c944-cv5f-hpvr") } == refused)
    }

    @Test func hostileTextInsideFencedCodeIsCode() {
        let hostile = repeated("![[]()", 1000) + "\n|" + repeated("x|", 300) + "\n" + repeated(">", 200) + "\n"
        #expect(errors("```\n" + hostile + "```\n\n~~~~ text\n" + hostile + "~~~~\n") == [])
        // A fence inside an HTML block is HTML: what follows it is counted.
        #expect(errors("<div>\n```\n\n" + hostile) != [])
    }

    @Test func largeOrdinaryContentIsNotRefused() {
        let table =
            "| Tool | Why | Link |\n|:---|---|---:|\n"
            + (1...400).map { "| **Tool \($0)** | _fast_ and ~~old~~ | [docs](https://example.org/\($0)?a_b=1) |\n" }
            .joined()
        let list = (1...400).map { "- [@article@Read \($0)](https://example.org/a_b/\($0)) by *someone*\n" }.joined()
        let nested = (0..<12).map { repeated("  ", $0) + "- level \($0)\n" }.joined()
        let quotes = "> > > quoted\n> > more\n"
        let paragraph = (1...200).map { "see [link \($0)](https://x.org/\($0)) and **bold**" }.joined(separator: ", ")
        let markdown = [table, list, nested, quotes, paragraph, "Mail me at me@example.org, see www.example.org."]
            .joined(separator: "\n\n")
        #expect(errors(markdown) == [])
    }

    @Test func allowedWorstCasesStayLinearInOutputSize() {
        // At the limits, what is written grows with the input, at most a fixed number of times over.
        for markdown in [
            "|" + repeated("x|", 128) + "\n|" + repeated("-|", 128) + "\n"
                + repeated("|" + repeated("a|", 64) + "\n", 300),
            repeated("[^a] ", 1900) + "\n\n[^a]: x\n",
            repeated(repeated("*a ", 990) + "\n\n", 20),
        ] {
            #expect(errors(markdown) == [])
            let (body, _) = renderer.render(markdown, source: RoadmapSource(path: "a.md", bodyLineOffset: 0))
            let written = body.introHTML.utf8.count + body.footnotesHTML.utf8.count
            #expect(written < 60 * markdown.utf8.count, "\(written) bytes for \(markdown.utf8.count)")
        }
    }

    @Test func aHostileTableIsAnErrorAtItsLineAndNothingIsBuilt() throws {
        // The input: a 1,000-column header and 1,000 short rows, about 6 KB.
        let body = "## Steps\n\n|" + repeated("a|", 1000) + "\n|" + repeated("-|", 1000) + "\n" + repeated("b\n", 1000)
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01", body: body)])
        let result = site.build()
        #expect(!result.succeeded)
        #expect(
            result.messages == [
                "content/roadmaps/a.md:7:1: error: this line has 1000 table cells; at most 128 are allowed"
            ])
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    /// The 16-bytes-at-a-time search (`ByteSearch`) finds what the byte-by-byte rule does: every
    /// byte value at every offset of the text (in whole blocks, and in its last 15 bytes), from
    /// every start, and with the search ending before it, where the blocks look past its end.
    @Test func theSearchForSpecialBytesFindsWhatTheByteRuleDoes() {
        let specials = MarkdownLimitScan.specials
        let rule = Set("[]*_~<@:.".utf8)
        #expect((0...255).map(UInt8.init).filter(specials.contains) == rule.sorted())
        let length = 40
        for value in 0...255 {
            let byte = UInt8(value)
            for offset in 0..<length {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                bytes[offset] = byte
                bytes.withUnsafeBufferPointer { buffer in
                    for start in 0...length {
                        let expected = rule.contains(byte) && start <= offset ? offset : length
                        #expect(specials.first(in: buffer, from: start, to: length) == expected)
                        if start <= offset {
                            let end = (start + offset) / 2
                            #expect(specials.first(in: buffer, from: start, to: end) == end)
                        }
                    }
                }
            }
        }
    }
}
