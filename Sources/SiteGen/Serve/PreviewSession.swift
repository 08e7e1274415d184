import FileWatch
import Foundation
import PreviewServer
import Synchronization

/// `sitegen serve` at work: the site built in memory, served over HTTP, rebuilt when a file
/// under the content or templates folder changes, and every open page told to reload.
///
/// While the site does not build, the last good pages are served with the problems laid over
/// them; the next rebuild that succeeds takes the overlay away.
///
/// `run()` serves and watches for as long as the task that calls it: the server and the watcher
/// are two child tasks of one task group, each owning the thread it blocks on, and rebuilds run
/// on the watcher's thread, one at a time. Cancelling that task (Ctrl-C in `sitegen serve`, or a
/// test that is done) stops all three; a rebuild under way finishes first.
public final class PreviewSession: Sendable {
    /// The address the site is served at, with the site's base path.
    public let address: String
    /// What the first build did.
    public let firstBuild: PreviewRebuild
    /// The port listened on.
    public var port: Int { server.port }
    /// How often the folders are scanned for changes, in milliseconds; nil when inotify
    /// reports them.
    public var pollingInterval: Int? {
        guard case .polling(let milliseconds) = watcher.method else { return nil }
        return milliseconds
    }

    private let inputs: SiteInputs
    private let server: HTTPServer
    private let current: SnapshotStore
    private let builder: Mutex<PreviewBuilder>
    private let watcher: FileWatcher
    private let rebuilds = Mutex(0)
    private let sessionID = String(UInt32.random(in: 0...UInt32.max), radix: 16)
    private let formatter: DiagnosticFormatter
    private let report: @Sendable (PreviewRebuild) -> Void

    /// Listens on `host` and `port` (0: any free port), starts watching the content and
    /// templates folders (by a scan every `polling` milliseconds instead of inotify when given),
    /// then builds the site; `report` is told of every rebuild after the first. Nothing is
    /// served, and no change acted on, before `run()`.
    public init(
        inputs: SiteInputs, host: String = "127.0.0.1", port: Int = 8080, polling: Int? = nil,
        workingDirectory: String = FileManager.default.currentDirectoryPath,
        report: @escaping @Sendable (PreviewRebuild) -> Void = { _ in }
    ) throws(ServeError) {
        self.inputs = inputs
        formatter = DiagnosticFormatter(workingDirectory: workingDirectory)
        let current = SnapshotStore(PreviewSnapshot(site: nil, problems: [], version: "\(sessionID)-0"))
        self.current = current
        server = try HTTPServer(host: host, port: port) { request in
            PreviewResponder(snapshot: current.current).reply(to: request)
        }
        watcher = FileWatcher(roots: [inputs.contentDirectory, inputs.templatesDirectory], polling: polling)
        var builder = PreviewBuilder(inputs: inputs)
        firstBuild = builder.rebuildAll()
        self.builder = Mutex(builder)
        let problems = Self.problems(of: firstBuild, formatter: formatter)
        let snapshot = current.update { [firstBuild] snapshot in
            snapshot.site = firstBuild.site
            snapshot.problems = problems
        }
        server.broadcast(event: LiveReload.eventName, data: snapshot.version)
        let shownHost = host.contains(":") ? "[\(host)]" : host
        address = "http://\(shownHost):\(server.port)\(snapshot.site?.basePath ?? "/")"
        self.report = report
    }

    /// Serves the site and rebuilds it on every change until the calling task is cancelled;
    /// then stops listening, closes every connection and stops watching. A session runs once.
    public func run() async {
        await withDiscardingTaskGroup { group in
            group.addTask { await self.server.run() }
            group.addTask { await self.watcher.run { paths in self.filesChanged(paths) } }
        }
    }

    /// Rebuilds what the change of the files at `paths` (absolute) requires, then serves the
    /// result and tells every open page to reload.
    public func filesChanged(_ paths: Set<String>) {
        guard let rebuild = builder.withLock({ $0.apply(changedPaths: paths) }) else { return }
        let count = rebuilds.withLock { count -> Int in
            count += 1
            return count
        }
        let snapshot = current.update { snapshot in
            if let site = rebuild.site { snapshot.site = site }
            snapshot.problems = Self.problems(of: rebuild, formatter: formatter)
            snapshot.version = "\(sessionID)-\(count)"
        }
        server.broadcast(event: LiveReload.eventName, data: snapshot.version)
        report(rebuild)
    }

    /// Whether the server and the watcher are running (`run()` was called and has not ended).
    var isRunning: Bool { server.isRunning && watcher.isRunning }

    /// What is served now.
    public var snapshot: PreviewSnapshot { current.current }

    /// The number of pages listening for reloads.
    public var listeningPageCount: Int { server.eventStreamCount }

    /// The lines of the overlay: every error, then every warning, when the rebuild failed.
    private static func problems(of rebuild: PreviewRebuild, formatter: DiagnosticFormatter) -> [String] {
        guard rebuild.site == nil else { return [] }
        let sorted = rebuild.diagnostics.sorted
        return (sorted.filter { $0.severity == .error } + sorted.filter { $0.severity != .error })
            .map(formatter.compilerStyle)
    }
}
