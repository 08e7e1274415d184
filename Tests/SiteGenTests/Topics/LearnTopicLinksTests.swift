import Foundation
import Testing

@testable import SiteGen

/// "What you'll learn" items that name a topic link to its page, built and served as a user runs
/// them; a section of the same title wins over the topic.
@Suite("What you'll learn: items link to topic pages")
struct LearnTopicLinksTests {
    /// A roadmap with a map of topics, a learn list naming a section, topics (by their titles,
    /// not their slugs), a label and nothing, and a section titled as a topic is.
    static let backendBody = """
        ## What you'll learn

        - HTTP & you.
        - *Git*
        - Caching
        - Version control
        - Kubernetes
        - Draft topic

        ## Roadmap

        1. [Internet](backend/internet.md)
           - [HTTP](backend/http.md)
        2. Version control
           1. [Git](backend/git.md)
        3. [Caching](backend/caching.md)
        4. [Draft](backend/draft.md)

        ## Caching

        The section wins over the topic of the same title.

        ## Steps

        1. Learn.

        """

    static func makeSite() -> TestSite {
        TestSite(roadmaps: [
            "backend": roadmapFile("title: Backend\nupdated: 2026-01-01", body: backendBody),
            "backend/internet": "---\nupdated: 2026-02-01\n---\n# Internet\n\nPackets.\n",
            "backend/http": "---\ntitle: HTTP & you\nupdated: 2026-02-02\n---\nRequests.\n",
            "backend/git": "---\nupdated: 2026-02-03\n---\n# Git\n\nCommits.\n",
            "backend/caching": "---\nupdated: 2026-02-05\n---\n# Caching\n\nKeep results.\n",
            "backend/draft": "---\ndraft: true\nupdated: 2026-02-06\n---\n# Draft topic\n\nNot yet.\n",
        ])
    }

    /// The learn list of a built roadmap page.
    static func learnList(_ page: String) -> String {
        guard let start = page.range(of: "<h2 id=\"what-youll-learn\">"),
            let end = page.range(of: "</ul>", range: start.upperBound..<page.endIndex)
        else { return "" }
        return String(page[start.upperBound..<end.upperBound])
    }

    @Test func itemsLinkToTopicPagesAndASectionWinsOverATopic() {
        let site = Self.makeSite()
        let built = site.build()
        #expect(built.succeeded)
        let page = site.page("backend/index.html")
        let learn = Self.learnList(page)
        #expect(learn.contains("<li><a href=\"/backend/http/\">HTTP &amp; you.</a></li>"), "\(learn)")
        #expect(learn.contains("<li><a href=\"/backend/git/\"><em>Git</em></a></li>"), "\(learn)")
        #expect(learn.contains("<li><a href=\"#caching\">Caching</a></li>"), "\(learn)")
        #expect(!learn.contains("/backend/caching/"), "\(learn)")
        // A label has no page, a draft left out of the build has none either.
        #expect(learn.contains("<li>Version control</li>"), "\(learn)")
        #expect(learn.contains("<li>Kubernetes</li>"), "\(learn)")
        #expect(learn.contains("<li>Draft topic</li>"), "\(learn)")
        // Built with drafts, the draft topic has a page, and its item a link.
        let drafts = site.root + "/drafts"
        #expect(site.build(output: drafts, drafts: true).succeeded)
        let withDrafts = String(
            decoding: FileManager.default.contents(atPath: drafts + "/backend/index.html") ?? Data(), as: UTF8.self)
        #expect(Self.learnList(withDrafts).contains("<li><a href=\"/backend/draft/\">Draft topic</a></li>"))
    }

    /// The map's section counts for the contents list and is its first entry, as the map is drawn
    /// under the header: learn, Caching and Steps are three sections, four with the map.
    @Test func theContentsListStartsWithTheMap() {
        let site = Self.makeSite()
        #expect(site.build().succeeded)
        let page = site.page("backend/index.html")
        #expect(page.contains("<nav class=\"contents\" aria-label=\"On this page\" data-pagefind-ignore=\"all\">"))
        #expect(
            page.contains(
                """
                <ol>
                <li><a href="#roadmap">Roadmap</a></li>
                <li><a href="#what-youll-learn">What you&#39;ll learn</a></li>
                <li><a href="#caching">Caching</a></li>
                <li><a href="#steps">Steps</a></li>
                </ol>
                """), "\(page)")
        // The map stays right under the header, above the list.
        let map = page.range(of: "<nav class=\"map\"")
        let contents = page.range(of: "<nav class=\"contents\"")
        let header = page.range(of: "</header>\n<nav class=\"map\"")
        #expect(header != nil)
        if let map, let contents { #expect(map.lowerBound < contents.lowerBound) }
    }

    /// serve: a topic's new title is read with its folder, and its roadmap's page laid out again.
    @Test func aTopicRenamedInServeRelinksItsRoadmapsLearnList() {
        let site = Self.makeSite()
        _ = site.copyTheme()
        var builder = PreviewBuilder(inputs: PreviewBuilderTests.options(site))
        _ = builder.rebuildAll()
        let path = site.roadmapPath("backend/internet")
        TestFiles.write("---\ntitle: Kubernetes\nupdated: 2026-02-01\n---\nPackets.\n", to: path)
        let rebuild = builder.apply(changedPaths: [path])
        #expect(rebuild?.isFull == false)
        PreviewBuilderTests.expectSameAsFullBuild(rebuild, site)
        let page = String(decoding: rebuild?.site?.files["backend/index.html"] ?? [], as: UTF8.self)
        #expect(Self.learnList(page).contains("<li><a href=\"/backend/internet/\">Kubernetes</a></li>"), "\(page)")
    }
}
