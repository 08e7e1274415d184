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
        #expect(
            built.stdout
                == "Built 0 roadmaps: 2 pages, 11 files in public/; 3 drafts left out (build with --drafts to include them)\n",
            "the roadmap and its two topics are drafts: the summary says why the roadmap is not built")

        // With the drafts, the roadmap and both topic pages are built, each warned about the
        // placeholder sentences still in its file.
        let drafts = try run(["build", "--drafts"], in: root)
        #expect(drafts.status == 0, "\(drafts.stderr)")
        let hint =
            "  hint: write your own text in its place; a page marked `draft: true` stays out of the site until it is "
            + "ready; see the authoring guide, docs/authoring.md in sitegen's repository (#starting-a-site)\n"
        #expect(
            drafts.stderr
                == "content/roadmaps/getting-started.md:4:14: warning: the page still has the scaffold's placeholder "
                + "text `One sentence on what this roadmap leads …` and 8 more\n" + hint
                + "content/roadmaps/getting-started/basics.md:3:14: warning: the page still has the scaffold's "
                + "placeholder text `One sentence on what this topic covers.` and 2 more\n" + hint
                + "content/roadmaps/getting-started/first-project.md:3:14: warning: the page still has the scaffold's "
                + "placeholder text `One sentence on what this topic covers.` and 2 more\n" + hint)
        #expect(drafts.stdout == "Built 1 roadmap: 7 pages, 16 files in public/\nNo errors found; 3 warnings above.\n")
        #expect(FileManager.default.fileExists(atPath: root + "/public/getting-started/first-project/index.html"))
    }

    /// `init`'s roadmap is what `new` writes for its slug and level, with the map of its topics
    /// added, and its topic files are what `new <roadmap>/<topic>` writes for their titles: the
    /// scaffolds are written in one place, and cannot drift apart.
    @Test func initWritesTheRoadmapAndTopicsThatNewWrites() throws {
        let root = TestFiles.temporaryDirectory()
        #expect(try run(["init", "site"], in: root).status == 0)
        let content = root + "/new/content"
        #expect(try run(["new", "getting-started", "--level", "Beginner", "--content", content], in: root).status == 0)
        let roadmap = TestFiles.read(root + "/site/content/roadmaps/getting-started.md")
        let map = try #require(roadmap.firstRange(of: /## Roadmap\n(?:.*\n)*?(?=## )/))
        #expect(
            roadmap[map] == """
                ## Roadmap

                1. [The basics](getting-started/basics.md)
                2. [Your first project](getting-started/first-project.md)
                3. Where to go next


                """)
        #expect(
            roadmap.replacingCharacters(in: map, with: "") == TestFiles.read(content + "/roadmaps/getting-started.md"))
        for (topic, title) in [("basics", "The basics"), ("first-project", "Your first project")] {
            let new = try run(["new", "getting-started/\(topic)", "--title", title, "--content", content], in: root)
            #expect(new.status == 0, "\(new.stderr)")
            #expect(
                TestFiles.read(root + "/site/content/roadmaps/getting-started/\(topic).md")
                    == TestFiles.read(content + "/roadmaps/getting-started/\(topic).md"), "\(topic)")
        }
    }

    /// `new` proposes a topic's map line where a reader expects it in the map `init` writes:
    /// after the last topic, before the label that closes the map, numbered for that place.
    @Test func newProposesATopicBeforeTheLabelThatClosesInitsMap() throws {
        let root = TestFiles.temporaryDirectory() + "/site"
        #expect(try run(["init", root], in: TestFiles.temporaryDirectory()).status == 0)
        let new = try run(["new", "getting-started/caching", "--title", "Caching"], in: root)
        #expect(new.status == 0, "\(new.stderr)")
        #expect(
            new.stdout
                == "Wrote content/roadmaps/getting-started/caching.md (a draft: remove `draft: true` to publish it)\n"
                + "add to the map in content/roadmaps/getting-started.md, before `Where to go next` (line 14): "
                + "3. [Caching](getting-started/caching.md)\n")
        // Until it is added, a build's warning that the map does not name the topic proposes the
        // same line at the same place.
        let orphan = try run(["build", "--drafts"], in: root)
        #expect(
            orphan.stderr.contains(
                "content/roadmaps/getting-started/caching.md:1:1: warning: the map of `getting-started` does not name "
                    + "this topic, so it has no place on the map\n  hint: add a line such as "
                    + "`3. [Caching](getting-started/caching.md)` to the `## Roadmap` section of "
                    + "content/roadmaps/getting-started.md, before `Where to go next` (line 14)\n"),
            "\(orphan.stderr)")
        // Put there misspelt, the line is one error whose hint names the topic; the topic gets no
        // warning proposing a second line, and `new` still proposes the place before the label.
        let path = root + "/content/roadmaps/getting-started.md"
        var lines = TestFiles.read(path).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[13] == "3. Where to go next")
        lines.insert("3. [Caching](getting-started/cachng.md)", at: 13)
        TestFiles.write(lines.joined(separator: "\n"), to: path)
        let misspelt = try run(["build", "--drafts"], in: root)
        #expect(misspelt.status != 0)
        #expect(
            misspelt.stderr.contains(
                "content/roadmaps/getting-started.md:14:4: error: a map item links to `getting-started/cachng.md`, "
                    + "but there is no topic file `getting-started/cachng.md`\n"
                    + "  hint: did you mean `getting-started/caching.md`?\n"), "\(misspelt.stderr)")
        #expect(!misspelt.stderr.contains("does not name this topic"), "\(misspelt.stderr)")
        let another = try run(["new", "getting-started/testing", "--title", "Testing"], in: root)
        #expect(
            another.stdout.hasSuffix(
                "add to the map in content/roadmaps/getting-started.md, before `Where to go next` (line 15): "
                    + "4. [Testing](getting-started/testing.md)\n"), "\(another.stdout)")
        // Put there as written, the line is the map's third topic, and the build finds the map as
        // it should.
        lines[13] = "3. [Caching](getting-started/caching.md)"
        lines.insert("4. [Testing](getting-started/testing.md)", at: 14)
        TestFiles.write(lines.joined(separator: "\n"), to: path)
        let built = try run(["build", "--drafts"], in: root)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(!built.stderr.contains("does not name this topic"), "\(built.stderr)")
        #expect(
            TestFiles.read(root + "/public/getting-started/caching/index.html").contains(
                "href=\"/getting-started/first-project/\""), "the previous topic is the map's second")
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
        for topic in SiteScaffold.topics.map(\.topic) {
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

    @Test func theWorkflowBuildsSitegenFromMainUntilACommitIsPinned() throws {
        let text = try Self.text(".github/workflows/site.yml")
        // Quoted, as a tag such as 1.10 must be, unquoted read as the number 1.1.
        #expect(text.contains("\n  SITEGEN_REF: \"main\"\n"))
        #expect(text.contains("pin the commit you tested\n  # with"))
        #expect(text.contains("key: sitegen-${{ steps.sitegen.outputs.commit }}-swift-6.3\n"), "cached by commit")
        #expect(text.contains("container: swift:6.3-noble\n"))
        #expect(!text.contains("\t"))
    }

    /// The README names the step that fails until SITEGEN_REPOSITORY is set, as the workflow
    /// names it.
    @Test func theReadmeNamesTheStepThatFailsUntilTheRepositoryIsSet() throws {
        let readme = TestFiles.read(TestFiles.packageRoot + "/README.md")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let step = "Find the sitegen commit to build"
        #expect(readme.contains("(until then its step \"\(step)\" fails and says so)"))
        #expect(try Self.text(".github/workflows/site.yml").contains("\n      - name: \(step)\n"))
    }

    /// The `run:` script of the workflow's step `name`, as the runner gets it.
    static func script(ofStep name: String, in workflow: String) throws -> String {
        let lines = workflow.split(separator: "\n", omittingEmptySubsequences: false)
        let step = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "- name: \(name)" })
        let run = try #require(lines[step...].firstIndex { $0.trimmingCharacters(in: .whitespaces) == "run: |" })
        let indent = lines[run].prefix { $0 == " " }.count + 2
        let body = lines[(run + 1)...].prefix { $0.isEmpty || $0.prefix { $0 == " " }.count >= indent }
        return body.map { $0.dropFirst(min(indent, $0.count)) }.joined(separator: "\n")
    }

    /// Runs `script` with bash as GitHub Actions runs a step (`-eo pipefail`) in `directory`.
    static func runStep(_ script: String, in directory: String, environment: [String: String]) throws -> (
        status: Int32, output: String
    ) {
        try TestFiles.run(
            "/bin/bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], in: directory,
            environment: environment)
    }

    /// The workflow's two steps that find and build sitegen, run against a repository made
    /// here (a `swift` on PATH stands in for the compiler: it "builds" the checked-out file
    /// `version` as the binary), for a branch, an annotated tag, a commit and a ref that does
    /// not exist.
    @Test func theWorkflowFindsAndBuildsTheCommitSITEGEN_REFNames() throws {
        let text = try Self.text(".github/workflows/site.yml")
        let find = try Self.script(ofStep: "Find the sitegen commit to build", in: text)
        let build = try Self.script(ofStep: "Build sitegen from source", in: text)
        let root = TestFiles.temporaryDirectory()
        let origin = root + "/sitegen"
        let git = GitDatesTests()
        TestFiles.write("one\n", to: origin + "/version")
        #expect(git.git(["init", "-q", "-b", "main"], in: origin) == 0)
        #expect(git.git(["add", "."], in: origin) == 0)
        #expect(git.git(["commit", "-q", "-m", "one"], in: origin) == 0)
        #expect(git.git(["tag", "-a", "-m", "first", "v1"], in: origin) == 0)
        let first = try Self.runStep("git rev-parse HEAD", in: origin, environment: [:]).output
        TestFiles.write("two\n", to: origin + "/version")
        #expect(git.git(["commit", "-q", "-am", "two"], in: origin) == 0)
        let fakeSwift = root + "/bin/swift"
        TestFiles.write(
            "#!/bin/sh\nwhile [ $# -gt 0 ]; do [ \"$1\" = --package-path ] && p=$2; shift; done\n"
                + "mkdir -p \"$p/.build/release\" && cp \"$p/version\" \"$p/.build/release/sitegen\"\n", to: fakeSwift)
        chmod(fakeSwift, 0o755)

        let firstCommit = first.trimmingCharacters(in: .newlines)
        for (ref, built) in [
            ("main", "two\n"), ("v1", "one\n"), (firstCommit, "one\n"), (firstCommit.uppercased(), "one\n"),
        ] {
            let site = TestFiles.temporaryDirectory()
            var environment = [
                "SITEGEN_REPOSITORY": "file://" + origin, "SITEGEN_REF": ref, "GITHUB_OUTPUT": site + "/output",
                "RUNNER_TEMP": TestFiles.temporaryDirectory(),
                "PATH": root + "/bin:" + (ProcessInfo.processInfo.environment["PATH"] ?? ""),
            ]
            let found = try Self.runStep(find, in: site, environment: environment)
            try #require(found.status == 0, "\(ref): \(found.output)")
            let output = TestFiles.read(site + "/output")
            #expect(output.hasPrefix("commit=") && output.count == "commit=".count + 41, "\(ref): \(output)")
            if ref.lowercased() == firstCommit {
                #expect(output == "commit=\(firstCommit)\n", "\(ref): the hash, in small letters")
            }
            environment["SITEGEN_COMMIT"] = String(output.dropFirst("commit=".count).dropLast())
            let made = try Self.runStep(build, in: site, environment: environment)
            #expect(made.status == 0, "\(ref): \(made.output)")
            #expect(TestFiles.read(site + "/.sitegen-bin/sitegen") == built, "\(ref) builds its own commit")
        }

        let site = TestFiles.temporaryDirectory()
        let missing = try Self.runStep(
            find, in: site,
            environment: [
                "SITEGEN_REPOSITORY": "file://" + origin, "SITEGEN_REF": "0.1.0", "GITHUB_OUTPUT": "/dev/null",
            ])
        #expect(missing.status == 1)
        #expect(
            missing.output == "::error file=.github/workflows/site.yml::SITEGEN_REF 0.1.0 is not a branch, a tag or "
                + "a full commit hash of file://\(origin)\n")
        let unset = try Self.runStep(
            find, in: site,
            environment: ["SITEGEN_REPOSITORY": SiteWorkflow.unsetRepository, "SITEGEN_REF": "main"])
        #expect(unset.status == 1)
        #expect(
            unset.output
                == "::error file=.github/workflows/site.yml::set SITEGEN_REPOSITORY to the git repository sitegen is built from\n"
        )
    }
}
