import Testing

@testable import HTMLSanitizer
@testable import SiteGen

/// The sanitizer with GitHub's allow-list, on the HTML authors write in READMEs.
@Suite("HTML sanitizer: GitHub's allow-list")
struct GitHubPolicyTests {
    func sanitize(_ html: String) -> String {
        HTMLFragmentSanitizer.sanitize(html, policy: .gitHub)
    }

    @Test func keepsTheTagsGitHubShows() {
        for html in [
            "merge sort<br>quick sort", "n<sup>2</sup> and H<sub>2</sub>O", "<kbd>Ctrl</kbd>+<kbd>C</kbd>",
            "<details><summary>Answer</summary>Text</details>", "<ins>new</ins> <del>old</del> <s>gone</s>",
            "<q>quoted</q> <abbr title=\"HyperText Markup Language\">HTML</abbr>",
            "<dl><dt>term</dt><dd>definition</dd></dl>",
            "<img src=\"https://example.org/a.png\" alt=\"A\" width=\"40\">", "<p align=\"center\">centred</p>",
            "<a href=\"https://example.org/\">link</a> <a href=\"#setup\">anchor</a> <a href=\"mailto:a@example.org\">mail</a>",
            "<picture><source media=\"(prefers-color-scheme: dark)\" srcset=\"dark.png 1x, https://example.org/d2.png 2x\"><img src=\"light.png\"></picture>",
            "<a name=\"anchor\" id=\"anchor\"></a>",
            "<table><tr><th scope=\"col\">a</th></tr><tr><td colspan=\"2\">b</td></tr></table>",
            "<details open><summary>Open</summary></details>",
        ] {
            #expect(sanitize(html) == html)
        }
    }

    @Test func dropsEventAttributesStylesAndUnsafeURLs() {
        #expect(sanitize("<img src=x onerror=alert(1)>") == "<img src=\"x\">")
        #expect(sanitize("<a href=\"javascript:alert(1)\" onclick=\"x\">a</a>") == "<a>a</a>")
        #expect(sanitize("<a href=\"JaVaScRiPt&colon;alert(1)\">a</a>") == "<a>a</a>")
        #expect(sanitize("<a href=\"vbscript:x\" target=\"_blank\">a</a>") == "<a>a</a>")
        #expect(sanitize("<img src=\"data:image/png;base64,AAAA\" alt=\"x\">") == "<img alt=\"x\">")
        #expect(sanitize("<source srcset=\"a.png 1x, javascript:alert(1) 2x\">") == "<source>")
        #expect(sanitize("<p style=\"color: red\" class=\"x\">p</p>") == "<p>p</p>")
        #expect(sanitize("<div data-x=\"1\" itemscope>d</div>") == "<div itemscope>d</div>")
    }

    @Test func dropsDisallowedTagsKeepingTheirText() {
        #expect(sanitize("<font color=red>red</font> <center>c</center>") == "red c")
        #expect(sanitize("<section>a</section>b") == " a b")
        #expect(sanitize("<input type=checkbox> <button>b</button>") == " b")
    }

    @Test func dropsScriptsStylesAndCommentsWithTheirContent() {
        #expect(sanitize("a<script>alert('<b>x</b>')</script>b") == "ab")
        #expect(sanitize("a<style>p { color: red }</style>b") == "ab")
        #expect(sanitize("a<!-- TODO --> b <!-- multi\nline -->c") == "a b c")
        #expect(sanitize("a<svg><circle r=1 /><p>out</p></svg>b") == "a<p>out</p>b")
        #expect(sanitize("a<textarea><b>x</b></textarea>b") == "ab")
        #expect(sanitize("a<script><!--<script></script>x</script>b") == "ab")
        // A CDATA section outside SVG is a bogus comment up to the first `>`.
        #expect(sanitize("<?php echo 1; ?><!DOCTYPE html><![CDATA[x>y]]>z") == "y]]&gt;z")
    }

