import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A small HTTP/1.1 server for the preview: one thread per connection, one request per
/// connection, answers computed by a handler from memory, and Server-Sent Events streams.
///
/// It is written on Glibc's sockets rather than a server library: the preview needs GET and
/// HEAD of bytes already in memory and one event stream, on the loopback interface, and this
/// costs CI no dependency to build. Connections time out after 10 seconds of silence; past
/// `maximumConnections` requests at once, new ones are answered 503 at once.
public final class HTTPServer: Sendable {
    /// Computes the answer to a request.
    public typealias Handler = @Sendable (HTTPRequest) -> HTTPReply

    /// The most requests answered at the same time.
    public static let maximumConnections = 256

    /// The port the server listens on.
    public let port: Int
    private let listener: Int32
    private let handler: Handler
    private let events: EventStream
    private let state = Mutex((running: 0, stopped: false))

    /// Listens on `host` and `port` (0: any free port); call `start()` to answer requests.
    public init(host: String, port: Int, handler: @escaping Handler) throws(ServeError) {
        let socket = try ListeningSocket.open(host: host, port: port)
        listener = socket.descriptor
        self.port = socket.port
        self.handler = handler
        events = EventStream()
    }

    /// Starts accepting connections on a thread of its own.
    public func start() {
        Thread.detachNewThread { [self] in acceptConnections() }
    }

    /// Sends an event to every open event stream (and to every later one, on connecting).
    public func broadcast(event: String, data: String) {
        events.broadcast(event: event, data: data)
    }

    /// The number of open event streams.
    public var eventStreamCount: Int { events.connectionCount }

    /// Stops listening and closes the event streams; requests being answered finish on their own.
    public func stop() {
        let wasStopped = state.withLock { state -> Bool in
            defer { state.stopped = true }
            return state.stopped
        }
        guard !wasStopped else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        events.stop()
    }

    private func acceptConnections() {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR || errno == ECONNABORTED || errno == EMFILE || errno == ENFILE {
                    if errno == EMFILE || errno == ENFILE { usleep(10_000) }
                    continue
                }
                return
            }
            _ = fcntl(connection, F_SETFD, FD_CLOEXEC)
            let admitted = state.withLock { state -> Bool in
                guard !state.stopped, state.running < Self.maximumConnections else { return false }
                state.running += 1
                return true
            }
            guard admitted else {
                Socket.setTimeouts(connection, seconds: 1)
                _ = Socket.sendAll(
                    connection, HTTPResponse.text(503, "The server is busy; try again.").serialized(includeBody: true))
                Socket.close(connection)
                continue
            }
            Thread.detachNewThread { [self] in
                serve(connection)
                state.withLock { $0.running -= 1 }
            }
        }
    }

    private func serve(_ connection: Int32) {
        Socket.setTimeouts(connection, seconds: 10)
        let response: HTTPResponse
        var isHead = false
        switch Socket.receiveHead(connection, limit: HTTPRequest.maximumHeadSize) {
        case .closed:
            Socket.close(connection)
            return
        case .tooLarge:
            response = .text(431, "The request head is too large.")
        case .head(let bytes):
            guard let request = HTTPRequest.parse(head: bytes) else {
                response = .text(400, "This is not an HTTP/1.1 request.")
                break
            }
            isHead = request.method == "HEAD"
            switch handler(request) {
            case .response(let answer):
                response = answer
            case .eventStream:
                events.add(connection)
                return
            }
        }
        _ = Socket.sendAll(connection, response.serialized(includeBody: !isHead))
        Socket.close(connection)
    }
}
