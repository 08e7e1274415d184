import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The open Server-Sent Events connections, and the last event sent to them.
///
/// A new connection gets the last event at once, so that a page that missed a broadcast while
/// it connected still learns of it. The server's loop watches the connections, closes the ones
/// whose client went away and sends the keep-alive comments; it alone closes them, so that a
/// descriptor is never reused while it is still watched. Broadcasts come from any thread.
final class EventStream: Sendable {
    /// The connections, those to close, and the last event.
    private struct State {
        var connections: [Int32] = []
        var gone: [Int32] = []
        var lastEvent: [UInt8] = []
    }

    private let state = Mutex(State())
    private let maximumConnections: Int
    private let wakeLoop: @Sendable () -> Void

    /// A stream of at most `maximumConnections` connections; `wakeLoop` wakes the server's loop
    /// to close the connections a broadcast found gone.
    init(maximumConnections: Int, wakeLoop: @escaping @Sendable () -> Void) {
        self.maximumConnections = maximumConnections
        self.wakeLoop = wakeLoop
    }

    /// The response head and retry delay every stream starts with.
    static let preamble = Array(
        ("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n"
            + "X-Content-Type-Options: nosniff\r\n\r\nretry: 500\n\n").utf8)

    /// The comment line that keeps an idle connection open.
    static let keepAliveComment = Array(": keep-alive\n\n".utf8)

    /// What `add` did with a connection.
    enum Added {
        /// The stream keeps it.
        case kept
        /// There are already `maximumConnections`; the caller answers 503 and closes it.
        case full
        /// The connection did not take the stream's head; the caller closes it.
        case failed
    }

    /// Takes over a connection (on the loop's thread): sends the stream's head and the last
    /// event, then keeps it.
    func add(_ descriptor: Int32) -> Added {
        state.withLock { state in
            guard state.connections.count < maximumConnections else { return .full }
            guard Socket.sendNow(descriptor, Self.preamble + state.lastEvent) else { return .failed }
            state.connections.append(descriptor)
            return .kept
        }
    }

    /// Sends `event: name` with `data` to every connection, and to every later one on connecting.
    func broadcast(event name: String, data: String) {
        let message = Array("event: \(name)\ndata: \(data)\n\n".utf8)
        let dropped = state.withLock { state in
            state.lastEvent = message
            return send(message, in: &state)
        }
        if dropped { wakeLoop() }
    }

    /// Sends the keep-alive comment to every connection.
    func keepAlive() {
        _ = state.withLock { send(Self.keepAliveComment, in: &$0) }
    }

    /// The number of open connections.
    var connectionCount: Int { state.withLock { $0.connections.count } }

    /// The connections to watch (on the loop's thread), after closing the ones found gone.
    func watched() -> [Int32] {
        state.withLock { state in
            for connection in state.gone { Socket.close(connection) }
            state.gone.removeAll()
            return state.connections
        }
    }

    /// Closes the connections among `descriptors` whose client went away (on the loop's thread).
    func closeIfGone(_ descriptors: [Int32]) {
        let closed = descriptors.filter(Self.isClosed)
        guard !closed.isEmpty else { return }
        state.withLock { state in
            for descriptor in closed {
                guard let index = state.connections.firstIndex(of: descriptor) else { continue }
                state.connections.remove(at: index)
                Socket.close(descriptor)
            }
        }
    }

    /// Closes every connection (on the loop's thread, as it ends).
    func closeAll() {
        state.withLock { state in
            for connection in state.gone + state.connections { Socket.close(connection) }
            state.gone.removeAll()
            state.connections.removeAll()
        }
    }

    /// Sends without blocking; a connection that cannot take the whole message is dropped (its
    /// browser reconnects and gets the last event). Returns whether one was.
    private func send(_ message: [UInt8], in state: inout State) -> Bool {
        var kept: [Int32] = []
        for connection in state.connections {
            if Socket.sendNow(connection, message) {
                kept.append(connection)
            } else {
                state.gone.append(connection)
            }
        }
        defer { state.connections = kept }
        return kept.count < state.connections.count
    }

    /// Whether a connection's client went away (clients send nothing on an event stream).
    private static func isClosed(_ descriptor: Int32) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 512)
        return Socket.receive(descriptor, into: &buffer) == .closed
    }
}
