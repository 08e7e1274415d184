/// Reads the YAML most front matter and `site.yml` files hold, one `key: value` per line,
/// without Yams, which costs a small file's load more than everything else together.
///
/// It reads only text whose meaning is plain, and leaves anything else to Yams (by returning
/// nil), so the nodes are the ones Yams would give and the errors are Yams's own. A line is
/// empty or `key: value`: the key at the line's start, a letter then letters, digits, `_` and
/// `-`, then `:` and spaces; the value, up to trailing spaces, is one of
/// - a plain scalar that starts with a letter, digit or non-ASCII character and holds no `: `,
///   ` #` or final `:`;
/// - a single- or double-quoted scalar with no quote or backslash inside;
/// - a flow list `[a, b]` of items made of letters, digits, `-`, `_` and `.`, starting with a
///   letter or digit.
/// A tab, control character, CR, byte-order mark, a character YAML reads as a line break or
/// refuses, and a repeated key all send the text to Yams.
enum FlatYAML {
    /// The mapping's entries in the order written, or nil when the text is not this simple.
    static func entries(of yaml: String) -> [(key: String, keyNode: YAMLNode, value: YAMLNode)]? {
        var yaml = yaml
        return yaml.withUTF8 { bytes in
            guard hasOnlyPlainCharacters(bytes) else { return nil }
            var entries: [(key: String, keyNode: YAMLNode, value: YAMLNode)] = []
            var keys: Set<String> = []
            var lineStart = 0
            var line = 1
            while lineStart < bytes.count {
                let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                if lineEnd > lineStart {
                    let text = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                    guard let entry = self.entry(in: text, line: line), keys.insert(entry.key).inserted else {
                        return nil
                    }
                    entries.append(entry)
                }
                lineStart = lineEnd + 1
                line += 1
            }
            return entries.isEmpty ? nil : entries
        }
    }

    /// The entry a non-empty line holds, or nil.
    private static func entry(
        in line: UnsafeBufferPointer<UInt8>, line number: Int
    ) -> (key: String, keyNode: YAMLNode, value: YAMLNode)? {
        guard isLetter(line[0]) else { return nil }
        var index = 1
        while index < line.count, isWordCharacter(line[index]) { index += 1 }
        let keyEnd = index
        guard keyEnd <= 128, index + 1 < line.count, line[index] == UInt8(ascii: ":"),
            line[index + 1] == UInt8(ascii: " ")
        else { return nil }
        index += 1
        while index < line.count, line[index] == UInt8(ascii: " ") { index += 1 }
        var end = line.count
        while end > index, line[end - 1] == UInt8(ascii: " ") { end -= 1 }
        guard index < end, let content = value(in: line, from: index, to: end, line: number) else { return nil }
        let key = string(line, 0..<keyEnd)
        return (
            key, YAMLNode(.scalar(key, isPlain: true, isTaggedText: false), line: number, column: 1),
            YAMLNode(content, line: number, column: index + 1)
        )
    }

    /// The value written in `line[start..<end]`, or nil. Everything before `start` is ASCII,
    /// so byte offsets are columns.
    private static func value(
        in line: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, line number: Int
    ) -> YAMLNode.Content? {
        let first = line[start]
        switch first {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            guard end - start >= 2, line[end - 1] == first else { return nil }
            let inner = (start + 1)..<(end - 1)
            guard !line[inner].contains(where: { $0 == first || $0 == UInt8(ascii: "\\") }) else { return nil }
            return .scalar(string(line, inner), isPlain: false, isTaggedText: true)
        case UInt8(ascii: "["):
            guard line[end - 1] == UInt8(ascii: "]") else { return nil }
            return listItems(in: line, from: start + 1, to: end - 1, line: number).map { .sequence($0) }
        default:
            guard isLetter(first) || isDigit(first) || first >= 0x80 else { return nil }
            for index in start..<end {
                switch line[index] {
                case UInt8(ascii: ":"):
                    if index + 1 == end || line[index + 1] == UInt8(ascii: " ") { return nil }
                case UInt8(ascii: "#"):
                    if line[index - 1] == UInt8(ascii: " ") { return nil }
                default:
                    break
                }
            }
            return .scalar(string(line, start..<end), isPlain: true, isTaggedText: false)
        }
    }

    /// The items of a flow list whose brackets enclose `line[start..<end]`, or nil.
    private static func listItems(
        in line: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, line number: Int
    ) -> [YAMLNode]? {
        var items: [YAMLNode] = []
        var index = start
        while true {
            while index < end, line[index] == UInt8(ascii: " ") { index += 1 }
            if index == end, items.isEmpty { return items }
            let itemStart = index
            guard index < end, isLetter(line[index]) || isDigit(line[index]) else { return nil }
            while index < end, isWordCharacter(line[index]) || line[index] == UInt8(ascii: ".") { index += 1 }
            let text = string(line, itemStart..<index)
            items.append(
                YAMLNode(.scalar(text, isPlain: true, isTaggedText: false), line: number, column: itemStart + 1))
            while index < end, line[index] == UInt8(ascii: " ") { index += 1 }
            if index == end { return items }
            guard line[index] == UInt8(ascii: ",") else { return nil }
            index += 1
        }
    }

    /// Whether the text holds only characters that mean themselves in every YAML context
    /// above: no tab, CR or other control character, no NEL, LS or PS (line breaks to YAML),
    /// no C1 control or non-character (which YAML refuses), no byte-order mark.
    private static func hasOnlyPlainCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\n"), 0x20..<0x7F:
                break
            case 0xC2:
                if bytes[index + 1] < 0xA0 { return false }
            case 0xE2:
                if bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return false }
            case 0xEF:
                if bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { return false }
                if bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return false }
            case 0x80...:
                break
            default:
                return false
            }
            index += 1
        }
        return true
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// A letter, digit, `_` or `-`.
    private static func isWordCharacter(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    private static func string(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: line[range]), as: UTF8.self)
    }
}
