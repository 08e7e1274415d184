/// The head of one HTTP/1.x request: what the server needs to answer a GET or a HEAD.
public struct HTTPRequest: Sendable, Hashable {
    /// The method, such as `GET`.
    public var method: String
    /// The request target as sent, such as `/backend/?x=1`.
    public var target: String
    /// The `Host` header's value as sent, such as `127.0.0.1:8080`; nil when there is none.
    public var host: String?
    /// Whether the request line says `HTTP/1.1` (rather than `HTTP/1.0`).
    var isHTTP11 = true

    /// A request for `target`.
    public init(method: String, target: String, host: String? = nil) {
        self.method = method
        self.target = target
        self.host = host
    }

    /// The largest request head read; a longer one is answered with 431.
    static let maximumHeadSize = 16 * 1024

    /// Where the head in `bytes` ends (just after its empty line), looking for the empty line
    /// from `start` on; nil when it has not all arrived.
    ///
    /// Lines may end with CRLF or with a bare LF, which RFC 9112 (section 2.2) lets a server
    /// accept as a line end, so a client that sends bare LFs is answered at once.
    static func headEnd(in bytes: [UInt8], from start: Int) -> Int? {
        let lineFeed = UInt8(ascii: "\n")
        var index = max(start, bytes.startIndex)
        while let found = bytes[index...].firstIndex(of: lineFeed) {
            let next = found + 1
            if next < bytes.endIndex, bytes[next] == lineFeed { return next + 1 }
            if next + 1 < bytes.endIndex, bytes[next] == UInt8(ascii: "\r"), bytes[next + 1] == lineFeed {
                return next + 2
            }
            index = next
        }
        return nil
    }

    /// Parses a request head (the bytes up to and including its empty line); the error says
    /// what is wrong with it, for a 400 answer.
    ///
    /// The rules are RFC 9112's: a request line of method, target and `HTTP/1.0` or `HTTP/1.1`;
    /// header lines of a token, a colon and a value; no carriage return except before a line
    /// feed, no line folding, no space before a colon, at most one `Host` header.
    static func parse(head: [UInt8]) -> Result<HTTPRequest, HeadError> {
        var lines = head.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            line.last == UInt8(ascii: "\r") ? line.dropLast() : line
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let requestLine = lines.first else { return .failure(HeadError("The request is empty.")) }
        guard lines.allSatisfy({ !$0.contains(UInt8(ascii: "\r")) }) else {
            return .failure(HeadError("The request has a carriage return that does not end a line."))
        }
        let parts = requestLine.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty,
            parts[2].elementsEqual("HTTP/1.1".utf8) || parts[2].elementsEqual("HTTP/1.0".utf8),
            parts[0].allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }),
            parts[1].allSatisfy({ $0 > 0x20 && $0 < 0x7F })
        else { return .failure(HeadError("This is not an HTTP/1.1 request.")) }
        var request = HTTPRequest(
            method: String(decoding: parts[0], as: UTF8.self), target: String(decoding: parts[1], as: UTF8.self))
        request.isHTTP11 = parts[2].elementsEqual("HTTP/1.1".utf8)
        var hosts: [String] = []
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
                line[..<colon].allSatisfy(isTokenCharacter),
                !line[colon...].contains(where: { $0 == 0 || $0 == 0x7F || ($0 < 0x20 && $0 != 0x09) })
            else { return .failure(HeadError("The request has a malformed header line.")) }
            guard line[..<colon].lazy.map({ $0 | 0x20 }).elementsEqual("host".utf8) else { continue }
            let value = line[(colon + 1)...].drop { $0 == 0x20 || $0 == 0x09 }
            let trimmed = value.reversed().drop { $0 == 0x20 || $0 == 0x09 }.reversed()
            hosts.append(String(decoding: trimmed, as: UTF8.self))
        }
        guard hosts.count <= 1 else { return .failure(HeadError("The request has more than one Host header.")) }
        request.host = hosts.first
        return .success(request)
    }

    /// Whether a byte may be part of a header name (RFC 9110's `tchar`).
    private static func isTokenCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }

    /// Why a request head cannot be answered, in words for the client.
    struct HeadError: Error, Equatable {
        var reason: String

        init(_ reason: String) {
            self.reason = reason
        }
    }
}
