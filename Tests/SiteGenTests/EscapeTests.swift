import Testing

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

    @Test func jsonStringCannotCloseAScriptElement() {
        let json = Escape.jsonString(hostile)
        #expect(!json.contains("</"))
        #expect(!json.contains("<"))
        #expect(!json.contains("\u{2028}"))
        #expect(
            json == "\"\\u003cscript\\u003ealert(\\\"x\\\")\\u003c/script\\u003e \\u0026 'q' ]]\\u003e \\u2028end\"")
    }
}
