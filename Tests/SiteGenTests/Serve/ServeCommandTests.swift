import Foundation
import Synchronization
import Testing

@testable import PreviewServer
@testable import SiteGen

#if canImport(Glibc)
    import Glibc
#endif

/// `sitegen serve` as users run it: it prints the address, serves, and Ctrl-C stops it cleanly.
@Suite("Preview: the serve command")
struct ServeCommandTests {
    /// What a process wrote so far to a pipe, read on a thread of its own.
    final class Output: Sendable {
        private let text = Mutex("")

        init(_ pipe: Pipe) {
            let handle = pipe.fileHandleForReading
            Thread.detachNewThread { [self] in
                while case let data = handle.availableData, !data.isEmpty {
                    text.withLock { $0 += String(decoding: data, as: UTF8.self) }
                }
            }
        }

        var current: String { text.withLock { $0 } }
    }

    /// `binary serve --port 0` started in `folder`, with what it writes to standard output and
    /// error; with `mergingErrors`, both go to one pipe, in the order a terminal shows them, and
    /// `output` and `errors` are that one.
    static func serve(
        _ binary: String, in folder: String, mergingErrors: Bool = false
    ) throws -> (Process, output: Output, errors: Output) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe()
        let err = mergingErrors ? out : Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = Output(out)
        return (process, output, mergingErrors ? output : Output(err))
    }

    /// Ctrl-C (SIGINT) and SIGTERM both stop it cleanly.
    @Test(arguments: [SIGINT, SIGTERM])
    func printsTheAddressServesAndStopsOnASignal(_ signal: Int32) throws {
        let binary = try #require(CommandLineTests.binary, "build the sitegen product first (swift build)")
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        _ = site.copyTheme()
        let (process, output, errors) = try Self.serve(binary, in: site.root)
        defer { if process.isRunning { process.terminate() } }

        #expect(ServeEndToEndTests.eventually { output.current.contains("Serving http://127.0.0.1:") })
        let address = try #require(
            output.current.split(separator: "\n").first { $0.hasPrefix("Serving ") }?.dropFirst("Serving ".count))
        let port = try #require(Int(address.split(separator: ":").last?.dropLast() ?? ""))
        let page = try RawHTTP(port: port).request("/a/")
        #expect(page.status == 200)
        #expect(page.text.contains("<h1>A</h1>"))
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public"))

        kill(process.processIdentifier, signal)
        #expect(ServeEndToEndTests.eventually { !process.isRunning })
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(output.current.hasSuffix("Stopped.\n"))
        #expect(errors.current == "")
    }

    /// A site that builds with warnings: they are counted as `build` and `check` count them, after
    /// the build's own line, as `build` counts them.
    @Test func warningsAreCountedAsBuildAndCheckCountThem() throws {
        let binary = try #require(CommandLineTests.binary, "build the sitegen product first (swift build)")
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01\nrelatd: []")])
        _ = site.copyTheme()
        let (process, output, errors) = try Self.serve(binary, in: site.root)
        defer { if process.isRunning { process.terminate() } }

        #expect(ServeEndToEndTests.eventually { output.current.contains("Serving http://127.0.0.1:") })
        #expect(errors.current.hasSuffix("did you mean `related`?\n"), "the warning, with no count after it")
        let first = output.current.split(separator: "\n").prefix(2)
        #expect(first.first?.hasPrefix("Built the site in memory: ") == true, "\(output.current)")
        #expect(first.last == "No errors found; 1 warning above.", "\(output.current)")

        // Once the warning is fixed, the last word on problems says so.
        TestFiles.write(roadmapFile("title: A\nupdated: 2026-01-01"), to: site.content + "/roadmaps/a.md")
        #expect(ServeEndToEndTests.eventually(within: 30) { output.current.contains("Rebuilt ") })
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        let lines = output.current.split(separator: "\n")
        let rebuilt = try #require(lines.firstIndex { $0.hasPrefix("Rebuilt ") })
        #expect(lines.dropFirst(rebuilt + 1).first == "No problems found.", "\(output.current)")
    }

    /// A rebuild that fails closes as one that succeeds: the problems, the rebuild's own line,
    /// then their count (`1 error, 0 warnings` as `build` counts them, or "No problems found."),
    /// in the order a terminal shows standard output and error together.
    @Test func theCountFollowsTheRebuildLineWhetherItFailsOrNot() throws {
        let binary = try #require(CommandLineTests.binary, "build the sitegen product first (swift build)")
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        _ = site.copyTheme()
        let (process, output, _) = try Self.serve(binary, in: site.root, mergingErrors: true)
        defer { if process.isRunning { process.terminate() } }
        #expect(ServeEndToEndTests.eventually { output.current.contains("Serving http://127.0.0.1:") })

        let roadmap = site.content + "/roadmaps/a.md"
        TestFiles.write(roadmapFile("title: A\nupdated: 2026-01-01\nrelated: [zz]"), to: roadmap)
        #expect(ServeEndToEndTests.eventually(within: 30) { output.current.contains("\n1 error, 0 warnings\n") })
        TestFiles.write(roadmapFile("title: A\nupdated: 2026-01-01"), to: roadmap)
        #expect(ServeEndToEndTests.eventually(within: 30) { output.current.contains("\nNo problems found.\n") })
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()

        let lines = output.current.split(separator: "\n")
        let count = try #require(lines.firstIndex(of: "1 error, 0 warnings"))
        #expect(
            lines[count - 1].hasPrefix("Rebuilt ")
                && lines[count - 1].hasSuffix("; the site has errors, shown over the last good page."),
            "\(output.current)")
        #expect(lines[count - 3] == "content/roadmaps/a.md:4:11: error: related roadmap `zz` does not exist")
        let fixed = try #require(lines.firstIndex(of: "No problems found."))
        #expect(lines[fixed - 1].hasPrefix("Rebuilt ") && !lines[fixed - 1].contains("errors"), "\(output.current)")
    }

    /// Drafts left out are said as `build` says them: after `sitegen init`, whose pages are all
    /// drafts, a preview without `--drafts` would seem to lose them. The flag to add is `serve`'s.
    @Test func draftsLeftOutAreSaidAsBuildSaysThem() throws {
        let binary = try #require(CommandLineTests.binary, "build the sitegen product first (swift build)")
        let site = TestSite(roadmaps: [
            "a": roadmapFile("title: A\nupdated: 2026-01-01"),
            "b": roadmapFile("title: B\nupdated: 2026-01-01\ndraft: true"),
            "a/t": "---\ntitle: T\nupdated: 2026-01-01\ndraft: true\n---\nText.\n",
        ])
        _ = site.copyTheme()
        let (process, output, errors) = try Self.serve(binary, in: site.root)
        defer { if process.isRunning { process.terminate() } }

        #expect(ServeEndToEndTests.eventually { output.current.contains("Serving http://127.0.0.1:") })
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(errors.current == "")
        let built = try #require(output.current.split(separator: "\n").first, "\(output.current)")
        #expect(built.hasPrefix("Built the site in memory: "))
        // " in 34 ms", or " in 1.2 s" when the machine is slow.
        #expect(built.hasSuffix("s; 2 drafts left out (serve with --drafts to include them)."), "\(built)")
    }

    @Test func portInUseIsOneLineAndExitStatusOne() throws {
        _ = try #require(CommandLineTests.binary, "build the sitegen product first (swift build)")
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        _ = site.copyTheme()
        let busy = try HTTPServer(host: "127.0.0.1", port: 0) { _ in .response(.text(200, "busy")) }
        let result = try withExtendedLifetime(busy) {
            try CommandLineTests().run(["serve", "--port", String(busy.port)], in: site.root)
        }
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: cannot listen on 127.0.0.1 port \(busy.port): "))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}
