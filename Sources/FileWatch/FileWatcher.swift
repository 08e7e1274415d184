import Foundation
import PollWakeup
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Watches folders and reports the files that changed, debounced: the paths changed within a
/// short quiet period (an editor's save is several events) are reported together, once.
///
/// It uses inotify where the kernel has it and a periodic scan otherwise. Reports come on the
/// watcher's own thread, one at a time: changes made while one is handled are in the next.
public final class FileWatcher: Sendable {
    /// How the watcher learns of changes.
    public enum Method: Sendable, Equatable {
        /// Linux's inotify.
        case inotify
        /// Scanning the folders every `milliseconds`.
        case polling(milliseconds: Int)
    }

    /// How changes are learned of.
    public let method: Method
    private let source: Mutex<any ChangeSource>
    private let wake = WakePipe()
    private let stopped = Mutex(false)
    private let quietMilliseconds: Int32
    private let onChange: @Sendable (Set<String>) -> Void

    /// The longest a report waits for changes to stop before it is made anyway.
    static let maximumDelayMilliseconds = 300

    /// Watches every folder under `roots`, with inotify unless `polling` asks for a scan every
    /// that many milliseconds (or inotify is not available); `onChange` gets absolute paths
    /// once no change came for `quietMilliseconds`. Watching starts before this returns.
    public init(
        roots: [String], polling: Int? = nil, quietMilliseconds: Int = 10,
        onChange: @escaping @Sendable (Set<String>) -> Void
    ) {
        let absolute = roots.map(WatchedPath.absolute)
        if polling == nil, let inotify = InotifySource(roots: absolute) {
            source = Mutex(inotify)
            method = .inotify
        } else {
            let interval = max(polling ?? 300, 10)
            source = Mutex(PollingSource(roots: absolute, interval: Int32(interval)))
            method = .polling(milliseconds: interval)
        }
        self.quietMilliseconds = Int32(quietMilliseconds)
        self.onChange = onChange
    }

    /// Starts reporting, on a thread of its own.
    public func start() {
        Thread.detachNewThread { [self] in run() }
    }

    /// Stops watching; a report being made finishes first.
    public func stop() {
        stopped.withLock { $0 = true }
        wake.signal()
    }

    private var isStopped: Bool { stopped.withLock { $0 } }

    private func run() {
        var pending: Set<String> = []
        var firstChange = DispatchTime.now()
        while !isStopped {
            let changes = source.withLock {
                $0.changes(waitingUpTo: pending.isEmpty ? 500 : quietMilliseconds, wake: wake.readEnd)
            }
            if !changes.isEmpty {
                if pending.isEmpty { firstChange = DispatchTime.now() }
                pending.formUnion(changes)
                let waited = (DispatchTime.now().uptimeNanoseconds - firstChange.uptimeNanoseconds) / 1_000_000
                if waited < Self.maximumDelayMilliseconds { continue }
            }
            guard !pending.isEmpty, !isStopped else { continue }
            onChange(pending)
            pending.removeAll()
        }
        source.withLock { $0.close() }
        wake.close()
    }
}
