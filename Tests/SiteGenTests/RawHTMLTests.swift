import Testing

@testable import SiteGen

/// Raw HTML in roadmap bodies is filtered as GitHub filters it: the tags GitHub shows stay,
/// the others go with one warning each, comments go silently, and no words are glued.
@Suite("Raw HTML")
struct RawHTMLTests {
    func render(_ markdown: String) -> (RoadmapBody, [String]) {
        BodyTests().render(markdown)
    }

    @Test func keepsALineBreakInATableCell() {
        let (body, messages) = render("| Sorts |\n|---|\n| merge sort<br>quick sort |\n")
        #expect(messages == [])
        #expect(body.introHTML.contains("<td>merge sort<br>quick sort</td>"))
    }

    @Test func keepsSuperscriptsAcrossTheirNodes() {
        // `<sup>` and `</sup>` are two raw HTML nodes around a text node.
        let (body, messages) = render("Sorting in O(n<sup>2</sup>) time, or n<sup>*log* n.\n")
        #expect(messages == [])
        #expect(body.introHTML == "<p>Sorting in O(n<sup>2</sup>) time, or n<sup><em>log</em> n.</sup></p>\n")
    }

    @Test func keepsADetailsBlockWithItsSummaryAndMarkdown() {
        let (body, messages) = render(
            "## Q\n\n<details>\n<summary>Answer</summary>\n\nSome **markdown**.\n\n</details>\n\nAfter.\n")
        #expect(messages == [])
        #expect(
            body.sections[0].html
                == "<details>\n<summary>Answer</summary>\n<p>Some <strong>markdown</strong>.</p>\n</details>\n<p>After.</p>\n"
        )
    }

    @Test func dropsCommentsWithoutAWarning() {
        let (body, messages) = render("Text <!-- TODO: more --> here.\n\n<!--\nA block comment.\n-->\n\nEnd.\n")
        #expect(messages == [])
        #expect(body.introHTML == "<p>Text  here.</p>\n<p>End.</p>\n")
    }

    @Test func warnsOncePerDroppedTagAtItsLineAndColumn() {
        let (body, messages) = render(
            "Some <font color=red>red</font> text, é <script>alert(\"*x*\")</script> done.\n\n<div>\n  <center>c</center>\n</div>\n"
        )
        #expect(
            messages == [
                "b.md:5:6: warning: raw HTML `<font>` is left out (GitHub does not allow it); its text is kept",
                "b.md:5:41: warning: raw HTML `<script>` is left out with its content (GitHub does not allow it)",
                "b.md:8:3: warning: raw HTML `<center>` is left out (GitHub does not allow it); its text is kept",
            ])
        #expect(body.introHTML == "<p>Some red text, é  done.</p>\n<div>\n  c\n</div>\n")
    }

    @Test func closesWhatASectionLeavesOpenBeforeTheNext() {
        let (body, _) = render("## A\n\n<div>\n<b>open\n\n## B\n\n</div></b> text\n")
        #expect(body.sections[0].html == "<div>\n<b>open\n</b></div>")
        // The stray end tags are dropped; the rest of their HTML block is text.
        #expect(body.sections[1].html == " text\n")
    }

    @Test func aRawElementSpansSubheadingsButNotQuestions() {
        let (body, _) = render(
            "## A\n\n<details><summary>More</summary>\n\n### Inside\n\nText.\n</details>\n\n"
                + "## FAQ\n\n### One?\n\n<div>\n\n### Two?\n\nYes.\n")
        #expect(
            body.sections[0].html
                == "<details><summary>More</summary>\n<h3 id=\"inside\">Inside</h3>\n<p>Text.</p>\n</details>\n")
        #expect(body.sections[1].faq?.questions.map(\.answerHTML) == ["<div>\n</div>", "<p>Yes.</p>\n"])
    }

    @Test func aMarkdownBlockClosesARawParagraph() {
        let (body, _) = render("<p>Intro\n\nA paragraph.\n")
        #expect(body.introHTML == "<p>Intro\n</p>\n<p>A paragraph.</p>\n")
    }

    @Test func markdownLinksStaySafeBesideSanitizedRawHTML() {
        // Raw HTML is written without cmark-gfm's unsafe mode; dangerous Markdown links are still
        // left out (their text kept).
        let (body, _) = render("[x](javascript:alert(1)) <b>b</b> ![i](data:text/html,x)\n")
        #expect(body.introHTML == "<p>x <b>b</b> i</p>\n")
    }

    @Test func plainTextReadsRawHTMLAsAReaderDoes() {
        #expect(
            MarkdownText.firstParagraph(of: "merge sort<br>quick sort, in n<sup>2</sup><!-- c --><script>x</script>.\n")
                == "merge sort quick sort, in n2.")
        let (body, _) = render("## FAQ\n\n### Sorting in O(n<sup>2</sup>)<br>or faster?\n\nYes.\n")
        #expect(body.sections[0].faq?.questions.map(\.questionText) == ["Sorting in O(n2) or faster?"])
    }

    @Test func keepsRawHTMLAsItIsWhenTheSiteAllowsIt() {
        let unsafe = RoadmapBodyRenderer(allowsRawHTML: true, links: BodyTests().renderer.links)
        let (kept, messages) = unsafe.render(
            "<div>raw</div>\n\n<font>f</font> <!-- c -->\n\n<script>alert(1)</script>\n",
            source: RoadmapSource(path: "b.md", bodyLineOffset: 0))
        #expect(messages.isEmpty)
        #expect(kept.introHTML == "<div>raw</div>\n<p><font>f</font> <!-- c --></p>\n&lt;script>alert(1)&lt;/script>\n")
    }
}
