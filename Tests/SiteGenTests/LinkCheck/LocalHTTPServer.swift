import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A small HTTP/1.1 server on 127.0.0.1 for the link checker's tests, on a free port, one
/// thread per connection, answering one request per connection:
///
/// - `/ok` 200; `/moved` 301 to `/ok`; `/moved-twice` 308 to `/moved`; `/temporary` 302 to `/ok`;
///   `/loop` 302 to itself
/// - `/missing` 404; `/broken` 500; `/limited` 429
/// - `/no-head` 405 to HEAD and 200 to GET
/// - `/slow/...` 200 after 300 ms (to see how many requests run at once)
/// - `/slow-hop/N` 302 to `/slow-hop/N-1` after 200 ms; `/slow-hop/0` 200
/// - `/silent` reads the request and never answers
/// - `/huge` 405 to HEAD; to GET 200 and a body of 1 GB, sent until the client goes away
/// - `/to-file`, `/to-ftp`, `/to-localhost` 302 to `file:///etc/passwd`, `ftp://127.0.0.1/file`
///   and `http://localhost:<port>/ok`
final class LocalHTTPServer: Sendable {
    /// One request the server received.
    struct Request: Sendable, Hashable, CustomStringConvertible {
        var method: String
        var path: String
        var description: String { "\(method) \(path)" }
    }

    private struct State {
        var requests: [Request] = []
        var silentConnections: [Int32] = []
        var slowRunning = 0
        var mostSlowRunning = 0
        var hugeBytesSent = 0
        var stopped = false
        /// Whether the accepting thread closed the listener (after `stop()`, or after an
        /// `accept` error): its descriptor number may belong to another socket since.
        var listenerClosed = false
    }

    /// The port the server listens on.
    let port: Int
    private let listener: Int32
    private let state = Mutex(State())

    /// Starts a server on a free port of 127.0.0.1.
    init() throws {
        let descriptor = socket(AF_INET, streamSocketType, 0)
        guard descriptor >= 0 else { throw ServerError("socket failed: \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                guard bind(descriptor, generic, length) == 0, listen(descriptor, 64) == 0 else { return false }
                return getsockname(descriptor, generic, &length) == 0
            }
        }
        guard bound else {
            close(descriptor)
            throw ServerError("cannot listen on 127.0.0.1: \(errno)")
        }
        listener = descriptor
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread { [self] in acceptConnections() }
    }

    deinit {
        stop()
    }

    /// `http://127.0.0.1:<port>`.
    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Every request received so far, in the order they came.
    var requests: [Request] { state.withLock { $0.requests } }

    /// The most `/slow/...` requests that were being answered at the same time.
    var mostConcurrentSlowRequests: Int { state.withLock { $0.mostSlowRunning } }

    /// The bytes of `/huge` bodies the clients took.
    var hugeBytesSent: Int { state.withLock { $0.hugeBytesSent } }

    /// Forgets the requests received so far.
    func resetRequests() {
        state.withLock { $0.requests.removeAll() }
    }

    /// Stops listening and closes the connections left unanswered.
    ///
    /// The listener is only shut down here, which wakes the accepting thread; that thread closes
    /// it. Closing it here would free its descriptor number while that thread may still be about
    /// to call `accept` with it: a server started meanwhile by another test can get the same
    /// number, and this server's thread would then take (and record) that server's requests.
    /// Both sides note the close under the lock, so a listener the thread already closed (after
    /// an `accept` error) is not shut down by number here.
    func stop() {
        let silent = state.withLock { state -> [Int32] in
            guard !state.stopped else { return [] }
            state.stopped = true
            if !state.listenerClosed { shutdown(listener, Int32(SHUT_RDWR)) }
            defer { state.silentConnections.removeAll() }
            return state.silentConnections
        }
        for connection in silent {
            shutdown(connection, Int32(SHUT_RDWR))
            close(connection)
        }
    }

