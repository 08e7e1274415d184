import Foundation
import Testing

@testable import SiteGen

/// A link to a roadmap or topic file that does not exist names the closest one that does, as a
/// mistyped command or resource type does.
extension CommandLineTests {
    @Test func aMistypedRoadmapOrTopicLinkNamesTheClosestFile() throws {
        let site = siteWithTheme([
            "backend": roadmapFile(
                "title: Backend\nupdated: 2026-01-01",
                body: "## Roadmap\n\n1. [HTTP](backend/http.md)\n2. [Caching](backend/caching.md)\n"),
            "backend/http":
                "---\ntitle: HTTP\nupdated: 2026-01-01\n---\nSee [Python](../pythn.md), [cache](cachng.md).\n",
            "backend/caching": "---\ntitle: Caching\nupdated: 2026-01-01\n---\nText.\n",
            "python": roadmapFile(
                "title: Python\nupdated: 2026-01-01",
                body: "## Steps\n\n1. [Backend](./backnd.md#setup), [HTTP](backend/htp.md), [zz](zz.md).\n"),
        ])
        let result = try run(["build"], in: site.root)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                content/roadmaps/backend/http.md:5:5: error: link to `../pythn.md`, but there is no roadmap `pythn`
                  hint: did you mean `../python.md`?
                content/roadmaps/backend/http.md:5:28: error: link to `cachng.md`, but there is no topic file `backend/cachng.md`
                  hint: did you mean `caching.md`?
                content/roadmaps/python.md:7:4: error: link to `./backnd.md#setup`, but there is no roadmap `backnd`
                  hint: did you mean `./backend.md`?
                content/roadmaps/python.md:7:34: error: link to `backend/htp.md`, but there is no topic file `backend/htp.md`
                  hint: did you mean `backend/http.md`?
                content/roadmaps/python.md:7:58: error: link to `zz.md`, but there is no roadmap `zz`
                  hint: roadmaps are the files in content/roadmaps/; check the spelling
                5 errors, 0 warnings

                """)
    }
}
