import Testing

@testable import SiteGen

/// Collapsing white space on UTF-8 bytes (ASCII text) gives what collapsing it on characters
/// (`Character.isWhitespace`, any text) gives.
@Suite("Markdown: collapsed white space")
struct CollapsedWhitespaceTests {
    @Test func trimsTheEndsAndMakesEachRunOneSpace() {
        #expect(
            CollapsedWhitespace.collapsed(" \t Pipelines,\r\n\u{0B}\u{0C}warehouses  and dbt.\n")
                == "Pipelines, warehouses and dbt.")
        #expect(CollapsedWhitespace.collapsed("a\u{A0}\u{3000}b\u{85}c\u{200B}d") == "a b c\u{200B}d")
        #expect(CollapsedWhitespace.collapsed(" \n\t") == "")
        #expect(CollapsedWhitespace.collapsed("") == "")
        // A control character that is not white space stays, as a character does.
        #expect(CollapsedWhitespace.collapsed("a\u{1F} \u{00}b\u{7F}") == "a\u{1F} \u{00}b\u{7F}")
    }

    @Test func whiteSpaceScalarsAreUnicodes() {
        let differing = (UInt32(0)...0x10_FFFF).compactMap(Unicode.Scalar.init).filter {
            CollapsedWhitespace.isWhitespace($0.value) != $0.properties.isWhitespace
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
    }

    /// Each scalar said to stand alone makes a character of its own beside each white-space
    /// scalar, on either side, as Swift breaks characters.
    @Test func scalarsThatStandAloneNeverJoinWhiteSpace() {
        let whitespace = (UInt32(0)...0x3000).compactMap(Unicode.Scalar.init).filter(\.properties.isWhitespace)
        var joining: [Unicode.Scalar] = []
        for scalar in (UInt32(0x80)...0x10_FFFF).compactMap(Unicode.Scalar.init)
        where CollapsedWhitespace.standsAlone(scalar.value) {
            for space in whitespace where !CollapsedWhitespace.isWhitespace(scalar.value) {
                var pair = String.UnicodeScalarView()
                pair.append(contentsOf: [space, scalar])
                var reversed = String.UnicodeScalarView()
                reversed.append(contentsOf: [scalar, space])
                if String(pair).count != 2 || String(reversed).count != 2 { joining.append(scalar) }
            }
        }
        #expect(joining.isEmpty, "\(joining.prefix(5))")
        // A combining mark joins a space before it: the reason not every scalar stands alone.
        #expect(!CollapsedWhitespace.standsAlone(0x301) && " \u{301}".count == 1)
    }

    /// Every ASCII byte (controls and all white space among them), non-ASCII spaces, a
    /// combining mark (a space followed by one is one white-space character), `\r\n`, a
    /// zero-width space (not white space) and letters beyond ASCII, joined at random with a
    /// fixed seed; half the strings are ASCII only, so both paths are taken.
    @Test func bytesAndCharactersGiveTheSameText() {
        let ascii = (0..<128).map { String(UnicodeScalar(UInt8($0))) } + ["\r\n", "  ", "word"]
        let other = [
            "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2005}", "\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}",
            "\u{205F}", "\u{3000}", "\u{301}", "\u{200B}", "\u{FEFF}", "é", "Ü", "—", "日本", "🙂", "👩‍💻", "’", "…",
            "\u{600}", "\u{1F3FB}", "\u{200D}", "\u{903}", "\u{20DD}",
        ]
        var state: UInt64 = 0xC0FFEE
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var differing: [String] = []
        var asciiOnly = 0
        for number in 0..<20_000 {
            let pieces = number % 2 == 0 ? ascii : ascii + other
            var text = ""
            for _ in 0..<next(24) { text += pieces[next(pieces.count)] }
            if text.utf8.allSatisfy({ $0 < 0x80 }) { asciiOnly += 1 }
            if CollapsedWhitespace.collapsed(text) != CollapsedWhitespace.collapsedByCharacters(text) {
                differing.append(text)
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5).map { Array($0.unicodeScalars) })")
        #expect(asciiOnly >= 10_000)
    }
}
