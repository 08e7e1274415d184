import Foundation
import PollWakeup
import Synchronization

/// Watches folders and reports the files that changed, debounced: the paths changed within a
/// short quiet period (an editor's save is several events) are reported together, once.
///
/// It uses inotify where the kernel has it and a periodic scan otherwise. Watching starts when
/// the watcher is made; `run` reports, on the watcher's own thread, one report at a time:
/// changes made while one is handled are in the next.
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
    private let thread = PollThread()
    private let quietMilliseconds: Int32

    /// The longest a report waits for changes to stop before it is made anyway.
    static let maximumDelayMilliseconds = 300

    /// Watches every folder under `roots`, with inotify unless `polling` asks for a scan every
    /// that many milliseconds (or inotify is not available). Changes from now on are reported
    /// by `run`, once no change came for `quietMilliseconds`.
    public init(roots: [String], polling: Int? = nil, quietMilliseconds: Int = 10) {
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
    }

    deinit {
        source.withLock { $0.close() }
    }

    /// Reports changes until the calling task is cancelled: `onChange` gets absolute paths, on
    /// the watcher's own thread; a report being made when the task is cancelled finishes first.
    /// A watcher runs once.
    public func run(onChange: @escaping @Sendable (Set<String>) -> Void) async {
        await thread.run { [self] in report(to: onChange) }
    }

    /// Whether the watcher's thread is reporting (`run` was called and has not ended).
    package var isRunning: Bool { thread.isRunning }

    private func report(to onChange: @Sendable (Set<String>) -> Void) {
        var pending: Set<String> = []
        var firstChange = ContinuousClock.now
        while !thread.isStopping {
            let changes = source.withLock {
                $0.changes(waitingUpTo: pending.isEmpty ? 500 : quietMilliseconds, wake: thread.wakeDescriptor)
            }
            if !changes.isEmpty {
                if pending.isEmpty { firstChange = .now }
                pending.formUnion(changes)
                if firstChange.duration(to: .now) < .milliseconds(Self.maximumDelayMilliseconds) { continue }
            }
            guard !pending.isEmpty, !thread.isStopping else { continue }
            onChange(pending)
            pending.removeAll()
        }
    }
}
