import Foundation
import Testing

@testable import SiteGen

/// Last-updated stamps from git history, in a repository made by the test.
@Suite("Dates from git")
struct GitDatesTests {
    @discardableResult
    func git(_ arguments: [String], in directory: String, date: String? = nil) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_AUTHOR_NAME"] = "Test"
        environment["GIT_AUTHOR_EMAIL"] = "test@example.org"
        environment["GIT_COMMITTER_NAME"] = "Test"
        environment["GIT_COMMITTER_EMAIL"] = "test@example.org"
        if let date {
            environment["GIT_AUTHOR_DATE"] = date
            environment["GIT_COMMITTER_DATE"] = date
        }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try! process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func stampsComeFromTheLastCommitThenFrontMatterThenModificationTime() throws {
        let site = TestSite(roadmaps: [
            "old": roadmapFile("title: Old"),
            "pinned": roadmapFile("title: Pinned\nupdated: 2020-02-02"),
        ])
        git(["init", "-q"], in: site.root)
        git(["add", "."], in: site.root)
        git(["commit", "-q", "-m", "first"], in: site.root, date: "2024-03-04T23:30:00-05:00")
        site.addRoadmap("old", roadmapFile("title: Old", body: "## Changed\n"))
        site.addRoadmap("new-one", roadmapFile("title: New"))
        git(["commit", "-q", "-am", "second"], in: site.root, date: "2025-06-07T10:00:00+00:00")
        site.addRoadmap("untracked", roadmapFile("title: Untracked"))

        var diagnostics = Diagnostics()
        let loaded = try #require(ContentLoader(contentDirectory: site.content).load(into: &diagnostics))
        let roadmaps = loaded.site.roadmapsBySlug
        #expect(roadmaps[Slug("old")!]?.updated == Day(iso: "2025-06-07"))
        #expect(roadmaps[Slug("old")!]?.updatedSource == .git)
        #expect(roadmaps[Slug("pinned")!]?.updated == Day(iso: "2020-02-02"))
        #expect(roadmaps[Slug("pinned")!]?.updatedSource == .frontMatter)
        #expect(roadmaps[Slug("untracked")!]?.updatedSource == .modificationTime)
        #expect(roadmaps[Slug("new-one")!]?.updatedSource == .modificationTime)
        #expect(diagnostics.warningCount == 2)
        #expect(
            site.format(diagnostics).map { $0.replacing(/\(\d{4}-\d\d-\d\d\)/, with: "(DAY)") } == [
                "content/roadmaps/new-one.md:1:1: warning: no `updated` date and no git history for this file; its modification date (DAY) is used",
                "content/roadmaps/untracked.md:1:1: warning: no `updated` date and no git history for this file; its modification date (DAY) is used",
            ])
    }

    @Test func commitDatesAreTakenInUTC() throws {
        let site = TestSite(roadmaps: ["late": roadmapFile("title: Late")])
        git(["init", "-q"], in: site.root)
        git(["add", "."], in: site.root)
        git(["commit", "-q", "-m", "late"], in: site.root, date: "2024-03-04T23:30:00-05:00")
        var diagnostics = Diagnostics()
        let loaded = try #require(ContentLoader(contentDirectory: site.content).load(into: &diagnostics))
        #expect(loaded.site.roadmaps.first?.updated == Day(iso: "2024-03-05"))
        #expect(diagnostics.all.isEmpty)
    }
}
