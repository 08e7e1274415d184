/// One HTTP response with its whole body; every response closes its connection.
public struct HTTPResponse: Sendable, Hashable {
    /// The status code.
    public var status: Int
    /// The headers besides `Content-Length` and `Connection`, which are added when it is sent.
    public var headers: [Header]
    /// The body (left out in the answer to a HEAD request).
    public var body: [UInt8]

    /// One header line.
    public struct Header: Sendable, Hashable {
        /// The header's name.
        public var name: String
        /// The header's value.
        public var value: String

        /// A header.
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// A response; `Cache-Control: no-store` and `X-Content-Type-Options: nosniff` are added, so
    /// that the browser always asks again and never guesses a type.
    public init(status: Int, contentType: String, body: [UInt8], headers: [Header] = []) {
        self.status = status
        self.headers =
            [Header("Content-Type", contentType), Header("Cache-Control", "no-store")]
            + [Header("X-Content-Type-Options", "nosniff")] + headers
        self.body = body
    }

    /// A plain-text response.
    public static func text(_ status: Int, _ text: String, headers: [Header] = []) -> HTTPResponse {
        HTTPResponse(
            status: status, contentType: "text/plain; charset=utf-8", body: Array((text + "\n").utf8),
            headers: headers)
    }

    /// A redirect to `location`.
    public static func redirect(_ status: Int, to location: String) -> HTTPResponse {
        text(status, "See \(location)", headers: [Header("Location", location)])
    }

    /// The value of the first header named `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The bytes sent: status line, headers and, unless `includeBody` is false, the body.
    func serialized(includeBody: Bool) -> [UInt8] {
        var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
        for header in headers { head += "\(header.name): \(header.value)\r\n" }
        head += "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        return Array(head.utf8) + (includeBody ? body : [])
    }

    /// The reason phrase of a status code.
    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 403: "Forbidden"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 421: "Misdirected Request"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status \(status)"
        }
    }
}

/// How the server answers a request: with a response, or by holding the connection open as a
/// Server-Sent Events stream.
public enum HTTPReply: Sendable, Hashable {
    /// Send this response and close the connection.
    case response(HTTPResponse)
    /// Keep the connection as an event stream (`text/event-stream`) that gets every broadcast.
    case eventStream
}
