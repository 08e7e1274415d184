import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A bare HTTP/1.1 client over a socket to 127.0.0.1, for the preview server's tests: it sends
/// request targets exactly as given (where real clients would normalize `..`), and reads event
/// streams line by line.
struct RawHTTP {
    /// One response as read off the wire.
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    let port: Int

    /// Opens a connection; its sends and receives give up after `timeout` seconds.
    func connect(timeout: Int = 5) throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ServerError("socket failed") }
        var time = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(descriptor)
            throw ServerError("cannot connect to port \(port)")
        }
        return descriptor
    }

    /// Sends raw bytes on a connection.
    static func send(_ text: String, on descriptor: Int32) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// The `Host` header a browser sends to the server: `127.0.0.1:port`.
    var host: String { "127.0.0.1:\(port)" }

    /// Sends `method target` and reads the whole response (the server closes every connection).
    func request(_ target: String, method: String = "GET") throws -> Response {
        try exchange("\(method) \(target) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
    }

    /// Sends `text` exactly as given on a new connection and reads the response, giving up
    /// after `timeout` seconds without a byte.
    func exchange(_ text: String, timeout: Int = 5) throws -> Response {
        let descriptor = try connect(timeout: timeout)
        defer { close(descriptor) }
        Self.send(text, on: descriptor)
        return try Self.parse(Self.receiveResponse(on: descriptor))
    }

    /// Reads a whole response from a connection (or what came before it closed or went silent).
    static func receiveResponse(on descriptor: Int32) -> [UInt8] {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !isComplete(received) {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            received += buffer[..<count]
        }
        return received
    }

    /// Whether `bytes` hold a whole response: its head and as many bytes as `Content-Length`
    /// says (servers that keep connections open, such as Chromium's, do not close them).
    static func isComplete(_ bytes: [UInt8]) -> Bool {
        guard let response = try? parse(bytes), let length = response.headers["content-length"].flatMap(Int.init)
        else { return false }
        return response.body.count >= length
    }

    static func parse(_ bytes: [UInt8]) throws -> Response {
        guard let end = bytes.firstRange(of: Array("\r\n\r\n".utf8)) else { throw ServerError("no response head") }
        let lines = String(decoding: bytes[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw ServerError("bad status line") }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: Array(bytes[end.upperBound...]))
    }
}

/// A connection to the preview's event stream that reads the `rebuild` events' data.
final class EventStreamReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []

    /// Connects to the event stream of the server on `port`.
    init(port: Int) throws {
        let http = RawHTTP(port: port)
        descriptor = try http.connect(timeout: 1)
        RawHTTP.send("GET /__sitegen/events HTTP/1.1\r\nHost: \(http.host)\r\n\r\n", on: descriptor)
    }

    deinit {
        close(descriptor)
    }

    /// The data of the next `rebuild` event, or nil when none comes within `seconds`.
    func next(within seconds: Double = 5) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let event = takeEvent() { return event }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count == 0 { return nil }
            if count > 0 { buffer += chunk[..<count] }
        }
        return takeEvent()
    }

    /// Closes the connection, as a browser does when it leaves the page.
    func disconnect() {
        shutdown(descriptor, Int32(SHUT_RDWR))
    }

    private func takeEvent() -> String? {
        while let end = buffer.firstRange(of: Array("\n\n".utf8)) {
            let block = String(decoding: buffer[..<end.lowerBound], as: UTF8.self)
            buffer.removeSubrange(..<end.upperBound)
            let lines = block.split(separator: "\n")
            guard lines.contains("event: rebuild") else { continue }
            if let data = lines.first(where: { $0.hasPrefix("data: ") }) { return String(data.dropFirst(6)) }
        }
        return nil
    }
}
