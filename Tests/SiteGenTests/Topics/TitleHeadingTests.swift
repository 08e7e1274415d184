import Testing

@testable import SiteGen

/// A topic file's `# ` title heading read without cmark-gfm when it is plain text
/// (`TitleHeading.plainContent(ofHeading:)`), against cmark-gfm's reading of the same line.
@Suite("Topics: the title heading")
struct TitleHeadingTests {
    /// Every line of up to three characters from a set of letters, blanks, `#`, punctuation
    /// that is plain and punctuation that is Markdown, and of up to five from the plain ones
    /// with blanks and `#` (closing sequences), after each kind of opening; plus lines as topic
    /// files write them.
    static let lines: [String] = {
        func strings(of alphabet: [String], upTo length: Int) -> [String] {
            var all = [""]
            var level = [""]
            for _ in 0..<length {
                level = level.flatMap { prefix in alphabet.map { prefix + $0 } }
                all += level
            }
            return all
        }
        let contents =
            strings(
                of: ["a", "Z", "9", " ", "\t", "#", ".", ":", "(", "é", "|", "\\", "*", "_", "`", "&", "<", "@", "~"],
                upTo: 3)
            + strings(of: ["a", " ", "#", ".", "é", "|"], upTo: 5)
        let openings = ["#", "# ", "#\t", "   # ", "#  "]
        return openings.flatMap { opening in contents.map { opening + $0 } } + [
            "# Caching: what, where and when (HTTP/1.1) #", "# Node.js 20 & npm", "# C++ for \"systems\" #  ",
            "# SQL joins ##x", "# a # b", "#     ##", "# www.example.org/a?b=1", "# 100% {braces} $5 ^up^",
            "# mailto:me", "# Ünïcödé — dash", "# x \\#", "# `code` #",
        ]
    }()

    @Test func aPlainHeadingReadsAsCMarkGFMReadsIt() {
        var plain = 0
        for line in Self.lines {
            let body = "\n" + line + "\nText.\n"
            let fast = TitleHeading.find(in: body)
            let parsed = TitleHeading.find(in: body, parsingEveryLine: true)
            #expect(fast == parsed, "\(line.debugDescription)")
            var bytes = Array(line.utf8)
            if bytes.withUnsafeMutableBufferPointer({ TitleHeading.plainContent(ofHeading: .init($0)) }) != nil {
                plain += 1
            }
        }
        // Most lines of the set are plain: the comparison covers the fast path, not only the other.
        #expect(plain > Self.lines.count / 3)
    }

    @Test func aHeadingWithMarkdownIsNotPlain() {
        for line in ["# a *b*", "# a_b", "# `x`", "# &amp;", "# <b>", "# [a]", "# a\\b", "# a~b", "# a@b", "# a\tb"] {
            var bytes = Array(line.utf8)
            #expect(bytes.withUnsafeMutableBufferPointer { TitleHeading.plainContent(ofHeading: .init($0)) } == nil)
        }
        var bytes = Array("#  Caching ### ".utf8)
        #expect(bytes.withUnsafeMutableBufferPointer { TitleHeading.plainContent(ofHeading: .init($0)) } == "Caching")
    }
}
