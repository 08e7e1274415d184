import CMarkInlineTriggers
import Dispatch
import Testing

@testable import SiteGen

/// Markdown parsed on many threads at once reads as it does alone.
@Suite("Concurrent Markdown")
struct ConcurrentMarkdownTests {
    /// The test runner, as the `sitegen` executable, defines the function cmark-gfm calls to
    /// change its table of inline trigger characters, and cmark-gfm's calls reach it: once a
    /// document is parsed, the table is fixed and parsers finish without the lock.
    @Test func theInlineTriggerTableIsFixedOnceADocumentIsParsed() throws {
        _ = try MarkdownDocument("Not ~~this~~, see https://example.org.\n", allowsRawHTML: false)
        #expect(sitegen_cmark_inline_triggers_fixed())
    }

    @Test func strikethroughAndAutolinksSurviveParallelParsing() {
        let renderer = RoadmapBodyRenderer(
            allowsRawHTML: false,
            links: LinkRewriter(paths: SitePaths(basePath: "/"), slug: Slug("a")!, published: [], drafts: []))
        let markdown =
            String(repeating: "Plain words here. ", count: 40) + "Not ~~this~~, see https://example.org.\n\n"
            + "| a | b |\n|---|---|\n| ~~cell~~ | www.example.com |\n\n- [ ] ~~item~~ https://example.net\n"
        let source = RoadmapSource(path: "a.md", bodyLineOffset: 0)
        let count = 2000
        let results = ParallelResults<Bool>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let html = renderer.render(markdown, source: source).0.introHTML
            results.set(
                index,
                html.contains("<del>this</del>") && html.contains("<a href=\"https://example.org\">")
                    && html.contains("<td><del>cell</del></td>") && html.contains("<a href=\"http://www.example.com\">")
                    && html.contains("<del>item</del> <a href=\"https://example.net\">"))
        }
        #expect(results.values.filter { !$0 }.count == 0)
    }
}
