import Testing

@testable import SiteGen

@Suite("Sections and FAQ")
struct BodyTests {
    let renderer = RoadmapBodyRenderer(
        allowsRawHTML: false,
        links: LinkRewriter(
            paths: SitePaths(basePath: "/docs/"), slug: Slug("backend")!,
            published: [Slug("backend")!, Slug("python")!],
            drafts: [Slug("secret")!]))

    func render(_ markdown: String) -> (RoadmapBody, [String]) {
        let (body, diagnostics) = renderer.render(markdown, source: RoadmapSource(path: "b.md", bodyLineOffset: 4))
        let formatter = DiagnosticFormatter(workingDirectory: "/")
        return (body, diagnostics.sorted().map { formatter.compilerStyle($0).split(separator: "\n")[0].description })
    }

    @Test func splitsAtLevelTwoHeadingsInOrder() {
        let (body, messages) = render("Intro.\n\n## One\n\nA.\n\n### Sub\n\nB.\n\n## Two\n\n- x\n")
        #expect(messages == [])
        #expect(body.introHTML == "<p>Intro.</p>\n")
        #expect(body.sections.map(\.id) == ["one", "two"])
        #expect(body.sections.map(\.titleText) == ["One", "Two"])
        #expect(body.sections[0].html == "<p>A.</p>\n<h3 id=\"sub\">Sub</h3>\n<p>B.</p>\n")
        #expect(body.sections[1].html == "<ul>\n<li>x</li>\n</ul>\n")
        #expect(body.sections.allSatisfy { $0.faq == nil })
    }

    @Test func headingTitlesLoseTheirTagsWhateverCharacterTheyStartOrEndWith() {
        // A combining mark at the start (or a prepending mark at the end) merges with the tag
        // into one Character; cutting the tags by Characters left them in the title.
        let (body, _) = render("## \u{301}Combining start\n\nA.\n\n## Ends prepend\u{600}\n\nB.\n")
        #expect(body.sections.map(\.titleHTML) == ["\u{301}Combining start", "Ends prepend\u{600}"])
    }

    @Test func splitsTheFAQIntoQuestionsAndAnswers() {
        let (body, messages) = render(
            "## Steps\n\nS.\n\n## Frequently Asked Questions\n\n### Why?\n\nBecause.\n\nMore.\n\n### How *long*?\n\n- a\n\n## After\n"
        )
        #expect(messages == [])
        let faq = body.sections[1].faq
        #expect(faq?.questions.map(\.questionText) == ["Why?", "How long?"])
        #expect(faq?.questions.map(\.questionHTML) == ["Why?", "How <em>long</em>?"])
        #expect(faq?.questions.map(\.answerHTML) == ["<p>Because.</p>\n<p>More.</p>\n", "<ul>\n<li>a</li>\n</ul>\n"])
        #expect(faq?.questions.map(\.id) == ["why", "how-long"])
        #expect(body.sections.map(\.titleText) == ["Steps", "Frequently Asked Questions", "After"])
    }

    @Test(arguments: ["FAQ", "faq", "FAQs", "Frequently asked questions"])
    func recognisesFAQTitles(_ title: String) {
        let (body, _) = render("## \(title)\n\n### Q?\n\nA.\n")
        #expect(body.sections.first?.faq?.questions.count == 1)
    }

    @Test func reportsDuplicateQuestionsAndEmptyFAQ() {
        let (_, duplicate) = render("## FAQ\n\n### Same?\n\nA.\n\n### Same?\n\nB.\n")
        #expect(duplicate == ["b.md:11:1: error: the FAQ asks \"Same?\" twice (first at line 7)"])
        let (_, empty) = render("## FAQ\n\nNo questions here.\n")
        #expect(empty == ["b.md:5:1: error: the FAQ section has no questions"])
    }

    @Test func warnsAboutALevelOneHeading() {
        let (body, messages) = render("# Big\n\n## Small\n")
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("b.md:5:1: warning: ") == true)
        #expect(body.sections.count == 2)
    }

    @Test func giveRepeatedHeadingsNumberedIds() {
        let (body, _) = render("## Setup\n\n### Setup\n\n## Setup\n\n## Related roadmaps\n")
        #expect(body.sections.map(\.id) == ["setup", "setup-2", "related-roadmaps-1"])
        #expect(body.sections[0].html == "<h3 id=\"setup-1\">Setup</h3>\n")
    }

    @Test func rewritesLinksToRoadmapFilesAndFragments() {
        let (body, messages) = render(
            "## L\n\n[p](python.md) [s](python.md#setup) [f](#l) [x](https://x.org/a.md) [d](secret.md)\n")
        #expect(
            messages == [
                "b.md:7:69: warning: link to `secret.md`, a draft left out of this build; its text is shown without a link"
            ])
        #expect(
            body.sections[0].html
                == "<p><a href=\"/docs/python/\">p</a> <a href=\"/docs/python/#setup\">s</a> <a href=\"/docs/backend/#l\">f</a> <a href=\"https://x.org/a.md\">x</a> d</p>\n"
        )
    }

    @Test func reportsBrokenRoadmapLinksAtTheirColumn() {
        let (_, messages) = render("## L\n\nSee é [the guide](nowhere.md).\n")
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("b.md:7:7: error: ") == true)
    }

    @Test func rendersGitHubExtensions() {
        let (body, _) = render(
            "## X\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n~~old~~ www.example.org\n\n- [x] done\n\nNote[^n].\n\n[^n]: The note.\n"
        )
        let html = body.sections[0].html
        #expect(html.contains("<table>"))
        #expect(html.contains("<th style=\"text-align: left\">a</th>"))
        #expect(html.contains("<del>old</del>"))
        #expect(html.contains("<a href=\"http://www.example.org\">www.example.org</a>"))
        #expect(html.contains("<li><label class=\"task\"><input type=\"checkbox\" disabled checked> done</label></li>"))
        #expect(
            html.contains("<sup class=\"footnote-ref\"><a href=\"#fn-n\" id=\"fnref-n\" data-footnote-ref>1</a></sup>"))
        #expect(body.footnotesHTML.contains("The note."))
    }
}
