/// Escaping of content text for each place it lands in the output.
public enum Escape {
    /// Text for HTML element content or a quoted attribute value: `& < > " '` become references.
    public static func html(_ text: String) -> String {
        replacing(text) { scalar in
            switch scalar {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\"": return "&quot;"
            case "'": return "&#39;"
            default: return nil
            }
        }
    }

    /// Text for XML content or a quoted attribute (sitemap, feed): markup characters become
    /// references and characters XML 1.0 does not allow are dropped.
    public static func xml(_ text: String) -> String {
        replacing(text) { scalar in
            switch scalar {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\"": return "&quot;"
            case "'": return "&apos;"
            case "\t", "\n", "\r": return nil
            default:
                let value = scalar.value
                return value < 0x20 || value == 0xFFFE || value == 0xFFFF ? "" : nil
            }
        }
    }

    /// A JSON string literal (with its quotes) that is safe inside an HTML `<script>` element:
    /// `<`, `>` and `&` are written as `\u003c`-style escapes, so `</script>` cannot end the
    /// element, and U+2028 and U+2029 are escaped for JavaScript parsers.
    public static func jsonString(_ text: String) -> String {
        "\""
            + replacing(text) { scalar in
                switch scalar {
                case "\"": return "\\\""
                case "\\": return "\\\\"
                case "\n": return "\\n"
                case "\r": return "\\r"
                case "\t": return "\\t"
                case "<": return "\\u003c"
                case ">": return "\\u003e"
                case "&": return "\\u0026"
                case "\u{2028}": return "\\u2028"
                case "\u{2029}": return "\\u2029"
                default:
                    guard scalar.value < 0x20 else { return nil }
                    let hex = String(scalar.value, radix: 16)
                    return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
            } + "\""
    }

    /// Copies `text`, replacing each scalar for which `replacement` gives a string.
    private static func replacing(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        var pendingStart = text.unicodeScalars.startIndex
        var index = pendingStart
        let scalars = text.unicodeScalars
        while index != scalars.endIndex {
            if let substitute = replacement(scalars[index]) {
                result.unicodeScalars.append(contentsOf: scalars[pendingStart..<index])
                result += substitute
                pendingStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        result.unicodeScalars.append(contentsOf: scalars[pendingStart..<index])
        return result
    }
}