    @Test func writesAWellFormedTree() {
        // Elements left open are closed, end tags with nothing open are dropped.
        #expect(sanitize("<b>bold") == "<b>bold</b>")
        #expect(sanitize("text</div></p>") == "text")
        #expect(sanitize("<b><i>x</b>y</i>") == "<b><i>x</i></b>y")
        // End tags HTML lets authors leave out.
        #expect(sanitize("<ul><li>a<li>b</ul>") == "<ul><li>a</li><li>b</li></ul>")
        #expect(
            sanitize("<table><tr><td>a<td>b<tr><td>c</table>")
                == "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>")
        #expect(sanitize("<p>a<p>b<div>c</div>") == "<p>a</p><p>b</p><div>c</div>")
        #expect(sanitize("<dl><dt>a<dd>b<dt>c</dl>") == "<dl><dt>a</dt><dd>b</dd><dt>c</dt></dl>")
        // An end tag cannot reach out of a table cell, nor `</li>` out of a nested list.
        #expect(
            sanitize("<div><table><tr><td></div>x</td></tr></table></div>")
                == "<div><table><tr><td>x</td></tr></table></div>")
        #expect(sanitize("<ul><li>a<ul></li><li>b</ul></ul>") == "<ul><li>a<ul><li>b</li></ul></li></ul>")
        // `</br>` is a line break, as browsers read it.
        #expect(sanitize("a</br>b") == "a<br>b")
    }

    @Test func escapesTextAndAttributeValues() {
        #expect(sanitize("1 < 2 & 3 > 2") == "1 &lt; 2 &amp; 3 &gt; 2")
        #expect(
            sanitize("&lt;b&gt; &amp;amp; &copy; &xyz; &#x1F600; &notin; &notit;")
                == "&lt;b&gt; &amp;amp; © &amp;xyz; 😀 ∉ ¬it;")
        #expect(
            sanitize("<abbr title='say \"hi\" & <go>'>x</abbr>")
                == "<abbr title=\"say &quot;hi&quot; &amp; <go>\">x</abbr>")
        #expect(sanitize("a&nbsp;b") == "a&nbsp;b")
        #expect(sanitize("<a href=\"?a=1&copy=2\">x</a>") == "<a href=\"?a=1&amp;copy=2\">x</a>")
    }

    @Test func keepsItsStateAcrossTheFragmentsOfAScope() {
        var scope = HTMLFragmentSanitizer(policy: .gitHub)
        #expect(scope.sanitize("<sup>").output == "<sup>")
        #expect(scope.hasOpenElements)
        #expect(scope.sanitize("</sup>").output == "</sup>")
        #expect(!scope.hasOpenElements)
        #expect(scope.sanitize("<style>").output == "")
        #expect(scope.isRemovingContent)
        #expect(scope.sanitize("p { x: 1 }</style><b>").output == "<b>")
        #expect(!scope.isRemovingContent)
        #expect(scope.finish() == "</b>")
    }

    @Test func reportsEachDroppedStartTagOnceWithItsOffset() {
        var scope = HTMLFragmentSanitizer(policy: .gitHub)
        let result = scope.sanitize("<font>a</font> é<script>x</script></center>")
        #expect(
            result.droppedTags == [
                DroppedTag(name: "font", offset: 0, removesContent: false),
                DroppedTag(name: "script", offset: 17, removesContent: true),
            ])
    }

    @Test func plainTextSeparatesWhatABrowserShowsApart() {
        func text(_ html: String) -> String {
            HTMLFragmentSanitizer.sanitize(html, policy: .plainText, output: .text)
        }
        #expect(text("merge sort<br>quick sort") == "merge sort quick sort")
        #expect(text("n<sup>2</sup> &amp; <b>bold</b>") == "n2 & bold")
        #expect(text("<details><summary>Q</summary>A</details>") == "  Q A ")
        #expect(text("a<!-- c --><script>x</script><style>y</style>b") == "ab")
    }

    /// Random fragments of HTML's pieces: the output always reads back as itself, so it holds no
    /// tag, attribute or character the sanitizer would change (no script, no `on...`, no stray
    /// end tag, nothing unescaped).
    @Test func randomFragmentsComeOutAsFixedPoints() {
        let pieces = [
            "<", ">", "</", "/>", "<!--", "-->", "<!", "<?", "&", "&amp;", "&#", "x3c;", "#60;", ";", "=", "\"", "'",
            "`", " ", "\n", "\t", "a", "b", "br", "sup", "div", "p", "li", "ul", "td", "tr", "table", "script",
            "style", "svg", "math", "textarea", "plaintext", "details", "summary", "img", "src", "href",
            "onerror", "javascript:", "http://x", "data:", "[CDATA[", "]]>", "\u{0}", "\u{A0}", "é",
        ]
        var random = FuzzTests.SeededGenerator(state: 20_260_427)
        for _ in 0..<3_000 {
            var fragment = ""
            for _ in 0..<Int(random.next() % 40) { fragment += pieces[Int(random.next() % UInt64(pieces.count))] }
            let once = sanitize(fragment)
            #expect(sanitize(once) == once, "\(fragment.debugDescription)")
        }
    }
}
