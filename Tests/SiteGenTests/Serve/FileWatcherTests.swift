import Foundation
import Synchronization
import Testing

@testable import FileWatch
@testable import SiteGen

/// The file watcher, with inotify and with scanning: writes, saves by rename, new folders,
/// deletions, and many events of one save reported together.
@Suite("Preview: watching files")
struct FileWatcherTests {
    /// The reports a watcher made, as they come.
    final class Reports: Sendable {
        private let reports = Mutex<[Set<String>]>([])

        func add(_ paths: Set<String>) { reports.withLock { $0.append(paths) } }
        var all: [Set<String>] { reports.withLock { $0 } }
        var paths: Set<String> { all.reduce(into: []) { $0.formUnion($1) } }

        /// Waits up to 5 seconds, polling, until `path` was reported.
        func waitFor(_ path: String) -> Bool {
            ServeEndToEndTests.eventually { paths.contains(path) }
        }
    }

    /// Watches a new folder holding `roadmaps/a.md` for as long as `body` runs.
    static func withWatcher(
        polling: Int?, quietMilliseconds: Int = 20, _ body: (String, FileWatcher, Reports) async throws -> Void
    ) async throws {
        let root = TestFiles.temporaryDirectory()
        TestFiles.write("one", to: root + "/roadmaps/a.md")
        let reports = Reports()
        let watcher = FileWatcher(roots: [root], polling: polling, quietMilliseconds: quietMilliseconds)
        let executor = ThreadTaskExecutor(name: "file watcher")
        defer { executor.stop() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask(executorPreference: executor) { await watcher.run { reports.add($0) } }
            defer { group.cancelAll() }
            #expect(try await ServeEndToEndTests.waitUntil { watcher.isRunning })
            try await body(root, watcher, reports)
        }
    }

    @Test(arguments: [nil, 20])
    func reportsWritesRenamesNewFoldersAndDeletions(polling: Int?) async throws {
        try await Self.withWatcher(polling: polling) { root, watcher, reports in
            #expect(watcher.method == (polling.map { .polling(milliseconds: $0) } ?? .inotify))

            TestFiles.write("two", to: root + "/roadmaps/a.md")
            #expect(reports.waitFor(root + "/roadmaps/a.md"))

            TestFiles.write("saved by rename", to: root + "/roadmaps/b.md.tmp")
            #expect(rename(root + "/roadmaps/b.md.tmp", root + "/roadmaps/b.md") == 0)
            #expect(reports.waitFor(root + "/roadmaps/b.md"))

            TestFiles.write("nested", to: root + "/new/folder/c.md")
            #expect(reports.waitFor(root + "/new/folder/c.md"))
            TestFiles.write("again", to: root + "/new/folder/c.md")
            let before = reports.all.count
            #expect(ServeEndToEndTests.eventually { reports.all.count > before })

            try FileManager.default.removeItem(atPath: root + "/roadmaps/a.md")
            #expect(ServeEndToEndTests.eventually { reports.all.last?.contains(root + "/roadmaps/a.md") == true })
        }
    }

    @Test func oneSaveIsOneReport() async throws {
        try await Self.withWatcher(polling: nil, quietMilliseconds: 200) { root, _, reports in
            let path = root + "/roadmaps/a.md"
            let handle = FileHandle(forWritingAtPath: path)!
            for index in 0..<50 { handle.write(Data("line \(index)\n".utf8)) }
            try? handle.close()
            TestFiles.write("x", to: root + "/roadmaps/b.md")
            #expect(reports.waitFor(root + "/roadmaps/b.md"))
            #expect(reports.all.count == 1)
        }
    }

    @Test(arguments: [nil, 20])
    func cancellingTheRunEndsReports(polling: Int?) async throws {
        let root = TestFiles.temporaryDirectory()
        let reports = Reports()
        let watcher = FileWatcher(roots: [root], polling: polling)
        let finished = Atomic(false)
        let executor = ThreadTaskExecutor(name: "file watcher")
        defer { executor.stop() }
        let running = Task(executorPreference: executor) {
            await watcher.run { reports.add($0) }
            finished.store(true, ordering: .relaxed)
        }
        #expect(try await ServeEndToEndTests.waitUntil { watcher.isRunning })
        TestFiles.write("before", to: root + "/roadmaps/a.md")
        #expect(reports.waitFor(root + "/roadmaps/a.md"))
        running.cancel()
        #expect(try await ServeEndToEndTests.waitUntil { finished.load(ordering: .relaxed) })
        let count = reports.all.count
        TestFiles.write("after", to: root + "/roadmaps/b.md")
        try await Task.sleep(for: .milliseconds(100))
        #expect(reports.all.count == count)
    }
}
