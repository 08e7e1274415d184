import Dispatch
import Foundation
import Synchronization

/// Waits for Ctrl-C (SIGINT) or SIGTERM, so that a long-running command can stop cleanly.
enum Interrupt {
    /// Returns when the process is asked to stop; the signals no longer end it at once.
    static func wait() async {
        let queue = DispatchQueue(label: "sitegen.interrupt")
        let signals = [SIGINT, SIGTERM]
        for number in signals { signal(number, SIG_IGN) }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let once = ResumeOnce(continuation)
            for number in signals {
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler {
                    once.resume()
                    source.cancel()
                }
                source.resume()
            }
        }
    }

    /// Resumes a continuation the first time only.
    private final class ResumeOnce: Sendable {
        private let continuation: Mutex<CheckedContinuation<Void, Never>?>

        init(_ continuation: CheckedContinuation<Void, Never>) {
            self.continuation = Mutex(continuation)
        }

        func resume() {
            continuation.withLock { continuation in
                continuation?.resume()
                continuation = nil
            }
        }
    }
}
