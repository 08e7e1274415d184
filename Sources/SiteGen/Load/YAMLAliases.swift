/// Finds YAML aliases (`*name`), refused before parsing: front matter never needs them, and a
/// chain of aliases can expand a small text into billions of nodes.
enum YAMLAliases {
    /// The 1-based line and column of the first alias in `yaml`, if any.
    ///
    /// An alias is a `*` where a value starts: first on a line (after indentation), right after
    /// `[`, `{` or `,`, or after `:`, `-` or `?` and a space; never inside quotes or comments.
    /// Plain text cannot start with `*` there, so nothing else is mistaken for one.
    static func firstAlias(in yaml: String) -> (line: Int, column: Int)? {
        var line = 1
        var column = 0
        var quote: UInt8?
        var inComment = false
        var lastSignificant: UInt8 = UInt8(ascii: "\n")
        var spaceSinceSignificant = false
        for byte in yaml.utf8 {
            if byte & 0xC0 != 0x80 { column += 1 }
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 0
                inComment = false
                if quote == nil {
                    lastSignificant = byte
                    spaceSinceSignificant = false
                }
                continue
            }
            if inComment { continue }
            if let open = quote {
                if byte == open { quote = nil }
                lastSignificant = byte
                spaceSinceSignificant = false
                continue
            }
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                spaceSinceSignificant = true
                continue
            }
            let valueMayStart: Bool
            switch lastSignificant {
            case UInt8(ascii: "\n"), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","): valueMayStart = true
            case UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "?"): valueMayStart = spaceSinceSignificant
            default: valueMayStart = false
            }
            if byte == UInt8(ascii: "*"), valueMayStart { return (line, column) }
            if byte == UInt8(ascii: "#"), spaceSinceSignificant || lastSignificant == UInt8(ascii: "\n") {
                inComment = true
                continue
            }
            if (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")), valueMayStart { quote = byte }
            lastSignificant = byte
            spaceSinceSignificant = false
        }
        return nil
    }
}
