import Testing

@testable import SiteGen

/// The markup the theme needs from a rendered body: images that load lazily, task-list
/// checkboxes named by their text (issue 14, "The default theme").
@Suite("Theme: markup of a rendered body")
struct BodyMarkupTests {
    func html(_ markdown: String, rawHTML: Bool = false) -> String {
        let renderer = RoadmapBodyRenderer(
            allowsRawHTML: rawHTML,
            links: LinkRewriter(
                paths: SitePaths(basePath: "/docs/"), slug: Slug("go")!, published: [Slug("go")!], drafts: []))
        return renderer.render(markdown, source: RoadmapSource(path: "go.md", bodyLineOffset: 0)).0.introHTML
    }

    @Test func imagesLoadLazilyAndKeepCmarkGFMsMarkup() {
        #expect(
            html("![A *gopher* & `go`](gopher.png \"The \\\"gopher\\\"\")\n")
                == "<p><img loading=\"lazy\" decoding=\"async\" src=\"/docs/go/gopher.png\" alt=\"A gopher &amp; go\" title=\"The &quot;gopher&quot;\" /></p>\n"
        )
        // An image inside a link, and one in another's description (part of that one's alt text).
        #expect(
            html("[![Logo](https://example.org/l.png)](https://example.org/)\n")
                == "<p><a href=\"https://example.org/\"><img loading=\"lazy\" decoding=\"async\" src=\"https://example.org/l.png\" alt=\"Logo\" /></a></p>\n"
        )
        #expect(
            html("![outer ![inner](i.png)](o.png)\n")
                == "<p><img loading=\"lazy\" decoding=\"async\" src=\"/docs/go/o.png\" alt=\"outer inner\" /></p>\n")
    }

    @Test func everyImageOfABodyIsLazyWhateverTheRawHTMLSetting() {
        for rawHTML in [false, true] {
            let page = html("Text ![a](a.png) and ![b](b.png)\n\n| x |\n|---|\n| ![c](c.png) |\n", rawHTML: rawHTML)
            #expect(page.components(separatedBy: "<img loading=\"lazy\" decoding=\"async\" src=").count == 4)
            #expect(!page.contains("<img src="))
            #expect(
                page.contains("<td><img loading=\"lazy\" decoding=\"async\" src=\"/docs/go/c.png\" alt=\"c\" /></td>"))
        }
        // Raw HTML images too, but an attribute the author wrote is kept, not doubled.
        #expect(
            html(
                "<img src=\"https://example.org/r.png\" alt=\"r\">\n\nA <IMG SRC=\"https://example.org/s.png\" LOADING=\"eager\"> b\n"
            )
                == "<img loading=\"lazy\" decoding=\"async\" src=\"https://example.org/r.png\" alt=\"r\">\n<p>A <img decoding=\"async\" src=\"https://example.org/s.png\" loading=\"eager\"> b</p>\n"
        )
        // Text that shows image markup stays as written.
        #expect(
            html("`<img src=\"x\">` and \\<img src=\"y\">\n")
                == "<p><code>&lt;img src=&quot;x&quot;&gt;</code> and &lt;img src=&quot;y&quot;&gt;</p>\n")
    }

    @Test func taskCheckboxesAreLabelledByTheirText() {
        #expect(
            html("- [x] Read the *docs*\n- [ ] Ship [it](https://example.org/)\n")
                == """
                <ul>
                <li><label class="task"><input type="checkbox" disabled checked> Read the <em>docs</em></label></li>
                <li><label class="task"><input type="checkbox" disabled> Ship <a href="https://example.org/">it</a></label></li>
                </ul>

                """)
        // In a loose list the label is in the item's first paragraph.
        #expect(
            html("- [ ] One\n\n- [x] Two\n\n  More.\n")
                == """
                <ul>
                <li>
                <p><label class="task"><input type="checkbox" disabled> One</label></p>
                </li>
                <li>
                <p><label class="task"><input type="checkbox" disabled checked> Two</label></p>
                <p>More.</p>
                </li>
                </ul>

                """)
    }

    @Test func rawHTMLInATaskIsFilteredInsideItsLabel() {
        #expect(
            html("- [ ] Sort in O(n<sup>2</sup>) <script>x</script>\n")
                == "<ul>\n<li><label class=\"task\"><input type=\"checkbox\" disabled> Sort in O(n<sup>2</sup>) </label></li>\n</ul>\n"
        )
    }

    @Test func aTaskWithoutTextIsNamedAndOrdinaryItemsAreLeftAlone() {
        let empty = html("- [ ]   \n- [x] done\n")
        #expect(empty.contains("<span class=\"task\"><input type=\"checkbox\" disabled aria-label=\"Task\">"))
        #expect(!empty.contains("<input type=\"checkbox\" disabled=\"\""))
        #expect(
            html("- [ ]\n- plain\n1. one\n") == "<ul>\n<li>[ ]</li>\n<li>plain</li>\n</ul>\n<ol>\n<li>one</li>\n</ol>\n"
        )
    }
}
