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
        let loaded = ContentLoader(inputs: SiteInputs(contentDirectory: site.content)).load(into: &diagnostics)
        let roadmaps = loaded.site.roadmapsBySlug
        #expect(roadmaps[Slug("old")!]?.updated == Day(iso: "2025-06-07"))
        #expect(roadmaps[Slug("old")!]?.updatedSource == .git)
        #expect(roadmaps[Slug("pinned")!]?.updated == Day(iso: "2020-02-02"))
        #expect(roadmaps[Slug("pinned")!]?.updatedSource == .frontMatter)
        #expect(roadmaps[Slug("untracked")!]?.updatedSource == .modificationTime)
        #expect(roadmaps[Slug("new-one")!]?.updatedSource == .modificationTime)
        #expect(diagnostics.warningCount == 1)
        #expect(
            site.format(diagnostics).map { $0.replacing(/\d{4}-\d\d-\d\d\)/, with: "DAY)") } == [
                "content/roadmaps/new-one.md:1:1: warning: no `updated` date and no git history for this file and 1 more file: "
                    + "they are not committed yet, so each one's modification date is used (this file's: DAY)"
            ])
    }

    /// A site copied out of its repository: one warning for all its files without `updated`,
    /// at the first, not one each. `--warnings-as-errors` makes it one error.
    @Test func outsideGitTheFilesDatedByTheirModificationDayHaveOneWarning() throws {
        let site = TestSite(roadmaps: [
            "b": roadmapFile("title: B", body: "## Roadmap\n\n- [Go](b/go.md)\n- [Git](b/git.md)\n"),
            "a": roadmapFile("title: A"),
            "pinned": roadmapFile("title: Pinned\nupdated: 2020-02-02"),
            "sketch": roadmapFile("title: Sketch\ndraft: true"),
        ])
        TestFiles.write("# Go\n\nText.\n", to: site.content + "/roadmaps/b/go.md")
        TestFiles.write("# Git\n\nText.\n", to: site.content + "/roadmaps/b/git.md")
        let warning =
            "content/roadmaps/a.md:1:1: warning: no `updated` date and no git history for this file and 3 more files: "
            + "git has no history for them, so each one's modification date is used (this file's: DAY)\n"
            + "  hint: commit the files to a git repository, or add `updated: YYYY-MM-DD` to the front matter of each\n"
        let day = /\d{4}-\d\d-\d\d\)/
        let build = try CommandLineTests().run(["build"], in: site.root)
        #expect(build.status == 0)
        #expect(build.stderr.replacing(day, with: "DAY)") == warning)
        #expect(build.stdout.hasSuffix("\nNo errors found; 1 warning above.\n"), "\(build.stdout)")
        let strict = try CommandLineTests().run(["check", "--warnings-as-errors"], in: site.root)
        #expect(strict.status == 1)
        #expect(
            strict.stderr.replacing(day, with: "DAY)")
                == warning.replacing("1:1: warning:", with: "1:1: error:") + "1 error, 0 warnings\n")
    }

    @Test func aDraftLeftOutOfTheBuildIsNotWarnedAboutItsModificationTime() {
        let site = TestSite(roadmaps: [
            "a": roadmapFile("title: A\nupdated: 2026-01-01"), "d": roadmapFile("title: D\ndraft: true"),
        ])
        #expect(site.build() == (true, []))
        #expect(
            site.build(drafts: true).messages.map { $0.replacing(/\(\d{4}-\d\d-\d\d\)/, with: "(DAY)") } == [
                "content/roadmaps/d.md:1:1: warning: no `updated` date and no git history for this file; its modification date (DAY) is used"
            ])
    }

    @Test func commitDatesAreTakenInUTC() throws {
        let site = TestSite(roadmaps: ["late": roadmapFile("title: Late")])
        git(["init", "-q"], in: site.root)
        git(["add", "."], in: site.root)
        git(["commit", "-q", "-m", "late"], in: site.root, date: "2024-03-04T23:30:00-05:00")
        var diagnostics = Diagnostics()
        let loaded = ContentLoader(inputs: SiteInputs(contentDirectory: site.content)).load(into: &diagnostics)
        #expect(loaded.site.roadmaps.first?.updated == Day(iso: "2024-03-05"))
        #expect(diagnostics.all.isEmpty)
    }

    /// A repository of `origin`'s site with three commits, then a clone of it `depth` commits
    /// deep; returns the clone's folder.
    func shallowClone(of origin: TestSite, depth: Int) -> String {
        git(["init", "-q"], in: origin.root)
        git(["add", "."], in: origin.root)
        git(["commit", "-q", "-m", "one"], in: origin.root, date: "2024-01-01T12:00:00Z")
        origin.addRoadmap("beta", roadmapFile("title: Beta", body: "## Changed\n"))
        git(["commit", "-q", "-am", "two"], in: origin.root, date: "2024-02-01T12:00:00Z")
        origin.addRoadmap("gamma", roadmapFile("title: Gamma"))
        git(["add", "."], in: origin.root)
        git(["commit", "-q", "-m", "three"], in: origin.root, date: "2024-03-01T12:00:00Z")
        let clone = TestFiles.temporaryDirectory() + "/clone"
        #expect(git(["clone", "-q", "--depth", "\(depth)", "file://" + origin.root, clone], in: origin.root) == 0)
        return clone
    }

    func builder(_ root: String) -> SiteBuilder {
        SiteBuilder(
            inputs: SiteInputs(
                contentDirectory: root + "/content", templatesDirectory: TestFiles.defaultTheme),
            outputDirectory: root + "/public")
    }

    @Test func aShallowCloneNeverDatesFilesWithItsBoundaryAndSaysHowToFetchTheHistory() throws {
        let origin = TestSite(roadmaps: [
            "alpha": roadmapFile("title: Alpha"),
            "beta": roadmapFile("title: Beta"),
            "pinned": roadmapFile("title: Pinned\nupdated: 2020-02-02"),
            "sketch": roadmapFile("title: Sketch\ndraft: true"),
        ])
        let clone = shallowClone(of: origin, depth: 2)
        var diagnostics = Diagnostics()
        let loaded = ContentLoader(inputs: SiteInputs(contentDirectory: clone + "/content")).load(into: &diagnostics)
        let roadmaps = loaded.site.roadmapsBySlug
        #expect(roadmaps[Slug("gamma")!]?.updated == Day(iso: "2024-03-01"))
        #expect(roadmaps[Slug("gamma")!]?.updatedSource == .git)
        #expect(roadmaps[Slug("beta")!]?.updated == nil)
        #expect(roadmaps[Slug("alpha")!]?.updatedSource == .unknown)
        #expect(roadmaps[Slug("pinned")!]?.updated == Day(iso: "2020-02-02"))
        let formatter = DiagnosticFormatter(workingDirectory: clone)
        #expect(
            diagnostics.sorted.map { formatter.compilerStyle($0) } == [
                "content/roadmaps/alpha.md: error: this is a shallow git clone: 2 roadmaps may have been last changed "
                    + "before its oldest commit (git cannot tell), so their last-updated date is unknown\n"
                    + "  hint: fetch the history before building: `git fetch --unshallow` (`fetch-depth: 0` in "
                    + "actions/checkout), or give each an `updated: YYYY-MM-DD` date"
            ])
        #expect(throws: BuildFailure.self) { try builder(clone).build() }
        #expect(!FileManager.default.fileExists(atPath: clone + "/public"))

        #expect(git(["fetch", "-q", "--unshallow"], in: clone) == 0)
        let report = try builder(clone).build()
        #expect(report.diagnostics.all.isEmpty)
        let feed = TestFiles.read(clone + "/public/feed.xml")
        #expect(feed.contains("<updated>2024-01-01T00:00:00Z</updated>"), "alpha, from its true commit")
        #expect(feed.contains("<updated>2024-02-01T00:00:00Z</updated>"), "beta")
    }

    @Test func aDepthOneCloneBuildsOnlyWhenEveryRoadmapIsDatedAndNeverShows1970() throws {
        let origin = TestSite(roadmaps: [
            "alpha": roadmapFile("title: Alpha"), "beta": roadmapFile("title: Beta"),
        ])
        let clone = shallowClone(of: origin, depth: 1)
        do {
            _ = try builder(clone).build()
            Issue.record("a depth-1 clone of undated roadmaps was built")
        } catch {
            #expect(error.diagnostics.errorCount == 1)
            #expect(error.diagnostics.all.first?.message.hasPrefix("this is a shallow git clone: 3 roadmaps") == true)
        }

        for slug in ["alpha", "beta", "gamma"] {
            TestFiles.write(
                roadmapFile("title: \(slug)\nupdated: 2023-0\(slug.count - 3)-01"),
                to: clone + "/content/roadmaps/\(slug).md")
        }
        let report = try builder(clone).build()
        #expect(report.diagnostics.all.isEmpty)
        let feed = TestFiles.read(clone + "/public/feed.xml")
        #expect(feed.components(separatedBy: "<entry>").count - 1 == 3, "every roadmap stays in the feed")
        #expect(feed.contains("  <updated>2023-02-01T00:00:00Z</updated>\n  <author>"))
        for (path, data) in TestFiles.tree(clone + "/public") {
            #expect(!String(decoding: data, as: UTF8.self).contains("1970"), "\(path)")
        }
    }

    @Test func aSiteWithoutRoadmapsInventsNoDate() throws {
        let site = TestSite()
        #expect(site.build().succeeded)
        #expect(!site.page("feed.xml").contains("<updated>"))
        #expect(!site.page("sitemap.xml").contains("<lastmod>"))
        for (path, data) in TestFiles.tree(site.output) {
            #expect(!String(decoding: data, as: UTF8.self).contains("1970"), "\(path)")
        }
    }
}
