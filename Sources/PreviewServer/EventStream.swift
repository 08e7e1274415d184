import Foundation
import PollWakeup
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The open Server-Sent Events connections, and the last event sent to them.
///
/// A new connection gets the last event at once, so that a page that missed a broadcast while
/// it connected still learns of it. A thread of its own watches the connections and closes the
/// ones whose client went away; it alone closes them, so a descriptor is never reused while it
/// is still watched. Every 15 seconds a comment line keeps idle connections alive.
final class EventStream: Sendable {
    /// The connections, those to close, the last event, and whether the stream stopped.
    private struct State {
        var connections: [Int32] = []
        var gone: [Int32] = []
        var lastEvent: [UInt8] = []
        var stopped = false
    }

    private let state = Mutex(State())
    private let wake = WakePipe()

    /// How long the watching thread waits before it sends a keep-alive comment.
    static let keepAliveMilliseconds: Int32 = 15_000

    /// A stream with no connections, whose watching thread runs until `stop()`.
    init() {
        Thread.detachNewThread { [self] in watchConnections() }
    }

    /// The response head and retry delay every stream starts with.
    static let preamble = Array(
        ("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n"
            + "X-Content-Type-Options: nosniff\r\n\r\nretry: 500\n\n").utf8)

    /// The most streams kept open at once; later ones are answered 503 and closed, so open
    /// streams cannot use up the process's file descriptors.
    static let maximumConnections = 256

    /// Takes over a connection: sends the stream's head and the last event, then keeps it.
    func add(_ descriptor: Int32) {
        let kept = state.withLock { state -> Bool in
            guard state.connections.count < Self.maximumConnections else {
                _ = Socket.sendAll(
                    descriptor,
                    Array("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".utf8),
                    flags: Int32(MSG_DONTWAIT))
                return false
            }
            guard !state.stopped,
                Socket.sendAll(descriptor, Self.preamble + state.lastEvent, flags: Int32(MSG_DONTWAIT))
            else { return false }
            state.connections.append(descriptor)
            return true
        }
        if kept { signalWatcher() } else { Socket.close(descriptor) }
    }

    /// Sends `event: name` with `data` to every connection, and to every later one on connecting.
    func broadcast(event name: String, data: String) {
        let message = Array("event: \(name)\ndata: \(data)\n\n".utf8)
        state.withLock { state in
            state.lastEvent = message
            send(message, in: &state)
        }
        signalWatcher()
    }

    /// The number of open connections.
    var connectionCount: Int { state.withLock { $0.connections.count } }

    /// Closes every connection and ends the watching thread.
    func stop() {
        state.withLock { $0.stopped = true }
        signalWatcher()
    }

    /// Sends without blocking; a connection that cannot take the whole message is dropped (its
    /// browser reconnects and gets the last event).
    private func send(_ message: [UInt8], in state: inout State) {
        var kept: [Int32] = []
        for connection in state.connections {
            if Socket.sendAll(connection, message, flags: Int32(MSG_DONTWAIT)) {
                kept.append(connection)
            } else {
                state.gone.append(connection)
            }
        }
        state.connections = kept
    }

    private func signalWatcher() {
        wake.signal()
    }

    private func watchConnections() {
        while true {
            let (watched, stopped) = state.withLock { state -> ([Int32], Bool) in
                for connection in state.gone { Socket.close(connection) }
                state.gone.removeAll()
                if state.stopped {
                    for connection in state.connections { Socket.close(connection) }
                    state.connections.removeAll()
                }
                return (state.connections, state.stopped)
            }
            if stopped { break }
            var descriptors = [pollfd(fd: wake.readEnd, events: Int16(POLLIN), revents: 0)]
            descriptors += watched.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), Self.keepAliveMilliseconds)
            if ready == 0 {
                state.withLock { send(Array(": keep-alive\n\n".utf8), in: &$0) }
                continue
            }
            if descriptors[0].revents != 0 { wake.drain() }
            let closed = descriptors.dropFirst().filter { $0.revents != 0 && Self.isClosed($0.fd) }.map(\.fd)
            guard !closed.isEmpty else { continue }
            state.withLock { state in
                state.connections.removeAll { closed.contains($0) }
                state.gone += closed
            }
        }
        wake.close()
    }

    /// Whether a connection's client went away (clients send nothing on an event stream).
    private static func isClosed(_ descriptor: Int32) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
        return count == 0 || (count < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
    }
}
