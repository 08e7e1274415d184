import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// One Chrome DevTools Protocol connection over Chromium's debugging pipe: JSON messages, each
/// followed by a NUL byte (https://chromedevtools.github.io/devtools-protocol/, "--remote-debugging-pipe").
///
/// Commands are answered by id; every command and every awaited event has a time bound. A
/// thread of its own reads the browser's messages, resumes the commands they answer and hands
/// events to the listeners and expectations registered for them.
final class DevToolsConnection: Sendable {
    /// An event the browser sent: `method`, `params`, and the session it belongs to (nil for the
    /// browser itself).
    struct Event: Sendable {
        var method: String
        var params: BrowserJSON
        var sessionID: String?
    }

    private struct Message: Decodable {
        var id: Int?
        var result: BrowserJSON?
        var error: ProtocolError?
        var method: String?
        var params: BrowserJSON?
        var sessionId: String?
    }

    private struct ProtocolError: Decodable {
        var code: Int
        var message: String
    }

    private struct Command: Encodable {
        var id: Int
        var method: String
        var params: BrowserJSON
        var sessionId: String?
    }

    private struct Pending {
        var method: String
        var continuation: CheckedContinuation<BrowserJSON, any Error>
    }

    private struct State {
        var nextID = 1
        var pending: [Int: Pending] = [:]
        var listeners: [Int: @Sendable (Event) -> Void] = [:]
        var expectations: [ObjectIdentifier: EventExpectation] = [:]
        var nextListener = 1
        var closedReason: String?
    }

    private let state = Mutex(State())
    private let writeLock = Mutex(())
    private let output: Int32
    private let input: Int32

    /// A connection writing commands to `output` (non-blocking) and reading messages from `input`.
    init(output: Int32, input: Int32) {
        self.output = output
        self.input = input
        Thread.detachNewThread { [self] in readMessages() }
    }

    /// Why the connection closed, or nil while it is open.
    var closedReason: String? { state.withLock { $0.closedReason } }

    /// Sends a command and returns its `result`; throws `BrowserError.protocolError` when the
    /// browser answers with an error, `.timeout` after `timeout`, `.closed` when the pipe closes.
    func send(
        _ method: String, _ params: BrowserJSON = [:], session: String? = nil, timeout: Duration = .seconds(20)
    ) async throws -> BrowserJSON {
        let id = state.withLock { state in
            defer { state.nextID += 1 }
            return state.nextID
        }
        let data = try JSONEncoder().encode(Command(id: id, method: method, params: params, sessionId: session))
        return try await withCheckedThrowingContinuation { continuation in
            let closed = state.withLock { state -> String? in
                if let reason = state.closedReason { return reason }
                state.pending[id] = Pending(method: method, continuation: continuation)
                return nil
            }
            if let closed {
                continuation.resume(throwing: BrowserError.closed(closed))
                return
            }
            do {
                try write(Array(data) + [0], timeout: timeout)
            } catch {
                take(id)?.continuation.resume(throwing: error)
                return
            }
            after(timeout) { [self] in
                take(id)?.continuation.resume(throwing: BrowserError.timeout("DevTools command \(method)", timeout))
            }
        }
    }

    /// Calls `listener` with every event from now on, on the reading thread (it must be quick);
    /// returns a token for `removeListener`.
    func addListener(_ listener: @escaping @Sendable (Event) -> Void) -> Int {
        state.withLock { state in
            defer { state.nextListener += 1 }
            state.listeners[state.nextListener] = listener
            return state.nextListener
        }
    }

    /// Stops calling the listener `token` was returned for.
    func removeListener(_ token: Int) {
        _ = state.withLock { $0.listeners.removeValue(forKey: token) }
    }

    /// Starts collecting the events that satisfy `matches`, before the command that causes them
    /// is sent (so that none is missed); wait for one with `EventExpectation.next`.
    func expect(_ what: String, matching matches: @escaping @Sendable (Event) -> Bool) -> EventExpectation {
        let expectation = EventExpectation(what, matches: matches) { [weak self] expectation in
            _ = self?.state.withLock { $0.expectations.removeValue(forKey: ObjectIdentifier(expectation)) }
        }
        let closed = state.withLock { state -> String? in
            if let reason = state.closedReason { return reason }
            state.expectations[ObjectIdentifier(expectation)] = expectation
            return nil
        }
        if let closed { expectation.fail(BrowserError.closed(closed)) }
        return expectation
    }

    private func take(_ id: Int) -> Pending? {
        state.withLock { $0.pending.removeValue(forKey: id) }
    }

    private func write(_ bytes: [UInt8], timeout: Duration) throws {
        let deadline = ContinuousClock.now + timeout
        try writeLock.withLock { _ in
            var sent = 0
            while sent < bytes.count {
                let count = bytes[sent...].withUnsafeBytes { Glibc.write(output, $0.baseAddress, $0.count) }
                if count > 0 {
                    sent += count
                    continue
                }
                guard count < 0, errno == EAGAIN || errno == EINTR else {
                    throw BrowserError.closed("write failed: \(String(cString: strerror(errno)))")
                }
                var poller = pollfd(fd: output, events: Int16(POLLOUT), revents: 0)
                let left = deadline - ContinuousClock.now
                guard left > .zero else { throw BrowserError.timeout("writing to the DevTools pipe", timeout) }
                _ = poll(&poller, 1, Int32(max(1, left.components.seconds * 1000 + 1)))
            }
        }
    }

    private func readMessages() {
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let decoder = JSONDecoder()
        while true {
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            var start = buffer.count
            buffer += chunk[..<count]
            var consumed = 0
            while let end = buffer[start...].firstIndex(of: 0) {
                if let message = try? decoder.decode(Message.self, from: Data(buffer[consumed..<end])) {
                    dispatch(message)
                }
                consumed = end + 1
                start = consumed
            }
            if consumed > 0 { buffer.removeFirst(consumed) }
        }
        closeConnection("the browser exited")
    }

    private func dispatch(_ message: Message) {
        if let id = message.id {
            guard let pending = take(id) else { return }
            if let error = message.error {
                pending.continuation.resume(
                    throwing: BrowserError.protocolError(
                        method: pending.method, code: error.code, message: error.message))
            } else {
                pending.continuation.resume(returning: message.result ?? .null)
            }
            return
        }
        guard let method = message.method else { return }
        let event = Event(method: method, params: message.params ?? .null, sessionID: message.sessionId)
        let (listeners, expectations) = state.withLock { ($0.listeners.values, $0.expectations.values) }
        for listener in listeners { listener(event) }
        for expectation in expectations { expectation.receive(event) }
    }

    private func closeConnection(_ reason: String) {
        let (pending, expectations) = state.withLock { state in
            state.closedReason = reason
            defer {
                state.pending.removeAll()
                state.expectations.removeAll()
            }
            return (Array(state.pending.values), Array(state.expectations.values))
        }
        for command in pending { command.continuation.resume(throwing: BrowserError.closed(reason)) }
        for expectation in expectations { expectation.fail(BrowserError.closed(reason)) }
    }
}

/// Runs `body` once `delay` has passed, on a global queue.
func after(_ delay: Duration, _ body: @escaping @Sendable () -> Void) {
    let seconds = Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18
    DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: body)
}
