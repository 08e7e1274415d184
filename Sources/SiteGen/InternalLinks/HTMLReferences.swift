/// The ids a built HTML page defines and the `href`/`src` references it makes, each with its
/// line and column, read from the bytes sitegen rendered (attributes double-quoted).
///
/// An attribute counts where its name follows a blank (space, tab, line break or other Unicode
/// white space); its value runs to the next `"`. Lines end at `\n`; columns count Unicode
/// scalars, as every `Diagnostic` does.
struct HTMLReferences: Sendable {
    /// One `href` or `src` value.
    struct Reference: Sendable, Hashable {
        var url: String
        var line: Int
        var column: Int
    }

    var ids: Set<String> = []
    var references: [Reference] = []

    private static let names: [(name: String, prefix: [UInt8])] = ["id", "href", "src"].map {
        ($0, Array(($0 + "=\"").utf8))
    }

    /// Reads the ids and references of a page's UTF-8 bytes.
    init(html: [UInt8]) {
        html.withUnsafeBufferPointer { bytes in
            var line = 1
            var lineStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "i") || byte == UInt8(ascii: "h") || byte == UInt8(ascii: "s"),
                    Self.followsBlank(bytes, index), let (name, value, end) = Self.attribute(in: bytes, at: index)
                {
                    switch name {
                    case "id": ids.insert(Self.unescape(value))
                    default:
                        let column = Self.scalarCount(bytes, from: lineStart, to: index) + 1
                        references.append(Reference(url: Self.unescape(value), line: line, column: column))
                    }
                    for skipped in index..<end where bytes[skipped] == UInt8(ascii: "\n") {
                        line += 1
                        lineStart = skipped + 1
                    }
                    index = end
                    continue
                }
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
            }
        }
    }

    /// Whether the scalar before `index` is white space (the start of the page counts as one).
    private static func followsBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = bytes[index - 1]
        if previous < 0x80 {
            return previous == UInt8(ascii: " ") || (0x09...0x0D).contains(previous)
        }
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80, index - start < 4 { start -= 1 }
        let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            .unicodeScalars.last
        return scalar?.properties.isWhitespace ?? false
    }

    /// The `id`, `href` or `src` attribute starting at `index`: its name, its value, and the
    /// offset after its closing quote.
    private static func attribute(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (String, String, Int)? {
        for (name, prefix) in names {
            guard index + prefix.count <= bytes.count,
                prefix.indices.allSatisfy({ bytes[index + $0] == prefix[$0] })
            else { continue }
            let valueStart = index + prefix.count
            guard let close = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
            let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<close]), as: UTF8.self)
            return (name, value, close + 1)
        }
        return nil
    }

    /// The number of Unicode scalars in `bytes[start..<end]` (valid UTF-8).
    private static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var count = 0
        for offset in start..<end where bytes[offset] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// An attribute value with the character references sitegen writes decoded.
    static func unescape(_ value: String) -> String {
        guard value.contains("&") else { return value }
        return value.replacing("&quot;", with: "\"").replacing("&#39;", with: "'").replacing("&#x27;", with: "'")
            .replacing("&lt;", with: "<")
            .replacing("&gt;", with: ">").replacing("&amp;", with: "&")
    }
}
