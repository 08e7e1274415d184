import Foundation
import PollWakeup
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The pipe the signal handler writes the signal's number to; `write(2)` is all the handler
/// does, and it is one of the calls a signal handler may make (POSIX's async-signal-safe
/// functions). Everything else happens on a thread that reads the pipe.
private let signalPipe = WakePipe()

/// Ctrl-C (SIGINT) and SIGTERM, caught so that a command stops cleanly.
///
/// Once `listen` has been called the first SIGINT or SIGTERM no longer ends the process. Catching starts before
/// the command says it is running, so a signal sent as soon as it says so is neither lost nor
/// left to end the process at once. Two uses:
///
/// - A long-running async command (`serve`) calls `wait()`, which returns at the first signal;
///   the thread that reads the pipe belongs to the waiting task, and cancelling that task ends it.
/// - A synchronous command (`build`) gives a `handler`, called with the first signal's number
///   on a thread of its own; `wait()` is not used then.
///
/// Either way, once a signal has arrived the signals' default action is back, so that a second
/// Ctrl-C ends the process at once, even if stopping hangs: the kernel resets the signal that
/// came as it delivers it (`SA_RESETHAND`), so a quick double Ctrl-C is not lost before the
/// reading thread wakes, and that thread resets the other.
public final class Interrupt: Sendable {
    private let hasHandler: Bool
    private let arrived = Atomic(false)

    private init(hasHandler: Bool) {
        self.hasHandler = hasHandler
    }

    /// Whether a signal has arrived: a handler was called (or is about to be).
    public var hasArrived: Bool { arrived.load(ordering: .sequentiallyConsistent) }

    /// Starts catching SIGINT and SIGTERM; `handler`, when given, is called with the number of
    /// the first signal that arrives.
    public static func listen(handler: (@Sendable (Int32) -> Void)? = nil) -> Interrupt {
        _ = signalPipe.readEnd
        for number in [SIGINT, SIGTERM] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signalPipe.signal(UInt8(truncatingIfNeeded: $0)) }
            action.sa_flags = SA_RESTART | Int32(bitPattern: UInt32(SA_RESETHAND))
            sigemptyset(&action.sa_mask)
            sigaction(number, &action, nil)
        }
        let interrupt = Interrupt(hasHandler: handler != nil)
        if let handler {
            Thread.detachNewThread {
                while true {
                    var descriptor = pollfd(fd: signalPipe.readEnd, events: Int16(POLLIN), revents: 0)
                    guard poll(&descriptor, 1, -1) > 0, let number = signalPipe.takeBytes().first else { continue }
                    interrupt.arrive()
                    handler(Int32(number))
                    return
                }
            }
        }
        return interrupt
    }

    /// Records that a signal arrived, and gives the signals their default action back.
    private func arrive() {
        arrived.store(true, ordering: .sequentiallyConsistent)
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }

    /// Returns once a signal has arrived (at once if one already has), or when the calling task
    /// is cancelled.
    public func wait() async {
        precondition(!hasHandler, "a listener with a handler is not waited for")
        let thread = PollThread()
        await thread.run {
            while !thread.isStopping {
                var descriptors = [
                    pollfd(fd: signalPipe.readEnd, events: Int16(POLLIN), revents: 0),
                    pollfd(fd: thread.wakeDescriptor, events: Int16(POLLIN), revents: 0),
                ]
                guard poll(&descriptors, 2, -1) > 0, descriptors[0].revents != 0 else { continue }
                self.arrive()
                return
            }
        }
    }
}
