import Foundation
import Testing

@testable import SiteGen

/// The warning for a page that still holds the scaffold's placeholder sentences, against a
/// search written with Foundation's `ranges(of:)`.
@Suite("Scaffold: placeholder sentences")
struct ScaffoldPlaceholdersTests {
    /// Every occurrence of every sentence, as (line, column, sentence), the plain way.
    static func reference(_ parts: [(text: String, lineOffset: Int)]) -> [(Int, Int, String)] {
        var found: [(Int, Int, String)] = []
        for part in parts {
            for sentence in ScaffoldPlaceholders.all {
                for range in part.text.ranges(of: sentence) {
                    let before = part.text[..<range.lowerBound]
                    let line = before.filter { $0 == "\n" }.count + 1
                    let lineStart =
                        before.lastIndex(of: "\n").map { part.text.index(after: $0) } ?? part.text.startIndex
                    // Columns count Unicode scalars, as every diagnostic's do.
                    let column = part.text.unicodeScalars[lineStart..<range.lowerBound].count + 1
                    found.append((part.lineOffset + line, column, sentence))
                }
            }
        }
        return found
    }

    @Test func findsEverySentenceWhereverItIs() throws {
        let all = ScaffoldPlaceholders.all
        let texts = [
            "",
            "A skill. A resource. A project. A question?",
            all.joined(separator: "\n"),
            all.joined() + all.reversed().joined(separator: " "),
            "AAAA" + all[5] + all[5] + "\n\n  - " + all[6] + ": and " + all[7] + "\n" + all[9],
            "Ünïcödé " + all[0] + " — " + all[1].dropLast(),
            String(all[2].dropFirst()) + all[3],
        ]
        let frontMatter = (text: "description: " + all[0] + "\n", lineOffset: 1)
        // With the front matter's sentence first, and without it, so that the first one found
        // is in the body's text.
        for text in texts {
            for parts in [[frontMatter, (text: text, lineOffset: 4)], [(text: text, lineOffset: 4)]] {
                try check(parts, text: text)
            }
        }
        #expect(ScaffoldPlaceholders.warning(in: [("Nothing here. A sentence.", 0)], path: "a.md") == nil)
    }

    func check(_ parts: [(text: String, lineOffset: Int)], text: String) throws {
        let expected = Self.reference(parts)
        guard !expected.isEmpty else {
            #expect(ScaffoldPlaceholders.warning(in: parts, path: "a.md") == nil)
            return
        }
        let warning = ScaffoldPlaceholders.warning(in: parts, path: "a.md")
        let first = try #require(expected.min { ($0.0, $0.1) < ($1.0, $1.1) })
        #expect(warning?.line == first.0 && warning?.column == first.1, "\(text)")
        let more = expected.count - 1
        #expect(
            warning?.message
                == "the page still has the scaffold's placeholder text \(Excerpt.quoted(first.2))"
                + (more > 0 ? " and \(more) more" : ""), "\(text)")
    }
}
