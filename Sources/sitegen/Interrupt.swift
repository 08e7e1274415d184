import Dispatch
import Foundation
import Synchronization

/// Catches Ctrl-C (SIGINT) and SIGTERM, so that a long-running command can stop cleanly.
///
/// Catching starts in `listen()`, before the command says it is running, so a signal sent as
/// soon as it says so is neither lost nor left to end the process at once.
struct Interrupt {
    private let flag = Flag()
    private let sources: [DispatchSourceSignal]

    /// Starts catching the signals; they no longer end the process. `handler`, when given, is
    /// called with the signal's number (on a queue of its own) as soon as each one arrives.
    static func listen(handler: (@Sendable (Int32) -> Void)? = nil) -> Interrupt {
        Interrupt(handler: handler)
    }

    private init(handler: (@Sendable (Int32) -> Void)?) {
        let queue = DispatchQueue(label: "sitegen.interrupt")
        let flag = self.flag
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                handler?(number)
                flag.raise()
            }
            source.resume()
            return source
        }
    }

    /// Returns once a signal has arrived (at once if one already has).
    func wait() async {
        await flag.wait()
        for source in sources { source.cancel() }
    }

    /// Whether a signal has arrived, and the task waiting for one.
    private final class Flag: Sendable {
        private enum State {
            case waiting(CheckedContinuation<Void, Never>?)
            case raised
        }

        private let state = Mutex(State.waiting(nil))

        func raise() {
            let continuation = state.withLock { state -> CheckedContinuation<Void, Never>? in
                guard case .waiting(let continuation) = state else { return nil }
                state = .raised
                return continuation
            }
            continuation?.resume()
        }

        func wait() async {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let raised = state.withLock { state -> Bool in
                    if case .raised = state { return true }
                    state = .waiting(continuation)
                    return false
                }
                if raised { continuation.resume() }
            }
        }
    }
}
