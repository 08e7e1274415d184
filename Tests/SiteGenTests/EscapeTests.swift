import Testing

@testable import Escaping
@testable import SiteGen

@Suite("Escaping")
struct EscapeTests {
    let hostile = "<script>alert(\"x\")</script> & 'q' ]]> \u{2028}end"

    @Test func htmlEscapesMarkupAndQuotes() {
        #expect(
            Escape.html(hostile)
                == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; ]]&gt; \u{2028}end")
    }

    @Test func xmlEscapesAndDropsCharactersXMLForbids() {
        #expect(
            Escape.xml("a\u{0}b\u{1B}c & <d> \"e\" 'f' ]]>") == "abc &amp; &lt;d&gt; &quot;e&quot; &apos;f&apos; ]]&gt;"
        )
    }

    @Test func textWithNothingToEscapeIsUnchanged() {
        let text = "Grüße, 東京 — \u{1F600} plain text"
        #expect(Escape.html(text) == text)
        #expect(Escape.xml(text) == text)
        #expect(Escape.jsonString(text) == "\"" + text + "\"")
    }

    @Test func xmlDropsNonCharactersButKeepsTheirNeighbours() {
        #expect(Escape.xml("a\u{FFFE}b\u{FFFF}c\u{FFFD}\u{EFFF}\t\r\n\u{7F}") == "abc\u{FFFD}\u{EFFF}\t\r\n\u{7F}")
    }

    @Test func jsonStringEscapesControlCharactersAndLineSeparators() {
        #expect(
            Escape.jsonString("\u{0}\u{1F}\t\r\n\\é\u{2029}\u{2027}\u{2030}")
                == "\"\\u0000\\u001f\\t\\r\\n\\\\é\\u2029\u{2027}\u{2030}\"")
    }

    @Test func jsonStringWritesEveryOtherControlCharacterAsAUnicodeEscape() {
        for value in UInt32(0)..<0x20 where ![0x09, 0x0A, 0x0D].contains(value) {
            let hex = String(value, radix: 16)
            let expected = "\"\\u" + String(repeating: "0", count: 4 - hex.count) + hex + "\""
            #expect(Escape.jsonString(String(UnicodeScalar(value)!)) == expected)
        }
    }

    @Test func utf8ReplacingReplacesEveryOccurrenceByteForByte() {
        #expect(
            "<a href=\"#fn-1\">é</a>".replacingUTF8("href=\"#fn-", with: "href=\"/x/#fn-")
                == "<a href=\"/x/#fn-1\">é</a>")
        #expect("abab-ab".replacingUTF8("ab", with: "é") == "éé-é")
        #expect("aaa".replacingUTF8("aa", with: "b") == "ba")
        #expect("no match, 東京".replacingUTF8("#fn-", with: "x") == "no match, 東京")
        #expect("".replacingUTF8("a", with: "b") == "")
        #expect("a".replacingUTF8("", with: "b") == "a")
    }

    @Test func trailingNewlinesAreTrimmedButCRLFStays() {
        #expect("<p>a</p>\n\n".trimmingTrailingNewlines() == "<p>a</p>")
        #expect("a\r\n".trimmingTrailingNewlines() == "a\r\n")
        #expect("a\r\n\n".trimmingTrailingNewlines() == "a\r\n")
        #expect("\n\n".trimmingTrailingNewlines() == "")
        #expect("é".trimmingTrailingNewlines() == "é")
    }

    @Test func jsonIsWrittenCompactlyInOrderWithCommasBetweenValues() {
        var json = JSONWriter()
        json.openObject()
        json.key("b")
        json.openArray()
        json.string("x")
        json.openArray()
        json.closeArray()
        json.openObject()
        json.closeObject()
        json.integer(7)
        json.openObject()
        json.member("c", literal: "d")
        json.key("e")
        json.openArray()
        json.integer(1)
        json.integer(2)
        json.closeArray()
        json.closeObject()
        json.closeArray()
        json.member("a", "<\u{2028}>")
        json.closeObject()
        #expect(json.text == "{\"b\":[\"x\",[],{},7,{\"c\":\"d\",\"e\":[1,2]}],\"a\":\"\\u003c\\u2028\\u003e\"}")
    }

    /// Each escaping, character by character as its rule reads (HTML Living Standard, "Escaping
    /// a string"; XML 1.0, "Char"; RFC 8259 section 7 with `< > &` and U+2028/U+2029 escaped
    /// for a `<script>` element), for every character up to U+3000 and the XML noncharacters,
    /// alone and between other text: the byte tests that skip most bytes must skip none of these.
    @Test func everyCharacterIsEscapedAsItsRuleSays() {
        func html(_ scalar: Unicode.Scalar) -> String {
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            default: String(scalar)
            }
        }
        func xml(_ scalar: Unicode.Scalar) -> String {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: String(scalar)
            case 0..<0x20, 0xFFFE, 0xFFFF: ""
            case 0x27: "&apos;"
            default: html(scalar)
            }
        }
        func json(_ scalar: Unicode.Scalar) -> String {
            switch scalar.value {
            case 0x22: "\\\""
            case 0x5C: "\\\\"
            case 0x0A: "\\n"
            case 0x0D: "\\r"
            case 0x09: "\\t"
            case 0..<0x20, 0x3C, 0x3E, 0x26, 0x2028, 0x2029:
                "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: String(scalar)
            }
        }
        let scalars = (0..<0x3000).compactMap(Unicode.Scalar.init) + ["\u{FFFE}", "\u{FFFF}", "\u{1F600}"]
        for scalar in scalars {
            // Text of 16 bytes or more is searched 16 bytes at a time (`ByteSearch`): the character
            // is also put in the first block (crossing into the second when long) and in the second.
            let blocks = [
                (String(repeating: "x", count: 14), String(repeating: "y", count: 20)),
                (String(repeating: "p", count: 16), String(repeating: "q", count: 16)),
            ]
            for (before, after) in [("", ""), ("a/b:", ".9-z")] + blocks {
                let text = before + String(scalar) + after
                #expect(Escape.html(text) == before + html(scalar) + after, "\(scalar.value)")
                #expect(Escape.xml(text) == before + xml(scalar) + after, "\(scalar.value)")
                #expect(Escape.jsonString(text) == "\"" + before + json(scalar) + after + "\"", "\(scalar.value)")
            }
        }
    }

    @Test func jsonLiteralsAreWrittenAsTheEscapedTextWouldBe() {
        var literal = JSONWriter()
        literal.openObject()
        literal.member("@type", literal: "https://schema.org/WebPage")
        literal.key("n")
        literal.integer(-3)
        literal.closeObject()
        var escaped = JSONWriter()
        escaped.openObject()
        escaped.member("@type", "https://schema.org/WebPage")
        escaped.key("n")
        escaped.integer(-3)
        escaped.closeObject()
        #expect(literal.text == "{\"@type\":\"https://schema.org/WebPage\",\"n\":-3}")
        #expect(literal.text == escaped.text)
    }

    @Test func jsonStringCannotCloseAScriptElement() {
        let json = Escape.jsonString(hostile)
        #expect(!json.contains("</"))
        #expect(!json.contains("<"))
        #expect(!json.contains("\u{2028}"))
        #expect(
            json == "\"\\u003cscript\\u003ealert(\\\"x\\\")\\u003c/script\\u003e \\u0026 'q' ]]\\u003e \\u2028end\"")
    }
}
