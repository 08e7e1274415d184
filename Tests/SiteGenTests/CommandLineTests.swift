import Foundation
import Testing

@testable import SiteGen

/// The `sitegen` executable as users run it: exit status, output streams, annotations.
@Suite("Command line")
struct CommandLineTests {
    /// The built `sitegen` binary, beside the test bundle (swift test builds it too).
    static let binary: String? = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sitegen")
                .path,
            TestFiles.packageRoot + "/.build/debug/sitegen",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String], in directory: String, environment: [String: String] = [:]) throws -> Run {
        let binary = try #require(Self.binary, "build the sitegen product first (swift build)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var merged = ProcessInfo.processInfo.environment
        merged["GITHUB_ACTIONS"] = nil
        merged.merge(environment) { _, new in new }
        process.environment = merged
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    func siteWithTheme(_ roadmaps: [String: String]) -> TestSite {
        let site = TestSite(roadmaps: roadmaps)
        _ = site.copyTheme()
        return site
    }

    @Test func buildIsTheDefaultCommand() throws {
        let site = siteWithTheme(["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        let result = try run([], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == "Built 1 roadmap: 4 pages, 13 files in public/\n")
        #expect(FileManager.default.fileExists(atPath: site.root + "/public/a/index.html"))
    }

    /// libcurl and the libraries it needs are loaded by `check --external` alone, not at the start
    /// of every run (`CCurl`). Seen through glibc's loader, which lists each library it loads.
    @Test func onlyExternalChecksLoadLibcurl() throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let site = siteWithTheme([
            "a": roadmapFile("title: A\nupdated: 2026-01-01", body: "[fine](\(server.baseURL)/ok)\n")
        ])
        let loader = ["LD_DEBUG": "files"]
        let build = try run(["build"], in: site.root, environment: loader)
        #expect(build.status == 0)
        #expect(build.stderr.contains("file=libmimalloc"), "glibc's loader lists the libraries it loads")
        #expect(!build.stderr.contains("libcurl"))
        let check = try run(["check", "--external"], in: site.root, environment: loader)
        #expect(check.status == 0)
        #expect(check.stdout.hasPrefix("Checked 1 external URL"))
        #expect(check.stderr.contains("file=libcurl.so.4"))
    }

    /// Without a usable libcurl, `check --external` says so once and checks nothing, rather than
    /// reporting every link broken; other commands do not need it.
    @Test func externalChecksWithoutLibcurlSaySoOnce() throws {
        let site = siteWithTheme([
            "a": roadmapFile(
                "title: A\nupdated: 2026-01-01", body: "[one](http://127.0.0.1:9/a) [two](http://127.0.0.1:9/b)\n")
        ])
        // A file by libcurl's name that is no library: the dynamic loader refuses it.
        let fake = site.root + "/fake-lib"
        try FileManager.default.createDirectory(atPath: fake, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: fake + "/libcurl.so.4", contents: Data()))
        let environment = ["LD_LIBRARY_PATH": fake]
        let check = try run(["check", "--external"], in: site.root, environment: environment)
        #expect(check.status == 1)
        #expect(check.stdout == "")
        let lines = check.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(check.stderr)")
        #expect(check.stderr.hasPrefix("error: external links cannot be checked: "))
        #expect(check.stderr.contains("libcurl.so.4"))
        #expect(check.stderr.hasSuffix("; install libcurl 7.85 or later (Debian: libcurl4)\n"))
        #expect(try run(["check"], in: site.root, environment: environment).status == 0)
    }

    @Test func buildSummarySaysADraftWasLeftOut() throws {
        let site = siteWithTheme([
            "a": roadmapFile("title: A\nupdated: 2026-01-01"),
            "b": roadmapFile("title: B\nupdated: 2026-01-01\ndraft: true"),
        ])
        let result = try run([], in: site.root)
        #expect(result.status == 0)
        #expect(
            result.stdout
                == "Built 1 roadmap: 4 pages, 13 files in public/; 1 draft left out (build with --drafts to include it)\n"
        )
        let drafts = try run(["--drafts"], in: site.root)
        #expect(drafts.stdout.hasPrefix("Built 2 roadmaps: "))
        #expect(!drafts.stdout.contains("draft"), "with --drafts nothing is left out")
    }

    /// `check` leaves drafts out as `build` does, and says so as `build` says it, naming its own
    /// flag, at the end of its closing line.
    @Test func checkSaysADraftWasLeftOut() throws {
        let site = siteWithTheme([
            "a": roadmapFile("title: A\nupdated: 2026-01-01"),
            "b": roadmapFile("title: B\nupdated: 2026-01-01\ndraft: true"),
        ])
        let result = try run(["check"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == "No problems found; 1 draft left out (check with --drafts to include it).\n")
        #expect(try run(["check", "--drafts"], in: site.root).stdout == "No problems found.\n")
        site.addRoadmap("c", roadmapFile("title: C\nupdated: 2026-01-01\ndraft: true"))
        site.addRoadmap("a", roadmapFile("title: A\nupdated: 2026-01-01\nrelatd: []"))
        let warned = try run(["check"], in: site.root)
        #expect(
            warned.stdout
                == "No errors found; 1 warning above; 2 drafts left out (check with --drafts to include them).\n")
    }

    @Test func errorsExitWithOneAndRelativePaths() throws {
        let site = siteWithTheme(["a": roadmapFile("title: A\nupdated: 2026-01-01\nrelated: [zz]")])
        let result = try run(["build"], in: site.root)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                content/roadmaps/a.md:4:11: error: related roadmap `zz` does not exist
                  hint: `related` lists the slugs (file names without .md) of other roadmaps
                1 error, 0 warnings

                """)
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public"))
    }

    /// A failed build leaves the output folder as it was (it writes a staging folder, swapped in
    /// only on success), and says so, by the folder's name, when there was one to leave.
    @Test func aFailedBuildSaysTheOutputFolderWasLeftAsItWas() throws {
        let site = siteWithTheme(["a": roadmapFile("title: A\nupdated: 2026-01-01\nrelated: [zz]")])
        let first = try run(["build"], in: site.root)
        #expect(first.status == 1)
        #expect(first.stdout == "", "there was no public/ to leave")
        #expect(!FileManager.default.fileExists(atPath: site.output))

        site.addRoadmap("a", roadmapFile("title: A\nupdated: 2026-01-01"))
        #expect(try run(["build"], in: site.root).status == 0)
        let built = site.page("a/index.html")
        site.addRoadmap("a", roadmapFile("title: Changed\nupdated: 2026-01-01\nrelated: [zz]"))
        let failed = try run(["build"], in: site.root)
        #expect(failed.status == 1)
        #expect(failed.stderr.hasSuffix("\n1 error, 0 warnings\n"))
        #expect(failed.stdout == "public/ was left as it was.\n")
        #expect(site.page("a/index.html") == built)

        #expect(try run(["build", "--output", "site"], in: site.root).stdout == "")
        site.addRoadmap("a", roadmapFile("title: A\nupdated: 2026-01-01"))
        #expect(try run(["build", "--output", "site"], in: site.root).status == 0)
        site.addRoadmap("a", roadmapFile("title: A\nupdated: 2026-01-01\nrelated: [zz]"))
        #expect(try run(["build", "--output", "site"], in: site.root).stdout == "site/ was left as it was.\n")
        // A folder named with its slash is named once with it.
        #expect(try run(["build", "--output", "site/"], in: site.root).stdout == "site/ was left as it was.\n")
    }

    @Test func warningsExitWithZeroUnlessStrict() throws {
        let site = siteWithTheme(["a": roadmapFile("title: A\nupdated: 2026-01-01\nrelatd: []")])
        #expect(try run([], in: site.root).status == 0)
        let strict = try run(["--warnings-as-errors"], in: site.root)
        #expect(strict.status == 1)
        #expect(strict.stderr.hasPrefix("content/roadmaps/a.md:4:1: error: unknown key `relatd` is ignored\n"))
    }

    @Test func rawHTMLCommentsPassStrictBuildsAndDroppedTagsDoNot() throws {
        let body =
            "Sorts in n<sup>2</sup>.<br>Then faster.\n\n## Steps\n\n<!-- TODO: add a step -->\n1. Learn<br>merge sort.\n"
        let site = siteWithTheme(["a": roadmapFile("title: A\nupdated: 2026-01-01", body: body)])
        let strict = try run(["--warnings-as-errors"], in: site.root)
        #expect(strict.status == 0)
        #expect(strict.stderr == "")
        let page = TestFiles.read(site.root + "/public/a/index.html")
        #expect(page.contains("<p>Sorts in n<sup>2</sup>.<br>Then faster.</p>"))
        #expect(page.contains("<li>Learn<br>merge sort.</li>"))
        #expect(page.contains("<meta name=\"description\" content=\"Sorts in n2. Then faster.\">"))

        let dropped = siteWithTheme([
            "a": roadmapFile("title: A\nupdated: 2026-01-01", body: "Text <marquee>m</marquee>.\n")
        ])
        let failed = try run(["--warnings-as-errors"], in: dropped.root)
        #expect(failed.status == 1)
        #expect(
            failed.stderr.hasPrefix(
                "content/roadmaps/a.md:5:6: error: raw HTML `<marquee>` is left out (GitHub does not allow it); its text is kept\n"
            ))
    }

    @Test func githubActionsGetsAnnotations() throws {
        let site = siteWithTheme(["a": roadmapFile("title: A\nupdated: 2026-01-01\nlevel: Pro")])
        let result = try run([], in: site.root, environment: ["GITHUB_ACTIONS": "true"])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "::error file=content/roadmaps/a.md,line=4,col=8::`level` is `Pro`; it must be Beginner, Intermediate or Advanced"
            ))
    }

    @Test func checkWritesNothingAndReportsBrokenLinks() throws {
        let site = siteWithTheme(["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        let good = try run(["check"], in: site.root)
        #expect(good.status == 0)
        #expect(good.stdout == "No problems found.\n")
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public"))

        let header = site.root + "/templates/partials/header.mustache"
        TestFiles.write(TestFiles.read(header) + "<a href=\"{{site.indexPath}}missing/\">x</a>\n", to: header)
        site.addRoadmap("a", roadmapFile("title: A\nupdated: 2026-01-01", body: "## S\n\n[gone](#nowhere)\n"))
        let bad = try run(["check"], in: site.root)
        #expect(bad.status == 1)
        let lines = bad.stderr.split(separator: "\n").filter { !$0.hasPrefix("  ") }
        #expect(
            lines.contains(
                "content/roadmaps/a.md:7:1: error: link `#nowhere` points to a missing anchor: no id `nowhere` on that page"
            ))
        #expect(
            !lines.contains { $0.hasPrefix("public/a/index.html:") && $0.contains("#nowhere") },
            "reported once, in the Markdown")
        #expect(lines.contains("public/index.html:32:4: error: link `/missing/` points to a page that does not exist"))
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public"))
    }

    @Test func checkWithOnlyWarningsDoesNotSayThereAreNoProblems() throws {
        let site = siteWithTheme(["a": roadmapFile("title: A\nupdated: 2026-01-01\nrelatd: []")])
        let result = try run(["check"], in: site.root)
        #expect(result.status == 0)
        #expect(
            result.stderr.hasSuffix("did you mean `related`?\n"),
            "the warning, with no \"0 errors, 1 warning\" after it")
        #expect(result.stdout == "No errors found; 1 warning above.\n")
    }

    /// A build that succeeds with warnings closes as `check` does, after its summary of what it
    /// wrote: the count of warnings to read above, and no "0 errors, …".
    @Test func buildWithOnlyWarningsClosesAsCheckDoes() throws {
        let site = siteWithTheme(["a": roadmapFile("title: A\nupdated: 2026-01-01\nrelatd: []")])
        let build = try run(["build"], in: site.root)
        #expect(build.status == 0)
        #expect(build.stderr.hasSuffix("did you mean `related`?\n"), "the warning, with no count after it")
        #expect(build.stdout == "Built 1 roadmap: 4 pages, 13 files in public/\nNo errors found; 1 warning above.\n")
        let check = try run(["check"], in: site.root)
        #expect(check.stderr == build.stderr)
        #expect(build.stdout.hasSuffix("\n" + check.stdout), "the same closing line")
        let clean = siteWithTheme(["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        #expect(try run(["build"], in: clean.root).stdout == "Built 1 roadmap: 4 pages, 13 files in public/\n")
    }

    @Test func checkHasNoOutputOption() throws {
        let site = siteWithTheme(["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        let help = try run(["check", "--help"], in: site.root)
        #expect(help.status == 0)
        #expect(help.stdout.contains("--warnings-as-errors"))
        #expect(!help.stdout.contains("--output"))
        let refused = try run(["check", "--output", "x"], in: site.root)
        #expect(refused.status == 64)
        #expect(refused.stderr.hasPrefix("Error: Unknown option '--output'"))
        #expect(try run(["build", "--help"], in: site.root).stdout.contains("--output <DIR>"))
    }

    @Test func versionIsPrinted() throws {
        let result = try run(["--version"], in: TestFiles.temporaryDirectory())
        #expect(result.status == 0)
        #expect(result.stdout == SiteGenVersion.current + "\n")
    }

    @Test(arguments: [("biuld", "build"), ("chek", "check"), ("serv", "serve"), ("nwe", "new"), ("int", "init")])
    func aMistypedCommandIsRefusedWithTheClosestOne(typed: String, meant: String) throws {
        let result = try run([typed], in: TestFiles.temporaryDirectory())
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix(
                "Error: `\(typed)` is not a sitegen command. Did you mean `\(meant)`? The commands are build, check, serve, new, init.\n"
            ))
    }

    @Test func checkNeedsNoTemporaryFolder() throws {
        let site = siteWithTheme(["a": roadmapFile("title: A\nupdated: 2026-01-01", body: "[gone](#nowhere)\n")])
        let notAFolder = site.root + "/not-a-folder"
        TestFiles.write("", to: notAFolder)
        let result = try run(["check"], in: site.root, environment: ["TMPDIR": notAFolder])
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "content/roadmaps/a.md:5:1: error: link `#nowhere` points to a missing anchor: no id `nowhere` on that page\n"
            ))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: site.root).sorted() == [
                "content", "not-a-folder", "templates",
            ])
    }

    /// In a folder with no site yet, the first build points at `sitegen init`.
    @Test func buildInAnEmptyFolderPointsAtInit() throws {
        let result = try run(["build"], in: TestFiles.temporaryDirectory())
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("error: there is no roadmaps folder\n  hint: start a site here with `sitegen init`"),
            "\(result.stderr)")
    }

    @Test func newScaffoldsARoadmapThatBuilds() throws {
        let site = siteWithTheme([:])
        let result = try run(
            ["new", "data-engineering", "--title", "Data \"Eng\"", "--level", "Advanced"], in: site.root)
        #expect(result.status == 0)
        #expect(
            result.stdout
                == "Wrote content/roadmaps/data-engineering.md (a draft: remove `draft: true` to publish it)\n")
        let text = TestFiles.read(site.roadmapPath("data-engineering"))
        #expect(text.hasPrefix("---\ntitle: \"Data \\\"Eng\\\"\"\nlevel: Advanced\n"))
        for section in [
            "How to follow this roadmap", "When to choose this path", "What you'll learn",
            "Recommended resources", "Frequently asked questions",
        ] {
            #expect(text.contains("## \(section)\n"))
        }
        #expect(text.contains("\ndraft: true "))
        let published = site.build()
        #expect(published == (true, []), "a draft left out of the build is not warned about")
        #expect(!FileManager.default.fileExists(atPath: site.output + "/data-engineering/index.html"))
        let built = site.build(drafts: true)
        #expect(built.succeeded)
        #expect(
            built.messages.filter { $0.contains("placeholder") } == [
                "content/roadmaps/data-engineering.md:4:14: warning: the page still has the scaffold's placeholder text "
                    + "`One sentence on what this roadmap leads …` and 8 more"
            ])
        #expect(site.page("data-engineering/index.html").contains("<h1>Data &quot;Eng&quot;</h1>"))

        let again = try run(["new", "data-engineering"], in: site.root)
        #expect(again.status == 1)
        #expect(
            again.stderr.hasPrefix("content/roadmaps/data-engineering.md: error: data-engineering.md already exists"))
        let bad = try run(["new", "Data_Eng"], in: site.root)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("hint: for example `sitegen new data-eng`"))
        let level = try run(["new", "x", "--level", "Expert"], in: site.root)
        #expect(level.status == 1)
        #expect(!FileManager.default.fileExists(atPath: site.roadmapPath("x")))
    }

    @Test func newScaffoldsATopicAndNamesItsMapLine() throws {
        let site = siteWithTheme([
            "backend": roadmapFile(
                "title: Backend\nupdated: 2026-01-01", body: "## Roadmap\n\n1. [Internet](backend/internet.md)\n"),
            "backend/internet": "---\nupdated: 2026-01-01\n---\n# Internet\n\nPackets.\n",
        ])
        let result = try run(["new", "backend/caching", "--title", "Caching"], in: site.root)
        #expect(result.status == 0)
        #expect(
            result.stdout
                == "Wrote content/roadmaps/backend/caching.md (a draft: remove `draft: true` to publish it)\n"
                + "add to the map in content/roadmaps/backend.md: 2. [Caching](backend/caching.md)\n",
            "the map is a numbered list: the line continues it")
        let path = site.content + "/roadmaps/backend/caching.md"
        #expect(TestFiles.read(path).hasPrefix("---\ntitle: \"Caching\"\n"))
        // The scaffold builds: as a draft it has no page, and once the map names it and the draft
        // line is gone, it has one.
        #expect(site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.output + "/backend/caching/index.html"))
        site.addRoadmap(
            "backend",
            roadmapFile(
                "title: Backend\nupdated: 2026-01-01",
                body: "## Roadmap\n\n1. [Internet](backend/internet.md)\n2. [Caching](backend/caching.md)\n"))
        TestFiles.write(TestFiles.read(path).replacing(/draft: true[^\n]*\n/, with: ""), to: path)
        let built = site.build()
        #expect(built.succeeded)
        #expect(
            built.messages.filter { $0.contains("placeholder") } == [
                "content/roadmaps/backend/caching.md:3:14: warning: the page still has the scaffold's placeholder text "
                    + "`One sentence on what this topic covers.` and 2 more"
            ], "a published topic is warned about as a roadmap is")
        #expect(site.page("backend/caching/index.html").contains("<h1 id=\"caching\">Caching</h1>"))

        let again = try run(["new", "backend/caching"], in: site.root)
        #expect(again.status == 1)
        #expect(
            again.stderr.hasPrefix(
                "content/roadmaps/backend/caching.md: error: backend/caching.md already exists; sitegen new never replaces a file"
            ))
        let noRoadmap = try run(["new", "frontend/html"], in: site.root)
        #expect(noRoadmap.status == 1)
        #expect(
            noRoadmap.stderr.hasPrefix(
                "content/roadmaps/frontend.md: error: there is no roadmap `frontend` to add a topic to\n  hint: create it first with `sitegen new frontend`"
            ))
        let reserved = try run(["new", "backend/faq"], in: site.root)
        #expect(reserved.status == 1)
        #expect(reserved.stderr.contains("error: `faq` cannot be a topic: `backend/faq/` is the roadmap's FAQ page"))
        let bad = try run(["new", "backend/Redis_Cache"], in: site.root)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("hint: for example `sitegen new backend/redis-cache`"))
    }

    /// The line `sitegen new <roadmap>/<topic>` suggests continues the map's list as written: a
    /// line with another marker would start a second list, an error.
    @Test func newTopicsMapLineMatchesTheMapsList() throws {
        let maps = [
            "numbered": "## Roadmap\n\n3) [A](numbered/a.md)\n   1. [B](numbered/b.md)\n4) Labels\n",
            "starred": "Intro.\n\n## Roadmap:\n\nText about the map.\n\n* [A](starred/a.md)\n  - [B](starred/b.md)\n",
            "nomap": "## About\n\nNo map yet.\n",
            "nolist": "## Roadmap\n\nSoon.\n",
        ]
        let site = siteWithTheme(
            maps.mapValues { roadmapFile("title: X\nupdated: 2026-01-01", body: $0) })
        var lines: [String] = []
        for roadmap in maps.keys.sorted() {
            let result = try run(["new", "\(roadmap)/new-topic", "--title", "New [x]"], in: site.root)
            #expect(result.status == 0)
            lines.append(String(result.stdout.split(separator: "\n").last ?? ""))
        }
        #expect(
            lines == [
                "start the map in the `## Roadmap` section of content/roadmaps/nolist.md with: 1. [New [x\\]](nolist/new-topic.md)",
                "content/roadmaps/nomap.md has no map: add a `## Roadmap` section with the line 1. [New [x\\]](nomap/new-topic.md)",
                "add to the map in content/roadmaps/numbered.md, before `Labels` (line 9): 4) [New [x\\]](numbered/new-topic.md)",
                "add to the map in content/roadmaps/starred.md: * [New [x\\]](starred/new-topic.md)",
            ])
    }

    /// `new` reads one roadmap file and knows nothing of drafts; a build does, and draws a link to
    /// a draft left out as a label. Where both put a new topic's line depends on neither: an
    /// item written as a link, a draft's or a refused one, never closes the map as a label does.
    /// So for a map ending in a link to a draft topic, and one whose closing label follows such
    /// a link, `new` and the warning about a topic the map does not name propose the same line
    /// at the same place.
    @Test func newAndTheOrphanWarningPlaceALineAlikeBesideLinksToDrafts() throws {
        let maps = [
            "draft-last": "1. [Basics](backend/basics.md)\n2. Where to go next\n3. [Project](backend/project.md)\n",
            "label-after-draft":
                "1. [Basics](backend/basics.md)\n2. [Project](backend/project.md)\n3. Where to go next\n",
        ]
        var proposals: [String: [String]] = [:]
        for (name, map) in maps.sorted(by: { $0.key < $1.key }) {
            let site = siteWithTheme([
                "backend": roadmapFile("title: Backend\nupdated: 2026-01-01", body: "## Roadmap\n\n" + map),
                "backend/basics.md": "---\nupdated: 2026-01-01\n---\n# Basics\n",
                "backend/project.md": "---\nupdated: 2026-01-01\ndraft: true\n---\n# Project\n",
                "backend/caching.md": "---\nupdated: 2026-01-01\n---\n# Caching\n",
            ])
            let new = try run(["new", "backend/testing", "--title", "Testing"], in: site.root)
            #expect(new.status == 0, "\(new.stderr)")
            let advice = try #require(
                new.stdout.firstMatch(of: /backend.md(.*): (.+?) \[Testing\]\(backend\/testing.md\)\n$/),
                "\(new.stdout)")
            let (place, marker) = (advice.output.1, advice.output.2)
            let built = try run(["build"], in: site.root)
            #expect(built.status == 0, "\(built.stderr)")
            #expect(
                built.stderr.contains(
                    "content/roadmaps/backend/caching.md:1:1: warning: the map of `backend` does not name this topic, "
                        + "so it has no place on the map\n  hint: add a line such as `\(marker) [Caching]"
                        + "(backend/caching.md)` to the `## Roadmap` section of content/roadmaps/backend.md\(place)\n"),
                "\(name): \(built.stderr)")
            proposals[name] = [String(marker), String(place)]
        }
        #expect(
            proposals == [
                "draft-last": ["4.", ""],
                "label-after-draft": ["3.", ", before `Where to go next` (line 9)"],
            ])
    }

    @Test func brokenInputNeverCrashes() throws {
        let site = siteWithTheme([
            "a": "---\n" + String(repeating: "- [", count: 5000) + "\n---\n",
            "b": "---\ntitle: \u{0}\n---\n",
            "c": "\u{FEFF}\u{FEFF}---\n---\n",
        ])
        TestFiles.write("title: [\n", to: site.content + "/site.yml")
        let result = try run([], in: site.root)
        #expect(result.status == 1)
        #expect(!result.stderr.contains("Fatal error"))
        #expect(!result.stderr.contains("Stack dump"))
        #expect(result.stderr.hasSuffix("errors, 0 warnings\n"))
    }
}
