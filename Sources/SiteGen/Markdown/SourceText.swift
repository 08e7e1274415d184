/// Position arithmetic on source text.
enum SourceText {
    /// The 1-based column, counted in Unicode scalars, of a 1-based byte column on a 1-based line.
    static func scalarColumn(in text: String, line: Int, byteColumn: Int) -> Int {
        scalarColumn(in: text, line: line, byteColumn: byteColumn, lineStarts: lineStarts(of: text))
    }

    /// The same, with the byte offsets where lines start already known (see `lineStarts(of:)`).
    static func scalarColumn(in text: String, line: Int, byteColumn: Int, lineStarts: [Int]) -> Int {
        let bytes = text.utf8
        guard line >= 1, line <= lineStarts.count else { return 1 }
        var index = bytes.index(bytes.startIndex, offsetBy: lineStarts[line - 1])
        var column = 1
        var offset = 1
        while offset < byteColumn, index != bytes.endIndex, bytes[index] != UInt8(ascii: "\n") {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            offset += 1
            index = bytes.index(after: index)
        }
        return max(column, 1)
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset in UTF-8 `bytes`.
    static func lineAndColumn(ofByteOffset offset: Int, in bytes: some Collection<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in bytes.prefix(max(offset, 0)) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    /// The byte offset where each line of `text` starts.
    static func lineStarts(of text: String) -> [Int] {
        var starts = [0]
        var offset = 0
        for byte in text.utf8 {
            offset += 1
            if byte == UInt8(ascii: "\n") { starts.append(offset) }
        }
        return starts
    }
}

/// The line starts of one text, worked out once, when first asked for.
final class LineIndex {
    private var cached: [Int]?

    /// The byte offset where each line of `text` starts (always the same text for one index).
    func starts(of text: String) -> [Int] {
        if let cached { return cached }
        let starts = SourceText.lineStarts(of: text)
        cached = starts
        return starts
    }
}
