/// Where something is in a template's text: the 1-based line, and the 1-based column counted in
/// Unicode scalars, as editors and compilers report them.
public struct TemplatePosition: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (left: TemplatePosition, right: TemplatePosition) -> Bool {
        (left.line, left.column) < (right.line, right.column)
    }
}

/// The positions of byte offsets in a text, asked for in increasing order: it counts on from
/// the last offset asked, so the positions of every tag of a template cost one pass over it.
struct TextPositions {
    private var offset = 0
    private var line = 1
    private var column = 1

    /// The position of `target`, which must not be before the last offset asked.
    mutating func position(of target: Int, in bytes: [UInt8]) -> TemplatePosition {
        precondition(target >= offset, "positions are asked for in increasing order")
        while offset < target {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            offset += 1
        }
        return TemplatePosition(line: line, column: column)
    }
}
