/// Position arithmetic on source text.
enum SourceText {
    /// The 1-based column, counted in Unicode scalars, of a 1-based byte column on a 1-based line.
    static func scalarColumn(in text: String, line: Int, byteColumn: Int) -> Int {
        let bytes = text.utf8
        var index = bytes.startIndex
        var currentLine = 1
        while currentLine < line, index != bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\n") { currentLine += 1 }
            index = bytes.index(after: index)
        }
        var column = 1
        var offset = 1
        while offset < byteColumn, index != bytes.endIndex, bytes[index] != UInt8(ascii: "\n") {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            offset += 1
            index = bytes.index(after: index)
        }
        return max(column, 1)
    }
}
