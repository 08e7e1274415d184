import Foundation
import Testing

@testable import SiteGen

/// A topic without a `description` takes its body's first paragraph from the parse that renders
/// the body (`RoadmapBodyRenderer.takesFirstParagraph`): always `MarkdownText.firstParagraph(of:)`'s
/// answer, which parses the body on its own.
@Suite("Markdown: a topic's description from its rendered body")
struct TopicDescriptionTests {
    /// A topic's renderer, with a draft roadmap, a draft topic and a local file to rewrite links to.
    static func renderer(allowsRawHTML: Bool) -> RoadmapBodyRenderer {
        var links = LinkRewriter(
            paths: SitePaths(basePath: "/docs/"), slug: Slug("backend")!,
            published: [Slug("backend")!, Slug("python")!], drafts: [Slug("secret")!])
        links.topics = [Slug("backend")!: [Slug("caching")!, Slug("queues")!]]
        links.draftTopics = [TopicID(roadmap: Slug("backend")!, topic: Slug("queues")!)]
        links.files = ["backend/diagram.png"]
        links.topic = Slug("caching")!
        var renderer = RoadmapBodyRenderer(allowsRawHTML: allowsRawHTML, links: links)
        renderer.takesFirstParagraph = true
        return renderer
    }

    /// The description `renderer` takes of `markdown`.
    static func taken(_ markdown: String, by renderer: RoadmapBodyRenderer) -> String? {
        renderer.renderBody(markdown, source: RoadmapSource(path: "backend/caching.md", bodyLineOffset: 0))
            .firstParagraph
    }

    /// Bodies whose first paragraph the render rewrites (links unlinked or rewritten, raw HTML
    /// left out, a paragraph moved into a section), past the Markdown limits, or with none.
    static let rewrittenBodies = [
        "See [the secret](secret.md) and [queues](queues.md), then [Python](../python.md).\n\nMore.\n",
        "Click [here](javascript:alert(1)) or ![x](javascript:x) now.\n",
        "Text <script>alert(1)</script> and <b>bold</b> <span>kept</span>.\n\n<div>\nblock\n</div>\n",
        "![diagram](diagram.png)\n\n## Steps\n\n- [@article@Caching](https://example.org)\n\nAfter the list.\n",
        "- [ ] a task\n\nThen    words\twith\u{A0}spaces \u{2003} and\u{85}more.\n",
        String(repeating: "[", count: 20_000) + "\n\nText.\n", "", "\n\n", "## Only a heading\n",
    ]

    @Test func randomAndRewrittenBodiesGetTheFirstParagraphOfTheWholeBody() {
        let bodies = FirstParagraphTests.randomBodies(count: 1_500) + Self.rewrittenBodies
        for allowsRawHTML in [false, true] {
            let renderer = Self.renderer(allowsRawHTML: allowsRawHTML)
            let differing = bodies.filter { Self.taken($0, by: renderer) != MarkdownText.firstParagraph(of: $0) }
            #expect(differing.isEmpty, "\(differing.prefix(5))")
        }
        // Not trivially equal: the rewritten bodies have answers, the empty ones none.
        let renderer = Self.renderer(allowsRawHTML: false)
        #expect(Self.taken(Self.rewrittenBodies[0], by: renderer) == "See the secret and queues, then Python.")
        #expect(Self.taken(Self.rewrittenBodies[3], by: renderer) == "After the list.")
        #expect(Self.taken("## Only a heading\n", by: renderer) == nil)
    }

    @Test(.enabled(if: TopicCorpusTests.python != nil, "needs python3"))
    func theTopicCorpusBodiesGetTheFirstParagraphOfTheWholeBody() throws {
        let root = try TopicCorpusTests.generate(roadmaps: 3, topics: 60)
        let renderer = Self.renderer(allowsRawHTML: false)
        let roadmaps = root + "/content/roadmaps"
        var checked = 0
        var diagnostics = Diagnostics()
        for folder in try FileManager.default.contentsOfDirectory(atPath: roadmaps) where !folder.hasSuffix(".md") {
            for name in try FileManager.default.contentsOfDirectory(atPath: roadmaps + "/" + folder) {
                let path = roadmaps + "/" + folder + "/" + name
                let id = TopicID(roadmap: Slug(folder)!, topic: Slug(String(name.dropLast(3)))!)
                let topic = try #require(TopicFile.load(path: path, id: id, into: &diagnostics))
                let body = topic.body
                let taken = Self.taken(body, by: renderer)
                #expect(taken != nil && taken == MarkdownText.firstParagraph(of: body), "\(path)")
                checked += 1
            }
        }
        #expect(checked == 180)
    }
}
