import DefaultTheme
import Foundation
import Testing

@testable import SiteGen

/// `sitegen init` as users run it: a site from an empty folder that builds with no templates.
extension CommandLineTests {
    @Test func initThenBuildWorksFromAnEmptyFolder() throws {
        let root = TestFiles.temporaryDirectory() + "/x"
        let created = try run(["init", root], in: TestFiles.temporaryDirectory())
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stderr == "")
        let written = SiteScaffold().files.map(\.path)
        #expect(created.stdout.hasPrefix(written.map { "Wrote \(root)/\($0)\n" }.joined()))
        #expect(created.stdout.hasSuffix("    cd \(root) && sitegen serve --drafts\n"))
        #expect(!FileManager.default.fileExists(atPath: root + "/templates"))
        #expect(TestFiles.tree(root).keys.sorted() == written)

        // Committed, the pages are dated by git, so a build's only warnings are the placeholders'.
        for arguments in [["init", "-q"], ["add", "."], ["commit", "-q", "-m", "init"]] {
            #expect(GitDatesTests().git(arguments, in: root, date: "2026-01-02T12:00:00Z") == 0)
        }
        let built = try run(["build"], in: root)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr == "", "drafts left out are not warned about")
        #expect(built.stdout == "Built 0 roadmaps: 2 pages, 11 files in public/\n")

        // With the drafts, the roadmap and both topic pages are built, each warned about the
        // placeholder sentences still in its file.
        let drafts = try run(["build", "--drafts"], in: root)
        #expect(drafts.status == 0, "\(drafts.stderr)")
        let hint =
            "  hint: write your own text in its place; a page marked `draft: true` stays out of the site until it is "
            + "ready (docs/authoring.md#starting-a-site)\n"
        #expect(
            drafts.stderr
                == "content/roadmaps/getting-started.md:4:14: warning: the page still has the scaffold's placeholder "
                + "text `One sentence on what this roadmap leads …` and 4 more\n" + hint
                + "content/roadmaps/getting-started/basics.md:3:14: warning: the page still has the scaffold's "
                + "placeholder text `One sentence on what this topic covers.` and 2 more\n" + hint
                + "content/roadmaps/getting-started/first-project.md:3:14: warning: the page still has the scaffold's "
                + "placeholder text `One sentence on what this topic covers.` and 2 more\n" + hint
                + "0 errors, 3 warnings\n")
        #expect(drafts.stdout == "Built 1 roadmap: 7 pages, 16 files in public/\n")
        #expect(FileManager.default.fileExists(atPath: root + "/public/getting-started/first-project/index.html"))
    }

    @Test func initsGitignoreLeavesOutEverythingABuildWritesBesideTheSite() throws {
        let root = TestFiles.temporaryDirectory() + "/x"
        #expect(try run(["init", root], in: TestFiles.temporaryDirectory()).status == 0)
        #expect(GitDatesTests().git(["init", "-q"], in: root) == 0)
        // The names the build gives them, beside `public/` (folders, by a file in them).
        let output = root + "/public"
        let written = [
            output + "/index.html", OutputLock.lockPath(for: output), OutputMarker.path(for: output),
            root + "/" + StagingDirectory.stagingPrefix("public") + "4242-1a2b3c/index.html",
            StagingDirectory.previousSitePath(output) + "/index.html",
            root + "/.sitegen-cache/" + LinkCheckCache.fileName,
        ]
        for path in written {
            let relative = String(path.dropFirst(root.count + 1))
            #expect(GitDatesTests().git(["check-ignore", "-q", relative], in: root) == 0, "\(relative) is ignored")
        }
        for kept in ["content/site.yml", ".gitignore", ".github/workflows/site.yml", "public.md"] {
            #expect(GitDatesTests().git(["check-ignore", "-q", kept], in: root) == 1, "\(kept) is not ignored")
        }
    }

    @Test func initForcedWritesNothingThroughASymbolicLinkInTheSite() throws {
        let root = TestFiles.temporaryDirectory()
        let elsewhere = root + "/elsewhere"
        let site = root + "/site"
        for folder in [elsewhere, site + "/.github"] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        #expect(symlink("../elsewhere", site + "/content") == 0)
        #expect(symlink("../../elsewhere", site + "/.github/workflows") == 0)
        let refused = try run(["init", "--force", "site"], in: root)
        #expect(refused.status == 1)
        #expect(refused.stdout == "")
        #expect(
            refused.stderr == "site/.github/workflows: error: `.github/workflows` is a symbolic link, and init writes "
                + "no file through one\n  hint: make it a folder of its own, or start the site in another folder\n"
                + "1 error, 0 warnings\n")
        #expect(TestFiles.tree(elsewhere).isEmpty, "nothing written where the links lead")
        #expect(TestFiles.tree(site).isEmpty, "nothing written at all")

        try FileManager.default.removeItem(atPath: site + "/.github/workflows")
        let content = try run(["init", "--force", "site"], in: root)
        #expect(content.status == 1)
        #expect(content.stderr.hasPrefix("site/content: error: `content` is a symbolic link"))
        #expect(TestFiles.tree(elsewhere).isEmpty)
    }

    @Test func initThemeWritesTheBuiltInFilesByteForByte() throws {
        let root = TestFiles.temporaryDirectory()
        let created = try run(["init", "--theme"], in: root)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("Wrote templates/partials/head.mustache\n"))
        #expect(created.stdout.hasSuffix("\n    sitegen serve --drafts\n"))
        let templates = TestFiles.tree(root + "/templates").mapValues { [UInt8]($0) }
        #expect(templates.keys.sorted() == DefaultThemeFiles.files.keys.sorted())
        let same = templates == DefaultThemeFiles.files
        #expect(same)
        let built = try run(["build"], in: root)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr == "")
    }

    @Test func initRefusesAFolderThatIsNotEmptyUnlessForced() throws {
        let root = TestFiles.temporaryDirectory()
        TestFiles.write("mine\n", to: root + "/.gitignore")
        TestFiles.write("title: Mine\nbase_url: https://example.org/\n", to: root + "/content/site.yml")
        let refused = try run(["init"], in: root)
        #expect(refused.status == 1)
        #expect(refused.stdout == "")
        #expect(
            refused.stderr.hasPrefix(
                ".: error: the folder is not empty: it holds `.gitignore`, `content`\n"
                    + "  hint: start the site in an empty folder, or add --force to write only the files that are missing\n"
            ))
        #expect(TestFiles.tree(root).count == 2, "nothing is written")

        let forced = try run(["init", "--force"], in: root)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.contains("Skipped .gitignore: it is there already\n"))
        #expect(forced.stdout.contains("Skipped content/site.yml: it is there already\n"))
        #expect(forced.stdout.contains("Wrote content/roadmaps/getting-started.md\n"))
        #expect(TestFiles.read(root + "/.gitignore") == "mine\n")
        #expect(TestFiles.read(root + "/content/site.yml").hasPrefix("title: Mine\n"))
    }
}

