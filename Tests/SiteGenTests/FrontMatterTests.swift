import Testing

@testable import SiteGen

@Suite("Front matter")
struct FrontMatterTests {
    @Test func splitsYAMLFromBodyAndCountsBodyLines() throws {
        let text = "---\ntitle: A\nlevel: Beginner\n---\n## Steps\n"
        let split = try FrontMatter.split(text, path: "a.md").get()
        #expect(split.yaml == "title: A\nlevel: Beginner")
        #expect(split.body == "## Steps\n")
        #expect(split.bodyLineOffset == 4)
    }

    @Test func findsFencesWithTrailingBlanksAndDotsClosing() throws {
        let dots = try FrontMatter.split("--- \t\ntitle: A\n... \nBody\n---\nMore", path: "a.md").get()
        #expect(dots.yaml == "title: A")
        #expect(dots.body == "Body\n---\nMore")
        #expect(dots.bodyLineOffset == 3)
        let empty = try FrontMatter.split("---\n---", path: "a.md").get()
        #expect(empty.yaml == "")
        #expect(empty.body == "")
        #expect(empty.bodyLineOffset == 2)
    }

    @Test func refusesFencesThatAreNotExactlyThreeMarks() {
        for text in ["...\ntitle: A\n---\n", "----\ntitle: A\n---\n", " ---\ntitle: A\n---\n", "---"] {
            #expect(throws: Diagnostic.self) { try FrontMatter.split(text, path: "a.md").get() }
        }
        #expect(throws: Diagnostic.self) { try FrontMatter.split("---\ntitle: A\n---x\n-- -\n", path: "a.md").get() }
    }

    @Test func readsOldMacLineEndingsAsLines() throws {
        let site = TestSite(roadmaps: ["mac": "---\rtitle: Mac\rupdated: 2026-01-01\r---\r## Steps\r\r1. Learn.\r"])
        let result = site.build()
        #expect(result.succeeded, "\(result.messages)")
        #expect(site.page("mac/index.html").contains("<h2 id=\"steps\">Steps</h2>\n<ol>\n<li>Learn.</li>\n</ol>"))
        site.addRoadmap("mac", "---\rtitle: Mac\rupdated: 2026-01-01\rdraft: maybe\r---\r")
        #expect(
            site.build().messages == ["content/roadmaps/mac.md:4:8: error: `draft` must be true or false, not `maybe`"])
    }

    @Test func readsEveryTypedField() {
        let site = TestSite(roadmaps: [
            "backend": roadmapFile(
                """
                title: Backend Developer Roadmap
                level: Intermediate
                description: "APIs & databases"
                related:
                  - python
                updated: 2026-04-27
                """),
            "python": roadmapFile("title: Python\nupdated: 2026-01-02"),
        ])
        var diagnostics = Diagnostics()
        let loaded = ContentLoader(inputs: SiteInputs(contentDirectory: site.content)).load(into: &diagnostics)
        let backend = loaded.site.roadmapsBySlug[Slug("backend")!]
        #expect(diagnostics.all.isEmpty)
        #expect(backend?.title == "Backend Developer Roadmap")
        #expect(backend?.level == .intermediate)
        #expect(backend?.description == "APIs & databases")
        #expect(backend?.related == [Slug("python")!])
        #expect(backend?.updated == Day(iso: "2026-04-27"))
        #expect(backend?.updatedSource == .frontMatter)
        #expect(loaded.site.roadmapsBySlug[Slug("python")!]?.relatedBy == [Slug("backend")!])
    }

    @Test func descriptionFallsBackToFirstParagraph() {
        let site = TestSite(roadmaps: [
            "a": roadmapFile(
                "title: A\nupdated: 2026-01-01", body: "Intro with *emphasis*\nand a `code` span.\n\n## S\n")
        ])
        var diagnostics = Diagnostics()
        let loaded = ContentLoader(inputs: SiteInputs(contentDirectory: site.content)).load(into: &diagnostics)
        #expect(loaded.site.roadmaps.first?.description == "Intro with emphasis and a code span.")
    }

    @Test(
        arguments: [
            ("![Backend roadmap diagram](diagram.png)\n\nLearn the server side.\n", "Learn the server side."),
            ("[![Build](badge.svg)](https://ci) ![x](y.png)\n\n## S\n\nAfter *it*.\n", "After it."),
            ("See ![the diagram](d.png) below.\n", "See below."),
            ("![Only an image](d.png)\n", nil),
        ] as [(String, String?)])
    func descriptionIsTheFirstParagraphWithTextNotAnImagesAltText(body: String, description: String?) {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01", body: body)])
        var diagnostics = Diagnostics()
        let loaded = ContentLoader(inputs: SiteInputs(contentDirectory: site.content)).load(into: &diagnostics)
        #expect(loaded.site.roadmaps.first?.description == description)
    }

    @Test func acceptsByteOrderMarkAndCRLF() {
        let site = TestSite(roadmaps: [
            "a": "\u{FEFF}---\r\ntitle: A\r\nupdated: 2026-01-01\r\n---\r\n## Steps\r\n\r\nText.\r\n"
        ])
        let result = site.build()
        #expect(result.messages == [])
        #expect(result.succeeded)
        #expect(site.page("a/index.html").contains("<h2 id=\"steps\">Steps</h2>"))
    }

    @Test func reportsMissingTitleAndWrongTypesAtTheirLines() {
        let site = TestSite(roadmaps: [
            "a": roadmapFile("level: Beginner\nupdated: 2026-01-01"),
            "b": roadmapFile("title: [x, y]\nupdated: 2026-01-01"),
        ])
        let result = site.build()
        #expect(!result.succeeded)
        #expect(
            result.messages == [
                "content/roadmaps/a.md:2:1: error: the front matter has no `title`",
                "content/roadmaps/b.md:2:8: error: `title` must be text, not a list",
            ])
    }

    @Test func mapsYAMLErrorsToFileLines() {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nlevel: [Beginner\nupdated: 2026-01-01")])
        let result = site.build()
        #expect(!result.succeeded)
        #expect(result.messages.count == 1)
        #expect(result.messages.first?.hasPrefix("content/roadmaps/a.md:") == true)
        #expect(result.messages.first?.contains("error: malformed YAML") == true)
        let line = result.messages.first.flatMap { Int($0.split(separator: ":")[1]) } ?? 0
        #expect((3...5).contains(line))
    }

    @Test func reportsAnUnknownRelatedSlugAtItsLine() {
        let site = TestSite(roadmaps: [
            "a": roadmapFile("title: A\nupdated: 2026-01-01\nrelated: [b, nope]"),
            "b": roadmapFile("title: B\nupdated: 2026-01-01\nrelated:\n  - a\n  - missing"),
        ])
        let result = site.build()
        #expect(
            result.messages == [
                "content/roadmaps/a.md:4:14: error: related roadmap `nope` does not exist",
                "content/roadmaps/b.md:6:5: error: related roadmap `missing` does not exist",
            ])
    }
}
