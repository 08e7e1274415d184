import Foundation
import Testing

@testable import SiteGen

/// A roadmap's card on the home page counts the topics of its map that have a page: not a label,
/// a node leading to another roadmap, a draft left out or a topic file the map does not name.
@Suite("Topics: the home page's count")
struct TopicCountTests {
    static func card(_ index: String, _ slug: String) -> String {
        guard let start = index.range(of: "<h3><a href=\"/\(slug)/\">"),
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