extension CommandLineTests {
    @Test func aTemplatesFolderNamedButMissingIsRefused() throws {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        let result = try run(["build", "--templates", "themes"], in: site.root)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: --templates themes: there is no such folder\n"))
        #expect(try run(["build"], in: site.root).status == 0, "no templates/ folder: the built-in theme")
    }
}

/// What `sitegen init` writes is valid by the content contract, read by the same code a build
/// reads it with.
@Suite("Scaffold: init's files")
struct SiteScaffoldTests {
    static func text(_ path: String) throws -> String {
        let file = try #require(SiteScaffold().files.first { $0.path == path })
        return String(decoding: file.bytes, as: UTF8.self)
    }

    @Test func theRoadmapsMapNamesBothTopicsInOrder() throws {
        let path = "content/roadmaps/getting-started.md"
        let split = try FrontMatter.split(try Self.text(path), path: path).get()
        let document = try MarkdownDocument(split.body, allowsRawHTML: false)
        let slug = Slug("getting-started")!
        let targets = MapTargets(
            roadmap: slug, roadmaps: [slug], topics: [slug: [Slug("basics")!, Slug("first-project")!]])
        let locator = BodyLocator(
            markdown: split.body, source: RoadmapSource(path: path, bodyLineOffset: split.bodyLineOffset))
        let section = try #require(RoadmapMapParser(targets: targets, locator: locator).parse(document))
        #expect(section.diagnostics.isEmpty, "\(section.diagnostics)")
        let map = try #require(section.map)
        #expect(map.isOrdered)
        #expect(map.topicsInOrder.map(\.topic.description) == ["basics", "first-project"])
        #expect(map.nodes.count == 3)
    }

    @Test func theTopicFilesAreValidDrafts() throws {
        for topic in SiteScaffold.topics {
            let path = "content/roadmaps/getting-started/\(topic).md"
            var diagnostics = Diagnostics()
            let file = try #require(
                TopicFile.read(
                    try Self.text(path), path: path,
                    id: TopicID(roadmap: Slug("getting-started")!, topic: Slug(topic)!), into: &diagnostics))
            #expect(diagnostics.all.isEmpty, "\(diagnostics.all)")
            #expect(file.isDraft)
            #expect(ScaffoldPlaceholders.warning(in: [(try Self.text(path), 0)], path: path) != nil)
        }
    }

    @Test func theWorkflowIsYAMLThatBuildsWithTheVersionThatWroteIt() throws {
        let text = try Self.text(".github/workflows/site.yml")
        #expect(text.contains("SITEGEN_REF: \"\(SiteGenVersion.current)\"\n"))
        #expect(text.contains("container: swift:6.3-noble\n"))
        #expect(!text.contains("\t"))
    }
}
