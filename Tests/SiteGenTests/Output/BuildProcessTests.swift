import Foundation
import Testing

@testable import SiteGen

/// Real `sitegen build` processes racing each other, interrupted, or robbed of their staging
/// folder (issue 15, items 1 and 3). They build one site of many small roadmaps, made once,
/// so that a build lasts long enough to be caught while it writes; each test has its own
/// output folder, in a folder of its own (`Output`), where the command runs.
@Suite("Output: build processes", .serialized)
struct BuildProcessTests {
    static let roadmapCount = 1500

    /// The site every test builds.
    static let site: TestSite = {
        let site = TestSite()
        _ = site.copyTheme()
        for index in 0..<roadmapCount {
            site.addRoadmap("r\(index)", roadmapFile("title: R\(index)\nupdated: 2026-01-01"))
        }
        return site
    }()

    /// A folder to build `site` into, as `public/`, with the command run there.
    struct Output {
        let root = TestFiles.temporaryDirectory()
        var path: String { root + "/public" }

        /// Starts `sitegen build` of the site into this folder.
        func startBuild() throws -> SitegenProcess {
            try SitegenProcess.start(
                ["build", "--content", site.content, "--templates", site.root + "/templates"], in: root)
        }
    }

    @Test func twoBuildsOfOneFolderAtOnceOneStopsAndTheSiteIsComplete() throws {
        let output = Output()
        let first = try output.startBuild()
        try #require(Self.waitUntil { first.isRunning == false || Self.isBusy(output) }, "the first build started")
        let second = try output.startBuild()
        let secondResult = second.finish()
        let firstResult = first.finish()

        #expect(firstResult.status == 0, "\(firstResult.stderr)")
        #expect(secondResult.status == 1)
        #expect(
            secondResult.stderr.hasPrefix(
                "public: error: another sitegen build (process \(first.pid)) is writing this output folder; wait for it to finish\n"
            ), "\(secondResult.stderr)")
        #expect(Self.roadmapPages(output) == Self.roadmapCount, "every roadmap is published")
        #expect(try Self.leftovers(output).isEmpty)
    }

    @Test func aStagingFolderRemovedWhileTheBuildWritesIsNotPublished() throws {
        let output = Output()
        TestFiles.write("previous", to: output.path + "/" + OutputMarker.legacyName)
        let build = try output.startBuild()
        let staging = try #require(Self.waitForStagingFolder(output, while: build))
        // What another build did on main: it removed every staging folder it found. Here the
        // folder leaves its path in one step, so that the build is not also racing the removal.
        let away = TestFiles.temporaryDirectory() + "/away"
        #expect(rename(staging, away) == 0)
        let result = build.finish()
        #expect(result.status == 1)
        #expect(result.stderr.contains("public: error: the staging folder \(staging) was removed or replaced"))
        #expect(TestFiles.tree(output.path).keys.sorted() == [OutputMarker.legacyName], "public/ is as it was")
        #expect(try Self.leftovers(output).isEmpty)
    }

    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
    func aSignalRemovesTheStagingFolderAndExitsWithItsStatus(signal: Int32, status: Int32) throws {
        let output = Output()
        let build = try output.startBuild()
        try #require(Self.waitForStagingFolder(output, while: build) != nil)
        kill(build.pid, signal)
        let result = build.finish()
        #expect(result.reason == .exit, "the build ends itself, it is not ended by the signal")
        #expect(result.status == status)
        #expect(try Self.leftovers(output).isEmpty, "no staging folder and no lock file are left")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    /// Whether a build holds the site's output folder (its lock file or a staging folder exists).
    static func isBusy(_ output: Output) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: output.root)) ?? []
        return names.contains { $0.hasPrefix(".public.sitegen-") }
    }

    /// The staging folder of the build, once it has started writing pages; nil if the build ended first.
    static func waitForStagingFolder(_ output: Output, while build: SitegenProcess) -> String? {
        var found: String?
        _ = waitUntil {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: output.root)) ?? []
            if let name = names.first(where: { $0.hasPrefix(".public.sitegen-tmp-") }) {
                let path = output.root + "/" + name
                if ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).count > 10 { found = path }
            }
            return found != nil || !build.isRunning
        }
        return found
    }

    /// Staging folders, previous sites and lock files beside the output folder.
    /// What builds left beside the output folder but its record (`OutputMarker`).
    static func leftovers(_ output: Output) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: output.root).filter {
            $0.hasPrefix(".public.") && $0 != ".public.sitegen-output"
        }
    }

    /// The roadmap pages in the site's output folder.
    static func roadmapPages(_ output: Output) -> Int {
        (0..<roadmapCount).filter { FileManager.default.fileExists(atPath: output.path + "/r\($0)/index.html") }.count
    }

    /// Polls `condition` every 2 ms for at most `seconds`; whether it became true.
    static func waitUntil(within seconds: Double = 60, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(2000)
        }
        return false
    }
}

/// A `sitegen` process started by a test, with its output going to files.
struct SitegenProcess {
    struct Result {
        var status: Int32
        var reason: Process.TerminationReason
        var stdout: String
        var stderr: String
    }

    let process: Process
    let stdoutPath: String
    let stderrPath: String

    var pid: Int32 { process.processIdentifier }
    var isRunning: Bool { process.isRunning }

    /// Starts the built `sitegen` binary with `arguments` in `directory`, with `environment`
    /// added to the test's own.
    static func start(
        _ arguments: [String], in directory: String, environment added: [String: String] = [:]
    ) throws -> SitegenProcess {
        let binary = try #require(CommandLineTests.binary, "build the sitegen product first (swift build)")
        let logs = TestFiles.temporaryDirectory()
        let running = SitegenProcess(process: Process(), stdoutPath: logs + "/stdout", stderrPath: logs + "/stderr")
        _ = FileManager.default.createFile(atPath: running.stdoutPath, contents: nil)
        _ = FileManager.default.createFile(atPath: running.stderrPath, contents: nil)
        running.process.executableURL = URL(fileURLWithPath: binary)
        running.process.arguments = arguments
        running.process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["GITHUB_ACTIONS"] = nil
        environment.merge(added) { _, new in new }
        running.process.environment = environment
        running.process.standardOutput = FileHandle(forWritingAtPath: running.stdoutPath)
        running.process.standardError = FileHandle(forWritingAtPath: running.stderrPath)
        try running.process.run()
        return running
    }

    /// Waits for the process to end (killing it after 60 s) and returns what it did.
    func finish() -> Result {
        if !BuildProcessTests.waitUntil({ !process.isRunning }) {
            Issue.record("sitegen did not end within 60 s")
            kill(pid, SIGKILL)
        }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, reason: process.terminationReason,
            stdout: TestFiles.read(stdoutPath), stderr: TestFiles.read(stderrPath))
    }
}
