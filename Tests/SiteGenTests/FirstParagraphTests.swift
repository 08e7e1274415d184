import Foundation
import Testing

@testable import SiteGen

/// A roadmap's description from its first paragraph, worked out from as little of the body as
/// tells it: always the answer the whole body gives.
@Suite("Markdown: first paragraph")
struct FirstParagraphTests {
    @Test func theCommonBodyIsAnsweredFromItsFirstLines() {
        let body = "\nPipelines, *warehouses* and `dbt`.\n\n## Steps\n\n1. Learn [SQL](sql.md).\n"
        #expect(
            MarkdownText.firstParagraph(ofPrefix: "\nPipelines, *warehouses* and `dbt`.\n\n")
                == .found("Pipelines, warehouses and dbt."))
        #expect(MarkdownText.prefixEnd(of: body, from: 0) == "\nPipelines, *warehouses* and `dbt`.\n\n".utf8.count)
        #expect(MarkdownText.firstParagraph(of: body) == "Pipelines, warehouses and dbt.")
    }

    @Test func aReferenceDefinedFurtherOnNeedsTheWholeBody() {
        let body = "See [Go][go] and [the docs][].\n\n## Steps\n\nText.\n\n[go]: https://go.dev\n[the docs]: /docs\n"
        #expect(MarkdownText.firstParagraph(ofPrefix: "See [Go][go] and [the docs][].\n\n") == .needsWholeText)
        #expect(MarkdownText.firstParagraph(of: body) == "See Go and the docs.")
    }

    @Test func aParagraphNotYetFollowedByALineNeedsMoreText() {
        #expect(MarkdownText.firstParagraph(ofPrefix: "## Steps\n\n- one\n\n") == .needsMoreText)
        #expect(MarkdownText.firstParagraph(ofPrefix: "Setext title\n") == .needsMoreText)
        #expect(MarkdownText.firstParagraph(of: "Setext title\n===\n\nThen text.\n") == "Then text.")
        #expect(MarkdownText.firstParagraph(of: "a | b\n--- | ---\n\nAfter the table.\n") == "After the table.")
    }

    @Test func aParagraphOfImagesOnlyIsPassedOver() {
        #expect(MarkdownText.firstParagraph(ofPrefix: "![diagram](d.png)\n\nWords.\n\n") == .found("Words."))
        #expect(MarkdownText.firstParagraph(ofPrefix: "![diagram](d.png)\n\n") == .needsMoreText)
        #expect(MarkdownText.firstParagraph(of: "![diagram](d.png)\n\n## Steps\n\nWords.\n\nMore.\n") == "Words.")
    }

    /// Pieces of Markdown that end or change paragraphs, or make their text depend on lines
    /// further on, joined at random (with a fixed seed).
    static func randomBodies(count: Int) -> [String] {
        let pieces = [
            "Intro with *emphasis*, `code` and a [link](https://example.org).",
            "A line\ncontinued on the next", "Setext title\n===", "Another title\n---",
            "| a | b |\n| --- | --- |\n| 1 | 2 |", "a | b\n--- | ---", "See [Go][go] and a note[^1].",
            "[go]: https://go.dev", "[^1]: The note.", "```\ncode\n\nstill code\n```", "    indented code",
            "<!-- a comment\n\nstill the comment -->", "<div>\nraw\n</div>", "> quoted\n\n> again",
            "- item\n\n  its second paragraph\n- next", "1. one\n2. two", "## Heading", "Bare https://auto.example.org",
            "Brackets a[0] and b]", "![logo][logo]", "[logo]: /logo.png \"Logo\"", "***",
            "Hard break  \nafter two spaces", "   ", "Ünïcödé — text", "<https://example.org/angle>",
            "Text then\n| x |\n| - |", "[not]: a definition", "[multi]:\n/url\n'title'", "Text\n    lazy indented",
            "[^note]:\n    indented note", "*", "Text with &amp; and &#35;", "[Go]", "\\[escaped]",
            "![diagram](diagram.png)", "![a](a.png) ![b](b.png)", "Text with ![an image](i.png) inside",
            "![logo][logo] and words",
        ]
        let separators = ["\n", "\n\n", "\n\n\n", "\n  \n", "\n\t\n"]
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            var body = next(3) == 0 ? "\n" : ""
            for index in 0..<(1 + next(7)) {
                if index > 0 { body += separators[next(separators.count)] }
                body += pieces[next(pieces.count)]
            }
            body += next(2) == 0 ? "\n" : ""
            return body
        }
    }

    /// Random bodies (`randomBodies`): the answer must be the whole body's.
    @Test func everyBodyGetsTheWholeBodysAnswer() {
        let differing = Self.randomBodies(count: 3_000).filter {
            MarkdownText.firstParagraph(of: $0) != MarkdownText.firstParagraph(ofWhole: $0)
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
    }

    @Test func theFixturesAndTheSampleContentGetTheWholeBodysAnswer() throws {
        var directories = [TestFiles.fixtures + "/site/content/roadmaps"]
        directories.append(TestFiles.packageRoot + "/content/roadmaps")
        var checked = 0
        for directory in directories {
            for name in try FileManager.default.contentsOfDirectory(atPath: directory) where name.hasSuffix(".md") {
                guard case .success(let split) = FrontMatter.read(directory + "/" + name) else { continue }
                #expect(
                    MarkdownText.firstParagraph(of: split.body) == MarkdownText.firstParagraph(ofWhole: split.body),
                    "\(name)")
                checked += 1
            }
        }
        #expect(checked >= 4)
    }
}