    /// Accepts connections until `stop()`, then closes the listener.
    private func acceptConnections() {
        defer {
            state.withLock { state in
                state.listenerClosed = true
                close(listener)
            }
        }
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR { continue }
                return
            }
            if state.withLock({ $0.stopped }) {
                close(connection)
                return
            }
            Thread.detachNewThread { [self] in serve(connection) }
        }
    }

    private func serve(_ connection: Int32) {
        guard let request = readRequest(connection) else {
            close(connection)
            return
        }
        let isSilent = state.withLock { state -> Bool in
            state.requests.append(request)
            guard request.path == "/silent", !state.stopped else { return false }
            state.silentConnections.append(connection)
            return true
        }
        if isSilent { return }
        respond(to: request, on: connection)
        close(connection)
    }

    private func respond(to request: Request, on connection: Int32) {
        switch request.path {
        case "/ok": reply(200, "OK", on: connection, request)
        case "/moved": reply(301, "Moved Permanently", on: connection, request, location: "/ok")
        case "/moved-twice": reply(308, "Permanent Redirect", on: connection, request, location: "/moved")
        case "/temporary": reply(302, "Found", on: connection, request, location: "/ok")
        case "/loop": reply(302, "Found", on: connection, request, location: "/loop")
        case "/missing": reply(404, "Not Found", on: connection, request)
        case "/broken": reply(500, "Internal Server Error", on: connection, request)
        case "/limited": reply(429, "Too Many Requests", on: connection, request)
        case "/no-head":
            if request.method == "HEAD" {
                reply(405, "Method Not Allowed", on: connection, request)
            } else {
                reply(200, "OK", on: connection, request)
            }
        case "/to-file": reply(302, "Found", on: connection, request, location: "file:///etc/passwd")
        case "/to-ftp": reply(302, "Found", on: connection, request, location: "ftp://127.0.0.1/file")
        case "/to-localhost": reply(302, "Found", on: connection, request, location: "http://localhost:\(port)/ok")
        case "/huge":
            if request.method == "HEAD" {
                reply(405, "Method Not Allowed", on: connection, request)
            } else {
                sendHuge(on: connection)
            }
        case let path where path.hasPrefix("/slow-hop/"):
            Thread.sleep(forTimeInterval: 0.2)
            let hop = Int(path.dropFirst("/slow-hop/".count)) ?? 0
            if hop > 0 {
                reply(302, "Found", on: connection, request, location: "/slow-hop/\(hop - 1)")
            } else {
                reply(200, "OK", on: connection, request)
            }
        case let path where path.hasPrefix("/slow/"):
            state.withLock { state in
                state.slowRunning += 1
                state.mostSlowRunning = max(state.mostSlowRunning, state.slowRunning)
            }
            Thread.sleep(forTimeInterval: 0.3)
            state.withLock { $0.slowRunning -= 1 }
            reply(200, "OK", on: connection, request)
        default: reply(404, "Not Found", on: connection, request)
        }
    }

    private func reply(
        _ status: Int, _ reason: String, on connection: Int32, _ request: Request, location: String? = nil
    ) {
        let body = "\(status) \(reason)\n"
        var head = "HTTP/1.1 \(status) \(reason)\r\nContent-Type: text/plain\r\n"
        head += "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n"
        if let location { head += "Location: \(location)\r\n" }
        let bytes = Array((head + "\r\n" + (request.method == "HEAD" ? "" : body)).utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(connection, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return }
            sent += count
        }
    }

    /// Sends a 200 head announcing 1 GB, then the body in 64 KB pieces until the client stops
    /// taking them, counting what it took.
    private func sendHuge(on connection: Int32) {
        let size = 1 << 30
        var time = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        let head = Array(
            "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: \(size)\r\n\r\n".utf8)
        guard head.withUnsafeBytes({ send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == head.count
        else { return }
        let chunk = [UInt8](repeating: 0x61, count: 64 * 1024)
        var sent = 0
        while sent < size, !state.withLock({ $0.stopped }) {
            let count = chunk.withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { return }
            sent += count
            state.withLock { $0.hugeBytesSent += count }
        }
    }

    /// Reads up to the end of the request's headers; nil when the peer closes first.
    private func readRequest(_ connection: Int32) -> Request? {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let end = Array("\r\n\r\n".utf8)
        while received.count < 65_536 {
            let count = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return nil }
            received += buffer[..<count]
            guard received.firstRange(of: end) != nil else { continue }
            let line = String(decoding: received.prefix { $0 != UInt8(ascii: "\r") }, as: UTF8.self)
            let parts = line.split(separator: " ")
            guard parts.count >= 2 else { return nil }
            return Request(method: String(parts[0]), path: String(parts[1]))
        }
        return nil
    }
}

#if canImport(Glibc)
    private let streamSocketType = Int32(SOCK_STREAM.rawValue)
#else
    private let streamSocketType = SOCK_STREAM
#endif

/// Why the test server could not start.
struct ServerError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
