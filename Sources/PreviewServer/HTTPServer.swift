import PollWakeup
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A small HTTP/1.1 server for the preview: one request per connection, answers computed by a
/// handler from memory, and Server-Sent Events streams.
///
/// It is written on Glibc's sockets rather than a server library: the preview needs GET and
/// HEAD of bytes already in memory and one event stream, on the loopback interface, and this
/// costs CI no dependency to build. One thread serves every connection without blocking (see
/// `ServerLoop`); it runs for as long as the task that calls `run()`.
public final class HTTPServer: Sendable {
    /// Computes the answer to a request.
    public typealias Handler = @Sendable (HTTPRequest) -> HTTPReply

    /// How long clients may take and how many may be connected.
    public struct Limits: Sendable {
        /// How long a client has to send its whole request head; a late one is answered 408 and
        /// closed, however steadily its bytes trickle in.
        public var headTimeout: Duration
        /// How long an answer has to be taken by the client; then the connection is closed.
        public var sendTimeout: Duration
        /// The most connections being read or answered at once; past it, the one that has been
        /// reading its head longest is closed to make room.
        public var maximumConnections: Int
        /// The most event streams open at once; past it, new ones are answered 503, so that open
        /// streams cannot use up the process's file descriptors.
        public var maximumEventStreams: Int
        /// How often an idle event stream gets a comment line that keeps it open.
        public var keepAliveInterval: Duration

        /// The limits: by default 10 s for a request head and for an answer, 512 connections,
        /// 256 event streams, a keep-alive every 15 s.
        public init(
            headTimeout: Duration = .seconds(10), sendTimeout: Duration = .seconds(10), maximumConnections: Int = 512,
            maximumEventStreams: Int = 256, keepAliveInterval: Duration = .seconds(15)
        ) {
            self.headTimeout = headTimeout
            self.sendTimeout = sendTimeout
            self.maximumConnections = max(1, maximumConnections)
            self.maximumEventStreams = maximumEventStreams
            self.keepAliveInterval = keepAliveInterval
        }
    }

    /// The port the server listens on.
    public let port: Int
    private let listener: Mutex<Int32?>
    private let hosts: AllowedHosts
    private let limits: Limits
    private let handler: Handler
    private let thread: PollThread
    private let events: EventStream

    /// Listens on `host` and `port` (0: any free port); `run()` answers requests. On a loopback
    /// address, only requests whose `Host` names a loopback address and this port are answered
    /// (see `AllowedHosts`).
    public init(host: String, port: Int, limits: Limits = Limits(), handler: @escaping Handler) throws(ServeError) {
        let socket = try ListeningSocket.open(host: host, port: port)
        listener = Mutex(socket.descriptor)
        self.port = socket.port
        hosts = AllowedHosts(isLoopback: socket.isLoopback, port: socket.port)
        self.limits = limits
        self.handler = handler
        let thread = PollThread()
        self.thread = thread
        events = EventStream(maximumConnections: limits.maximumEventStreams) { thread.wake() }
    }

    deinit {
        if let descriptor = takeListener() { close(descriptor) }
    }

    /// Answers requests until the calling task is cancelled, then stops listening and closes
    /// every connection and event stream. A server runs once.
    public func run() async {
        guard let listener = takeListener() else { return }
        await thread.run { [self] in
            var loop = ServerLoop(
                listener: listener, thread: thread, events: events, handler: handler, limits: limits, hosts: hosts)
            loop.run()
        }
    }

    /// Sends an event to every open event stream (and to every later one, on connecting).
    public func broadcast(event: String, data: String) {
        events.broadcast(event: event, data: data)
    }

    /// The number of open event streams.
    public var eventStreamCount: Int { events.connectionCount }

    /// Whether the server's thread is serving (`run()` was called and has not ended).
    package var isRunning: Bool { thread.isRunning }

    private func takeListener() -> Int32? {
        listener.withLock { descriptor in
            defer { descriptor = nil }
            return descriptor
        }
    }
}
