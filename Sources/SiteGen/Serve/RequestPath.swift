/// Turns a request target into the path it asks for, refusing any that could leave the site.
///
/// The preview serves files from memory, by path, so no target can reach the disk; still, a
/// target that tries (`..` or `.` segments, also percent-encoded as `%2e%2e`, a backslash, a NUL
/// or other control character, `//`, or one that is not a path at all, such as
/// `http://host/x` or `*`) is refused outright rather than normalized into something else.
enum RequestPath {
    /// The decoded path (starting with `/`, without the query) of an origin-form target, or nil.
    static func decode(_ target: String) -> String? {
        let path = target.prefix { $0 != "?" && $0 != "#" }
        guard path.hasPrefix("/") else { return nil }
        var bytes: [UInt8] = []
        var utf8 = path.utf8.makeIterator()
        while let byte = utf8.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = utf8.next().flatMap(hexValue), let low = utf8.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        guard let decoded = String(validating: bytes, as: UTF8.self),
            !decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }),
            !decoded.contains("//")
        else { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == "." || $0 == ".." }) else { return nil }
        return decoded
    }

    /// The query of a target, with its `?`, or the empty string.
    static func query(of target: String) -> Substring {
        guard let mark = target.firstIndex(of: "?") else { return "" }
        return target[mark...].prefix { $0 != "#" }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
