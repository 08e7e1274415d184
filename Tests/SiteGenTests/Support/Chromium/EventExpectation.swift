import Synchronization

/// Events of one kind collected from the moment it was made, to wait for one of them with a
/// time bound. Made by `DevToolsConnection.expect` before the command that causes the events,
/// so that an event that comes before the command's answer is not lost.
final class EventExpectation: Sendable {
    private struct Waiter {
        var matches: @Sendable (DevToolsConnection.Event) -> Bool
        var continuation: CheckedContinuation<DevToolsConnection.Event, any Error>
    }

    private struct State {
        var received: [DevToolsConnection.Event] = []
        var waiter: Waiter?
        var generation = 0
        var failure: BrowserError?
    }

    private let what: String
    private let matches: @Sendable (DevToolsConnection.Event) -> Bool
    private let onFinish: @Sendable (EventExpectation) -> Void
    private let state = Mutex(State())

    init(
        _ what: String, matches: @escaping @Sendable (DevToolsConnection.Event) -> Bool,
        onFinish: @escaping @Sendable (EventExpectation) -> Void
    ) {
        self.what = what
        self.matches = matches
        self.onFinish = onFinish
    }

    /// The first event collected (or coming within `timeout`) that also satisfies `filter`;
    /// events before it are dropped. Throws `BrowserError.timeout` or `.closed`.
    func next(
        where filter: @escaping @Sendable (DevToolsConnection.Event) -> Bool = { _ in true },
        timeout: Duration = .seconds(20)
    ) async throws -> DevToolsConnection.Event {
        try await withCheckedThrowingContinuation { continuation in
            let (ready, generation) = state.withLock {
                state -> (Result<DevToolsConnection.Event, BrowserError>?, Int) in
                state.generation += 1
                if let index = state.received.firstIndex(where: filter) {
                    defer { state.received.removeFirst(index + 1) }
                    return (.success(state.received[index]), state.generation)
                }
                if let failure = state.failure { return (.failure(failure), state.generation) }
                state.received.removeAll()
                state.waiter = Waiter(matches: filter, continuation: continuation)
                return (nil, state.generation)
            }
            if let ready {
                continuation.resume(with: ready)
                return
            }
            after(timeout) { [self] in
                let waiter = state.withLock { state -> Waiter? in
                    guard state.generation == generation else { return nil }
                    defer { state.waiter = nil }
                    return state.waiter
                }
                waiter?.continuation.resume(throwing: BrowserError.timeout("waiting for \(what)", timeout))
            }
        }
    }

    /// Stops collecting; the connection holds an expectation until then (`defer { finish() }`).
    func finish() {
        onFinish(self)
    }

    func receive(_ event: DevToolsConnection.Event) {
        guard matches(event) else { return }
        let waiter = state.withLock { state -> Waiter? in
            if let waiter = state.waiter, waiter.matches(event) {
                state.waiter = nil
                return waiter
            }
            state.received.append(event)
            return nil
        }
        waiter?.continuation.resume(returning: event)
    }

    func fail(_ error: BrowserError) {
        let waiter = state.withLock { state in
            state.failure = error
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.continuation.resume(throwing: error)
    }
}
