import Foundation
import Testing

@testable import SiteGen

/// `sitegen build` of a site with `search: true`, as users run it.
@Suite("Search index: the command", .serialized)
struct SearchCommandTests {
    /// The environment of a machine with no Pagefind anywhere sitegen looks.
    static func withoutPagefind(_ site: TestSite) -> [String: String] {
        let emptyFolder = site.root + "/bin"
        try? FileManager.default.createDirectory(atPath: emptyFolder, withIntermediateDirectories: true)
        return ["PATH": emptyFolder, "HOME": site.root, "XDG_CACHE_HOME": "", PagefindLocator.environmentKey: ""]
    }

    @Test func withoutPagefindTheBuildFailsAtTheSearchLineWithHowToInstallIt() throws {
        let site = TestSite(siteYML: SearchIndexTests.siteYML, roadmaps: SearchIndexTests.roadmaps)
        _ = site.copyTheme()
        let result = try CommandLineTests().run([], in: site.root, environment: Self.withoutPagefind(site))
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                """
                content/site.yml:3:1: error: `search: true` needs Pagefind: the Pagefind binary is not installed
                  hint: \(PagefindLocator.installHint(environment: Self.withoutPagefind(site)))

                """), "\(result.stderr)")
        #expect(result.stdout == "")
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public"))
    }

    @Test func theInstallHintInstallsTheVersionTheScriptPinsWhereTheLocatorLooksFirst() throws {
        let script = TestFiles.read(TestFiles.packageRoot + "/scripts/install-pagefind.sh")
        let version = try #require(script.firstMatch(of: /\nversion=([0-9.]+)\n/)?.1)
        #expect(PagefindLocator.pinnedVersion == version)
        #expect(
            PagefindLocator.installHint(environment: ["HOME": "/home/me"]).contains(
                "python3 -m pip install --upgrade --target /home/me/.cache/sitegen/pagefind-bin pagefind-bin==\(version)"
            ))
        #expect(
            PagefindLocator.installHint(environment: ["HOME": "/home/me", "XDG_CACHE_HOME": "/var/cache/my files"])
                .contains("--target '/var/cache/my files/sitegen/pagefind-bin' pagefind-bin=="),
            "the folder the locator looks in, quoted for the shell")
        #expect(
            PagefindLocator.cacheInstall(environment: ["HOME": "/home/me"])
                == "/home/me/.cache/sitegen/pagefind-bin/pagefind_bin/pagefind")
    }

    @Test func aSignalWhilePagefindRunsEndsItAndLeavesNoStagingFolder() throws {
        let site = TestSite(siteYML: SearchIndexTests.siteYML, roadmaps: SearchIndexTests.roadmaps)
        _ = site.copyTheme()
        let started = site.root + "/pagefind-started"
        // A slow Pagefind that, if left running, writes into the staging folder after the
        // signal handler removed it (and so makes it again).
        let fake = site.root + "/slow-pagefind"
        TestFiles.write(
            "#!/bin/sh\nPATH=/usr/bin:/bin\ntouch '\(started)'\nsleep 1\nmkdir -p \"$2/pagefind\" && echo late > \"$2/pagefind/late\"\n",
            to: fake)
        chmod(fake, 0o755)
        var environment = Self.withoutPagefind(site)
        environment[PagefindLocator.environmentKey] = fake
        let build = try SitegenProcess.start([], in: site.root, environment: environment)
        try #require(
            BuildProcessTests.waitUntil { FileManager.default.fileExists(atPath: started) || !build.isRunning })
        try #require(build.isRunning, "\(build.finish().stderr)")
        kill(build.pid, SIGTERM)
        let result = build.finish()
        #expect(result.status == 143, "\(result.stderr)")
        usleep(1_500_000)
        let left = try FileManager.default.contentsOfDirectory(atPath: site.root).filter { $0.hasPrefix(".public.") }
        #expect(left == [], "Pagefind was ended with the build")
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public"))
    }

    /// A site with search, and a stand-in Pagefind running `script` (after `#!/bin/sh` and a
    /// PATH): the site and the environment that runs it.
    static func siteWithPagefind(
        _ script: String, roadmaps: [String: String] = SearchIndexTests.roadmaps
    ) -> (TestSite, [String: String]) {
        let site = TestSite(siteYML: SearchIndexTests.siteYML, roadmaps: roadmaps)
        _ = site.copyTheme()
        let fake = site.root + "/fake-pagefind"
        TestFiles.write("#!/bin/sh\nPATH=/usr/bin:/bin\n" + script, to: fake)
        chmod(fake, 0o755)
        var environment = Self.withoutPagefind(site)
        environment[PagefindLocator.environmentKey] = fake
        return (site, environment)
    }

    /// The roadmaps of a site whose only roadmap is a draft, as `sitegen init` writes it.
    static let draftsOnly = [
        "backend": roadmapFile("title: Backend\nupdated: 2026-01-01\ndraft: true", body: "## Steps\n\nLearn.\n")
    ]

    /// The warning of a build with `search: true` and no roadmap published, at line 3 of
    /// `SearchIndexTests.siteYML`, and the summary the build prints after it.
    static let nothingToSearch = """
        content/site.yml:3:1: warning: `search: true` but no published roadmap to index: the site is built without search
          hint: publish a roadmap (remove its `draft: true` line, or build with --drafts), or remove `search: true`

        """

    /// With no roadmap published, no page has `data-pagefind-body`, and Pagefind then indexes
    /// every page: the home and 404 pages. The build runs no Pagefind, writes no search box
    /// (nor its script) and says why; built with `--drafts`, the same site is searched.
    @Test func aSiteWithNoPublishedRoadmapIsBuiltWithoutSearchAndSaysSo() throws {
        let (site, environment) = Self.siteWithPagefind(
            "touch \"$2/../pagefind-ran\"\nmkdir -p \"$2/pagefind\"\n"
                + "echo '{\"languages\":{\"en\":{\"page_count\":1}}}' > \"$2/pagefind/pagefind-entry.json\"\n",
            roadmaps: Self.draftsOnly)
        let result = try CommandLineTests().run([], in: site.root, environment: environment)
        #expect(result.status == 0)
        #expect(result.stderr == Self.nothingToSearch)
        #expect(
            result.stdout == """
                Built 0 roadmaps: 2 pages, 11 files in public/; 1 draft left out (build with --drafts to include it)
                No errors found; 1 warning above.

                """)
        #expect(!FileManager.default.fileExists(atPath: site.root + "/pagefind-ran"), "Pagefind was not run")
        #expect(!FileManager.default.fileExists(atPath: site.output + "/pagefind"))
        for page in ["index.html", "404.html"] {
            let html = site.page(page)
            #expect(!html.contains("site-search") && !html.contains("search.js"), "no search box on \(page)")
        }

        let drafts = try CommandLineTests().run(["build", "--drafts"], in: site.root, environment: environment)
        #expect(drafts.status == 0, "\(drafts.stderr)")
        #expect(drafts.stderr == "")
        #expect(drafts.stdout.contains("; search index of 1 page"))
        #expect(FileManager.default.fileExists(atPath: site.root + "/pagefind-ran"))
        #expect(site.page("index.html").contains("<form class=\"site-search\""))
    }

    /// The same with the real Pagefind, which, run on such a site, indexed its home and 404
    /// pages.
    @Test(.enabled(if: SearchIndexTests.pagefind != nil, "Pagefind is not installed (make deps installs it)"))
    func pagefindIndexesNothingOfASiteWithNoPublishedRoadmap() throws {
        let site = TestSite(siteYML: SearchIndexTests.siteYML, roadmaps: Self.draftsOnly)
        let pagefind = try #require(SearchIndexTests.pagefind)
        var environment = Self.withoutPagefind(site)
        environment[PagefindLocator.environmentKey] = pagefind
        let result = try CommandLineTests().run([], in: site.root, environment: environment)
        #expect(result.status == 0)
        #expect(result.stderr == Self.nothingToSearch)
        #expect(!result.stdout.contains("search index"))
        #expect(!FileManager.default.fileExists(atPath: site.output + "/pagefind"), "nothing indexed")
    }

    /// Whether process `pid` is alive (a zombie is not).
    static func isAlive(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        return !stat.contains(") Z ")
    }

    /// What builds left beside the output folder (staging folders, a lock).
    static func leftBeside(_ site: TestSite) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site.root).filter {
            $0.hasPrefix(".public.") && $0 != ".public.sitegen-output"
        }
    }

    @Test func aSignalWaitsForPagefindToEndBeforeRemovingTheStagingFolder() throws {
        // A Pagefind that, asked to stop, still writes into the staging folder for half a
        // second: had the build gone at once, that would make the folder again.
        let (site, environment) = Self.siteWithPagefind(
            """
            trap 'sleep 0.5; mkdir -p "$2/pagefind" && echo late > "$2/pagefind/late"; exit 1' TERM
            touch "$2/../pagefind-started"
            sleep 30 & wait $!

            """)
        let build = try SitegenProcess.start([], in: site.root, environment: environment)
        try #require(
            BuildProcessTests.waitUntil {
                FileManager.default.fileExists(atPath: site.root + "/pagefind-started") || !build.isRunning
            })
        try #require(build.isRunning, "\(build.finish().stderr)")
        kill(build.pid, SIGINT)
        let result = build.finish()
        #expect(result.status == 130)
        usleep(1_000_000)
        #expect(try Self.leftBeside(site) == [], "the build waited for Pagefind, then removed its folder")
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public"))
    }

    /// `sitegen build` of a site whose stand-in Pagefind runs `script` and may take 1 s: the
    /// site, its environment, what the command did and how many seconds it took.
    static func buildGivingPagefindASecond(_ script: String) throws -> (
        site: TestSite, environment: [String: String], result: CommandLineTests.Run, seconds: Double
    ) {
        var (site, environment) = siteWithPagefind(script)
        environment[PagefindRun.timeoutKey] = "1"
        let started = Date()
        let result = try CommandLineTests().run([], in: site.root, environment: environment)
        return (site, environment, result, Date().timeIntervalSince(started))
    }

    @Test func aPagefindThatTakesTooLongIsKilledAndTheBuildFailsSayingSo() throws {
        let pids = TestFiles.temporaryDirectory() + "/pids"
        // It ignores SIGTERM, as does the `sleep` it starts: only SIGKILL to its group ends them.
        let (site, given, result, seconds) = try Self.buildGivingPagefindASecond(
            "trap '' TERM\nsleep 30 &\necho $$ $! > '\(pids)'\nwait\n")
        #expect(seconds < 15)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                content/site.yml:3:1: error: the search index could not be written: Pagefind did not finish within 1 s and was stopped
                  hint: a larger site may need longer: set SITEGEN_PAGEFIND_TIMEOUT to more seconds (600 by default); or remove `search: true`
                1 error, 0 warnings

                """)
        let pagefindPIDs = TestFiles.read(pids).split(separator: " ").compactMap {
            Int32($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        #expect(pagefindPIDs.count == 2)
        for pid in pagefindPIDs { #expect(!Self.isAlive(pid), "process \(pid) of Pagefind's is gone") }
        #expect(try Self.leftBeside(site) == [])
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public"))

        var environment = given
        environment[PagefindRun.timeoutKey] = "ten"
        let wrong = try CommandLineTests().run([], in: site.root, environment: environment)
        #expect(wrong.status == 1)
        #expect(
            wrong.stderr.hasPrefix(
                """
                content/site.yml:3:1: error: the search index could not be written: SITEGEN_PAGEFIND_TIMEOUT is `ten`, not a whole number of seconds
                  hint: set it to the seconds Pagefind may take (600 by default), or unset it

                """))
    }

    @Test func aRunAskedToStopBeforeItStartsNeverStartsPagefind() throws {
        let (site, environment) = Self.siteWithPagefind("touch \"$2/../pagefind-started\"\n")
        let folder = site.root + "/staging"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let runs = PagefindProcesses()
        let generation = runs.generation
        runs.stopAll(grace: 1)
        let run = PagefindRun(executable: try #require(environment[PagefindLocator.environmentKey]))
        #expect(run.index(siteFolder: folder, runs: runs, generation: generation) == .stopped)
        usleep(200_000)
        #expect(!FileManager.default.fileExists(atPath: site.root + "/pagefind-started"))
        // The run of a build that started after the stop runs Pagefind.
        #expect(
            run.index(siteFolder: folder, runs: runs)
                == .failed(PagefindProblem("Pagefind wrote no readable pagefind/pagefind-entry.json")))
        #expect(FileManager.default.fileExists(atPath: site.root + "/pagefind-started"))
    }

    /// What a build on a thread of its own ended with.
    final class Outcome: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        var result: Result<BuildReport, BuildFailure>?

        /// Starts `builder`'s build on a thread of its own.
        static func building(_ builder: SiteBuilder) -> Outcome {
            let outcome = Outcome()
            Thread.detachNewThread {
                outcome.result = Result { () throws(BuildFailure) in try builder.build() }
                outcome.done.signal()
            }
            return outcome
        }
    }

    /// Pagefind starts with no signal blocked, so that SIGTERM can stop it, though the thread
    /// that starts it (one of Swift concurrency's) blocks nearly all.
    @Test func pagefindStartsWithNoSignalBlocked() throws {
        let (site, environment) = Self.siteWithPagefind("exec grep SigBlk /proc/self/status > \"$2/../blocked\"\n")
        let result = try CommandLineTests().run([], in: site.root, environment: environment)
        #expect(result.status == 1)
        #expect(TestFiles.read(site.root + "/blocked") == "SigBlk:\t0000000000000000\n")
    }

    /// A program that builds with `SiteBuilder` stops a build while Pagefind runs
    /// (`SiteBuilder.stopSearchIndexing()`, here on runs of the test's own): the build fails
    /// saying so, leaves nothing behind, and the next build runs Pagefind as usual.
    @Test func aBuildStoppedWhilePagefindRunsFailsAndTheNextOneIndexes() throws {
        let (site, environment) = Self.siteWithPagefind(
            "touch \"$2/../pagefind-started\"\nsleep 30 & wait $!\n")
        var builder = site.builder()
        builder.environment = environment
        builder.searchRuns = PagefindProcesses()
        let stopped = Outcome.building(builder)
        try #require(
            BuildProcessTests.waitUntil { FileManager.default.fileExists(atPath: site.root + "/pagefind-started") })
        builder.searchRuns.stopAll(grace: PagefindRun.stopGrace)
        guard stopped.done.wait(timeout: .now() + 20) == .success else {
            Issue.record("the stopped build did not end")
            return
        }
        #expect(throws: BuildFailure.self) { try stopped.result?.get() }
        if case .failure(let failure) = stopped.result {
            #expect(
                site.format(failure.diagnostics) == [
                    "content/site.yml:3:1: error: the build was interrupted before the search index was written; "
                        + "\(site.output) is left as it was"
                ])
        }
        #expect(try Self.leftBeside(site) == [])
        #expect(!FileManager.default.fileExists(atPath: site.output))

        let quick = site.root + "/quick-pagefind"
        TestFiles.write(
            "#!/bin/sh\nPATH=/usr/bin:/bin\nmkdir -p \"$2/pagefind\"\n"
                + "echo '{\"languages\":{\"en\":{\"page_count\":2}}}' > \"$2/pagefind/pagefind-entry.json\"\n",
            to: quick)
        chmod(quick, 0o755)
        builder.environment[PagefindLocator.environmentKey] = quick
        let next = Outcome.building(builder)
        try #require(next.done.wait(timeout: .now() + 60) == .success)
        #expect(try next.result?.get().searchPageCount == 2)
        #expect(FileManager.default.fileExists(atPath: site.output + "/pagefind/pagefind-entry.json"))
    }

    /// Pagefind ends on SIGTERM, a process it started does not: it is killed with the rest of
    /// Pagefind's process group, rather than go on writing into a staging folder removed, and
    /// hold Pagefind's output open.
    @Test func aProcessPagefindStartedThatIgnoresSIGTERMIsKilled() throws {
        let pids = TestFiles.temporaryDirectory() + "/pids"
        let (site, _, result, seconds) = try Self.buildGivingPagefindASecond(
            "(trap '' TERM; exec sleep 30) &\necho $! > '\(pids)'\nsleep 30 & wait $!\n")
        // The process left running would hold the command's output open for its 30 s.
        #expect(seconds < 10)
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "content/site.yml:3:1: error: the search index could not be written: Pagefind did not finish within 1 s"
            ), "\(result.stderr)")
        let child = try #require(Int32(TestFiles.read(pids).trimmingCharacters(in: .whitespacesAndNewlines)))
        let gone = BuildProcessTests.waitUntil(within: 5) { !Self.isAlive(child) }
        if !gone { kill(child, SIGKILL) }
        #expect(gone, "the process Pagefind started is gone")
        #expect(try Self.leftBeside(site) == [])
    }

    /// A second Ctrl-C while the first one's handler waits for a Pagefind that ignores SIGTERM
    /// ends the build at once (the signal's default action), as users expect of a second Ctrl-C.
    @Test func aSecondSignalEndsTheBuildAtOnce() throws {
        let (site, environment) = Self.siteWithPagefind(
            """
            echo $$ > "$2/../pagefind-pid"
            trap 'touch "$2/../pagefind-asked-to-stop"' TERM
            touch "$2/../pagefind-started"
            while :; do sleep 1; done

            """)
        let build = try SitegenProcess.start([], in: site.root, environment: environment)
        defer {
            if let pid = Int32(TestFiles.read(site.root + "/pagefind-pid").trimmingCharacters(in: .newlines)) {
                if kill(-pid, SIGKILL) != 0 { kill(pid, SIGKILL) }
            }
        }
        try #require(
            BuildProcessTests.waitUntil {
                FileManager.default.fileExists(atPath: site.root + "/pagefind-started") || !build.isRunning
            })
        try #require(build.isRunning, "\(build.finish().stderr)")
        kill(build.pid, SIGINT)
        // The handler has asked Pagefind to stop, and waits for it (2 s, then it kills it).
        try #require(
            BuildProcessTests.waitUntil {
                FileManager.default.fileExists(atPath: site.root + "/pagefind-asked-to-stop") || !build.isRunning
            })
        kill(build.pid, SIGINT)
        let result = build.finish()
        #expect(result.reason == .uncaughtSignal, "ended by the second signal, exit status \(result.status)")
        #expect(result.status == SIGINT)
    }
}
