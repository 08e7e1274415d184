import PollWakeup

#if canImport(Glibc)
    import Glibc
#endif

/// The server's one thread: it accepts connections, reads request heads, sends answers and
/// watches the event streams, all without blocking, in one `poll(2)` loop.
///
/// Every connection has a deadline for its whole request head and another for its whole answer,
/// so a client that trickles bytes cannot hold a connection longer than that, and a slow client
/// costs a descriptor and a buffer, not a thread. Past `maximumConnections`, the connection that
/// has been reading its head longest is closed to make room.
struct ServerLoop {
    let listener: Int32
    let thread: PollThread
    let events: EventStream
    let handler: HTTPServer.Handler
    let limits: HTTPServer.Limits
    let hosts: AllowedHosts

    private var connections: [Connection] = []
    private var nextKeepAlive = ContinuousClock.now
    private var listenerPausedUntil: ContinuousClock.Instant?

    init(
        listener: Int32, thread: PollThread, events: EventStream, handler: @escaping HTTPServer.Handler,
        limits: HTTPServer.Limits, hosts: AllowedHosts
    ) {
        self.listener = listener
        self.thread = thread
        self.events = events
        self.handler = handler
        self.limits = limits
        self.hosts = hosts
        nextKeepAlive = .now + limits.keepAliveInterval
    }

    /// Serves until the thread is asked to stop, then closes the listener and every connection.
    mutating func run() {
        while !thread.isStopping { step() }
        for connection in connections { Socket.close(connection.descriptor) }
        connections.removeAll()
        events.closeAll()
        close(listener)
    }

    private mutating func step() {
        let now = ContinuousClock.now
        expire(at: now)
        if now >= nextKeepAlive {
            events.keepAlive()
            nextKeepAlive = now + limits.keepAliveInterval
        }
        let streams = events.watched()
        let listening = listenerPausedUntil.map { now >= $0 } ?? true
        var descriptors = [pollfd(fd: thread.wakeDescriptor, events: Int16(POLLIN), revents: 0)]
        descriptors.append(pollfd(fd: listening ? listener : -1, events: Int16(POLLIN), revents: 0))
        for connection in connections {
            let wanted = connection.phase == .readingHead ? POLLIN : POLLOUT
            descriptors.append(pollfd(fd: connection.descriptor, events: Int16(wanted), revents: 0))
        }
        descriptors += streams.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        guard poll(&descriptors, nfds_t(descriptors.count), timeout(from: now)) > 0 else { return }
        if descriptors[0].revents != 0 { thread.drainWakeups() }
        let streamsStart = 2 + connections.count
        var done: [Int] = []
        for index in connections.indices where descriptors[index + 2].revents != 0 {
            var connection = connections[index]
            if advance(&connection) { done.append(index) }
            connections[index] = connection
        }
        for index in done.reversed() { connections.remove(at: index) }
        events.closeIfGone(descriptors[streamsStart...].filter { $0.revents != 0 }.map(\.fd))
        if descriptors[1].revents != 0 { acceptWaiting() }
    }

    /// The milliseconds `poll` may wait: until the next deadline, keep-alive or retry of the
    /// listener.
    private func timeout(from now: ContinuousClock.Instant) -> Int32 {
        var next = nextKeepAlive
        for connection in connections { next = min(next, connection.deadline) }
        if let listenerPausedUntil { next = min(next, listenerPausedUntil) }
        let (seconds, attoseconds) = now.duration(to: next).components
        let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: max(0, milliseconds))
    }

    /// Answers 408 to the connections whose head is late and closes them, and closes the ones
    /// whose answer is late.
    private mutating func expire(at now: ContinuousClock.Instant) {
        connections.removeAll { connection in
            guard connection.deadline <= now else { return false }
            if connection.phase == .readingHead {
                _ = Socket.sendNow(
                    connection.descriptor,
                    HTTPResponse.text(408, "The request head did not arrive in time.").serialized(includeBody: true))
            }
            Socket.close(connection.descriptor)
            return true
        }
    }

    /// Reads or sends what the connection is ready for; whether it is done (closed, or handed
    /// over to the event stream).
    private func advance(_ connection: inout Connection) -> Bool {
        switch connection.phase {
        case .sending:
            guard connection.sendMore() else { return false }
        case .readingHead:
            switch connection.readHead(limit: HTTPRequest.maximumHeadSize) {
            case .waiting:
                return false
            case .closed:
                break
            case .tooLarge:
                return send(.text(431, "The request head is too large."), on: &connection)
            case .head(let head):
                return answer(head, on: &connection)
            }
        }
        Socket.close(connection.descriptor)
        return true
    }

    /// Answers a whole request head.
    private func answer(_ head: [UInt8], on connection: inout Connection) -> Bool {
        let request: HTTPRequest
        switch HTTPRequest.parse(head: head) {
        case .failure(let error):
            return send(.text(400, error.reason), on: &connection)
        case .success(let parsed):
            request = parsed
        }
        if request.isHTTP11, request.host == nil {
            return send(.text(400, "The request has no Host header."), on: &connection)
        }
        guard hosts.allows(request.host) else { return send(hosts.refusal(), on: &connection) }
        switch handler(request) {
        case .response(let response):
            return send(response, on: &connection, includeBody: request.method != "HEAD")
        case .eventStream:
            switch events.add(connection.descriptor) {
            case .kept:
                return true
            case .full:
                return send(.text(503, "Too many pages are listening for reloads."), on: &connection)
            case .failed:
                Socket.close(connection.descriptor)
                return true
            }
        }
    }

    /// Starts sending `response`; whether the connection is done already.
    private func send(_ response: HTTPResponse, on connection: inout Connection, includeBody: Bool = true) -> Bool {
        connection.answer(response.serialized(includeBody: includeBody), deadline: .now + limits.sendTimeout)
        guard connection.sendMore() else { return false }
        Socket.close(connection.descriptor)
        return true
    }

    /// Accepts the connections waiting, making room by closing the one that has been reading
    /// its head longest when there are `maximumConnections` already.
    private mutating func acceptWaiting() {
        listenerPausedUntil = nil
        for _ in 0..<64 {
            switch Socket.accept(listener) {
            case .connection(let descriptor):
                if connections.count >= limits.maximumConnections, !closeOldestReading() {
                    _ = Socket.sendNow(
                        descriptor,
                        HTTPResponse.text(503, "The server is busy; try again.").serialized(includeBody: true))
                    Socket.close(descriptor)
                    continue
                }
                connections.append(Connection(descriptor: descriptor, deadline: .now + limits.headTimeout))
            case .none:
                return
            case .outOfDescriptors:
                if closeOldestReading() { continue }
                listenerPausedUntil = .now + .milliseconds(10)
                return
            case .failed:
                listenerPausedUntil = .now + .milliseconds(100)
                return
            }
        }
    }

    /// Closes the connection that has been reading its head longest; false when none is.
    private mutating func closeOldestReading() -> Bool {
        guard let oldest = connections.firstIndex(where: { $0.phase == .readingHead }) else { return false }
        Socket.close(connections[oldest].descriptor)
        connections.remove(at: oldest)
        return true
    }
}
