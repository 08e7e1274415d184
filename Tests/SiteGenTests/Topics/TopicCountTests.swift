import Foundation
import Testing

@testable import SiteGen

/// A roadmap's card on the home page counts the topics of its map that have a page: not a label,
/// a node leading to another roadmap, a draft left out or a topic file the map does not name.
@Suite("Topics: the home page's count")
struct TopicCountTests {
    /// The card of `slug` on the home page `index` of a site served from `base`.
    static func card(_ index: String, _ slug: String, base: String = "/") -> String {
        guard let start = index.range(of: "<h3><a href=\"\(base)\(slug)/\">"),
            let end = index[start.upperBound...].range(of: "</li>")
        else { return "" }
        return String(index[start.lowerBound..<end.lowerBound])
    }

    @Test func theCardCountsTheMapsPublishedTopicsAndNamesThemForTheProgressScript() {
        let site = TopicSiteTests.makeSite()
        site.addRoadmap("backend/caching", "---\nupdated: 2026-02-05\ndraft: true\n---\n# Caching\n")
        site.addRoadmap("backend/orphan", "---\nupdated: 2026-02-05\n---\n# Not on the map\n")
        let built = site.build()
        #expect(built.succeeded)
        let index = site.page("index.html")
        let backend = Self.card(index, "backend")
        #expect(backend.contains("<p class=\"meta\">4 topics</p>"))
        #expect(
            backend.contains(
                "<p class=\"progress-summary\" data-roadmap=\"backend\" data-total=\"4\" data-topics=\"internet http git github-flow\" hidden></p>"
            ))
        let python = Self.card(index, "python")
        #expect(python.contains("<h3><a href=\"/python/\">Python</a></h3>"))
        #expect(!python.contains("topic") && !python.contains("progress-summary"), "no map, no count")
    }

    /// The hooks of the progress script (the contract atop `assets/progress.js`) as the
    /// built-in theme writes them, under a base path.
    @Test func pagesCarryTheProgressScriptsHooks() {
        let site = TopicSiteTests.makeSite()
        TestFiles.write("title: T\nbase_url: https://example.org/docs/\n", to: site.content + "/site.yml")
        #expect(site.build().succeeded)
        let hooks = "data-total=\"5\" data-topics=\"internet http git github-flow caching\" hidden></p>"
        let roadmap = site.page("backend/index.html")
        #expect(roadmap.contains("<html lang=\"en\" data-site=\"/docs/\">"))
        #expect(roadmap.contains("<script src=\"/docs/assets/progress.js\" defer></script>"))
        #expect(
            roadmap.contains(
                "</nav>\n<div id=\"after-map\"></div>\n<p class=\"progress-summary\" data-roadmap=\"backend\" \(hooks)\n"
                    + "<div class=\"progress-tools\" data-roadmap=\"backend\"></div>\n"),
            "under the map")
        #expect(Self.card(site.page("index.html"), "backend", base: "/docs/").contains(hooks))
        let topic = site.page("backend/git/index.html")
        #expect(topic.contains("<div class=\"progress\" data-roadmap=\"backend\" data-topic=\"git\""))
        let python = site.page("python/index.html")
        #expect(!python.contains("progress-summary") && !python.contains("progress-tools"), "no map, no hooks")
        #expect(python.contains("<script src=\"/docs/assets/progress.js\" defer></script>"))
    }

    @Test func oneTopicIsOneTopic() {
        let site = TestSite(roadmaps: [
            "solo": roadmapFile(
                "title: Solo\nlevel: Beginner\nupdated: 2026-01-01", body: "## Roadmap\n\n- [One](solo/one.md)\n"),
            "solo/one": "---\nupdated: 2026-01-01\n---\n# One\n",
        ])
        #expect(site.build().succeeded)
        #expect(
            Self.card(site.page("index.html"), "solo").contains(
                "<span class=\"level level-beginner\">Beginner</span> · 1 topic</p>"))
    }

    @Test func servesIndexFollowsAnEditedMap() {
        let site = TopicSiteTests.makeSite()
        _ = site.copyTheme()
        var builder = PreviewBuilder(inputs: TopicSiteTests.options(site))
        _ = builder.rebuildAll()
        site.addRoadmap(
            "backend",
            roadmapFile(
                "title: Backend\ndescription: Servers.\nupdated: 2026-01-01\nrelated: [python]",
                body: TopicSiteTests.backendBody.replacingOccurrences(
                    of: "3. [Caching](backend/caching.md)\n", with: "")))
        let rebuild = builder.apply(changedPaths: [site.roadmapPath("backend")])
        #expect(rebuild?.isFull == false)
        PreviewBuilderTests.expectSameAsFullBuild(rebuild, site)
        let index = String(decoding: rebuild?.site?.files["index.html"] ?? [], as: UTF8.self)
        #expect(Self.card(index, "backend").contains("data-total=\"4\" data-topics=\"internet http git github-flow\""))
    }
}
