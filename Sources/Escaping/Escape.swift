/// Escaping of content text for each place it lands in the output.
///
/// Each escaping works on the text's UTF-8 bytes: every character it replaces starts with a
/// byte no other character contains, so runs of bytes that need nothing are copied whole, and
/// text that needs nothing is returned as it is.
public enum Escape {
    /// Text for HTML element content or a quoted attribute value: `& < > " '` become references;
    /// the same escaper the templates use for `{{ }}`.
    public static func html(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        appendHTML(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text`, escaped as `html` does, to UTF-8 `output` (what templates' `{{ }}` do).
    package static func appendHTML(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 {
            appendEscaping($0, searching: htmlSpecials, with: htmlReplacement, to: &output)
        }
    }

    /// Text for XML content or a quoted attribute (sitemap, feed): markup characters become
    /// references and characters XML 1.0 does not allow are dropped.
    public static func xml(_ text: String) -> String {
        escaping(text, searching: xmlSpecials, with: xmlReplacement)
    }

    /// Appends `text`, escaped as `xml` does, to UTF-8 `output`.
    package static func appendXML(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 {
            appendEscaping($0, searching: xmlSpecials, with: xmlReplacement, to: &output)
        }
    }

    /// A JSON string literal (with its quotes) that is safe inside an HTML `<script>` element:
    /// `<`, `>` and `&` are written as `\u003c`-style escapes, so `</script>` cannot end the
    /// element, and U+2028 and U+2029 are escaped for JavaScript parsers.
    public static func jsonString(_ text: String) -> String {
        var output: [UInt8] = []
        appendJSONString(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal, escaped as `jsonString` does, to UTF-8 `output`.
    package static func appendJSONString(_ text: String, to output: inout [UInt8]) {
        var text = text
        output.append(UInt8(ascii: "\""))
        text.withUTF8 {
            appendEscaping($0, searching: jsonSpecials, with: jsonReplacement, to: &output)
        }
        output.append(UInt8(ascii: "\""))
    }

    /// What an escaping writes for the character whose UTF-8 starts at `index`, and how many
    /// bytes that character has; nil when the byte is copied as it is.
    private typealias Replacement = (_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (StaticString, Int)?

    /// The bytes that may start a character `htmlReplacement` replaces.
    private static let htmlSpecials = ByteSearch(Array("&<>\"'".utf8))

    private static func htmlReplacement(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (StaticString, Int)? {
        switch bytes[index] {
        case UInt8(ascii: "&"): return ("&amp;", 1)
        case UInt8(ascii: "<"): return ("&lt;", 1)
        case UInt8(ascii: ">"): return ("&gt;", 1)
        case UInt8(ascii: "\""): return ("&quot;", 1)
        case UInt8(ascii: "'"): return ("&#39;", 1)
        default: return nil
        }
    }

    /// The bytes that may start a character `xmlReplacement` replaces: controls, markup, and
    /// the first byte of U+FFFE and U+FFFF.
    private static let xmlSpecials = ByteSearch(Array("&<>\"'".utf8) + [0xEF], below: 0x20)

    private static func xmlReplacement(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (StaticString, Int)? {
        switch bytes[index] {
        case UInt8(ascii: "&"): return ("&amp;", 1)
        case UInt8(ascii: "<"): return ("&lt;", 1)
        case UInt8(ascii: ">"): return ("&gt;", 1)
        case UInt8(ascii: "\""): return ("&quot;", 1)
        case UInt8(ascii: "'"): return ("&apos;", 1)
        case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): return nil
        case 0x00..<0x20: return ("", 1)
        case 0xEF:
            // U+FFFE and U+FFFF, which XML does not allow, are EF BF BE and EF BF BF.
            let isNonCharacter = index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE
            return isNonCharacter ? ("", 3) : nil
        default: return nil
        }
    }

    /// The bytes that may start a character `jsonReplacement` replaces: controls, quotes and
    /// backslashes, markup, and the first byte of U+2028 and U+2029.
    private static let jsonSpecials = ByteSearch(Array("\"\\<>&".utf8) + [0xE2], below: 0x20)

    private static func jsonReplacement(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (StaticString, Int)? {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""): return ("\\\"", 1)
        case UInt8(ascii: "\\"): return ("\\\\", 1)
        case UInt8(ascii: "\n"): return ("\\n", 1)
        case UInt8(ascii: "\r"): return ("\\r", 1)
        case UInt8(ascii: "\t"): return ("\\t", 1)
        case UInt8(ascii: "<"): return ("\\u003c", 1)
        case UInt8(ascii: ">"): return ("\\u003e", 1)
        case UInt8(ascii: "&"): return ("\\u0026", 1)
        case 0x00..<0x20: return (jsonControlEscapes[Int(byte)], 1)
        case 0xE2:
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return nil }
            switch bytes[index + 2] {
            case 0xA8: return ("\\u2028", 3)
            case 0xA9: return ("\\u2029", 3)
            default: return nil
            }
        default: return nil
        }
    }

    /// The `\u00XX` escapes of the control characters U+0000 to U+001F, by value.
    private static let jsonControlEscapes: [StaticString] = [
        "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007", "\\u0008", "\\u0009",
        "\\u000a", "\\u000b", "\\u000c", "\\u000d", "\\u000e", "\\u000f", "\\u0010", "\\u0011", "\\u0012", "\\u0013",
        "\\u0014", "\\u0015", "\\u0016", "\\u0017", "\\u0018", "\\u0019", "\\u001a", "\\u001b", "\\u001c", "\\u001d",
        "\\u001e", "\\u001f",
    ]

    /// `text` escaped with `replacement`; `text` itself when it has nothing to replace.
    @inline(__always)
    private static func escaping(_ text: String, searching specials: ByteSearch, with replacement: Replacement)
        -> String
    {
        var text = text
        let escaped = text.withUTF8 { bytes -> String? in
            var index = 0
            while true {
                index = specials.first(in: bytes, from: index, to: bytes.count)
                guard index < bytes.count else { return nil }
                if replacement(bytes, index) != nil { break }
                index += 1
            }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / 8 + 16)
            appendEscaping(bytes, searching: specials, with: replacement, to: &output)
            return String(decoding: output, as: UTF8.self)
        }
        return escaped ?? text
    }

    /// Appends `bytes` to `output`, each run that needs no replacement in one piece; `specials`
    /// are the bytes `replacement` may replace, found 16 bytes at a time (`ByteSearch`), so most
    /// bytes skip it.
    @inline(__always)
    private static func appendEscaping(
        _ bytes: UnsafeBufferPointer<UInt8>, searching specials: ByteSearch, with replacement: Replacement,
        to output: inout [UInt8]
    ) {
        var runStart = 0
        var index = 0
        while true {
            index = specials.first(in: bytes, from: index, to: bytes.count)
            guard index < bytes.count else { break }
            guard let (substitute, length) = replacement(bytes, index) else {
                index += 1
                continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            output.append(
                contentsOf: UnsafeBufferPointer(start: substitute.utf8Start, count: substitute.utf8CodeUnitCount))
            index += length
            runStart = index
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }
}
