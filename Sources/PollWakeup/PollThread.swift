import Foundation
import Synchronization

/// A loop that blocks in `poll(2)` on a thread of its own, whose lifetime belongs to the task
/// that runs it: `run` returns when the loop returns, and cancelling that task asks the loop to
/// stop and wakes it.
///
/// Blocking calls cannot wait for a task's cancellation, so the loop polls `wakeDescriptor`
/// beside its own descriptors and returns once `isStopping` is true. This is the one way the
/// preview's threads (the server's, the watcher's, the signal catcher's) are started and ended.
package final class PollThread: Sendable {
    private let pipe = WakePipe()
    private let stopping = Atomic(false)
    private let running = Atomic(false)

    /// A thread not yet started.
    package init() {}

    deinit {
        pipe.close()
    }

    /// The descriptor the loop polls for reading beside its own: readable after `wake()` and
    /// after the running task is cancelled.
    package var wakeDescriptor: Int32 { pipe.readEnd }

    /// Whether the task running the loop was cancelled; the loop returns once it sees this.
    package var isStopping: Bool { stopping.load(ordering: .acquiring) }

    /// Whether the thread has started and its loop not yet returned.
    package var isRunning: Bool { running.load(ordering: .acquiring) }

    /// Wakes the loop from `poll` (from any thread), so that it looks at shared state again.
    package func wake() {
        pipe.signal()
    }

    /// Reads away the wake-ups so far; the loop calls it when `wakeDescriptor` was readable.
    package func drainWakeups() {
        pipe.drain()
    }

    /// Runs `loop` on a new thread and returns when it returns. Cancelling the calling task (or
    /// calling this from a cancelled task) sets `isStopping` and wakes the loop. A thread runs
    /// once: after a cancellation, `isStopping` stays true.
    package func run(_ loop: @escaping @Sendable () -> Void) async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (finished: CheckedContinuation<Void, Never>) in
                Thread.detachNewThread {
                    self.running.store(true, ordering: .releasing)
                    loop()
                    self.running.store(false, ordering: .releasing)
                    finished.resume()
                }
            }
        } onCancel: {
            stopping.store(true, ordering: .releasing)
            pipe.signal()
        }
    }
}
