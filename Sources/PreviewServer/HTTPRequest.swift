/// The head of one HTTP/1.x request: what the server needs to answer a GET or a HEAD.
public struct HTTPRequest: Sendable, Hashable {
    /// The method, such as `GET`.
    public var method: String
    /// The request target as sent, such as `/backend/?x=1`.
    public var target: String

    /// A request for `target`.
    public init(method: String, target: String) {
        self.method = method
        self.target = target
    }

    /// The largest request head read; a longer one is answered with 431.
    static let maximumHeadSize = 16 * 1024

    /// Parses a request head (the bytes up to the blank line); nil when it is not HTTP/1.x.
    static func parse(head: some Collection<UInt8>) -> HTTPRequest? {
        let line = head.prefix { $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\n") }
        let parts = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty,
            parts[2].elementsEqual("HTTP/1.1".utf8) || parts[2].elementsEqual("HTTP/1.0".utf8),
            parts[0].allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }),
            parts[1].allSatisfy({ $0 > 0x20 && $0 < 0x7F })
        else { return nil }
        return HTTPRequest(
            method: String(decoding: parts[0], as: UTF8.self), target: String(decoding: parts[1], as: UTF8.self))
    }
}
