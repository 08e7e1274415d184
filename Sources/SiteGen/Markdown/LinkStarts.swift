import CMarkGFM

/// Finds where links start in a Markdown body, as a 1-based body line and byte column.
///
/// cmark-gfm gives the exact start of inline and reference links, images and `<...>` autolinks,
/// but not always of autolinks: for the bare ones its extension finds (`https://...`, `www....`)
/// it gives no line or a column off by one, and inside list items `<...>` ones can be off too.
/// Such a link's text is searched for in the
/// source of the block that holds it, each search starting after the previous one in that block,
/// so that several autolinks in one paragraph are found in order.
struct LinkStarts {
    /// The type bits cmark-gfm sets on inline nodes (`CMARK_NODE_TYPE_INLINE` in cmark-gfm.h, a
    /// macro Swift does not import).
    private static let inlineTypeBits: UInt32 = 0xC000

    private let bytes: [UInt8]
    private let lineStarts: [Int]
    private var searchedUpTo: [CMarkNode: Int] = [:]

    /// Prepares to locate links in `markdown`, the text the links' document was parsed from.
    init(markdown: String) {
        bytes = Array(markdown.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// The start of a link or image node: its 1-based body line and byte column.
    mutating func start(of link: CMarkNode) -> (line: Int, column: Int) {
        let reported = MarkdownNode.start(link)
        if let offset = offset(of: reported), offset < bytes.count,
            [UInt8(ascii: "["), UInt8(ascii: "!"), UInt8(ascii: "<")].contains(bytes[offset])
        {
            return reported
        }
        let text = Array(MarkdownNode.plainText(link, includingImages: true).utf8)
        guard !text.isEmpty, let block = enclosingBlock(of: link),
            let blockStart = offset(of: MarkdownNode.start(block)),
            let found = firstOffset(of: text, from: searchedUpTo[block] ?? blockStart)
        else { return reported }
        searchedUpTo[block] = found + text.count
        let opensAngleLink = found > 0 && bytes[found - 1] == UInt8(ascii: "<")
        return position(of: opensAngleLink ? found - 1 : found)
    }

    /// The nearest ancestor that is a block with a known position.
    private func enclosingBlock(of node: CMarkNode) -> CMarkNode? {
        var current = cmark_node_parent(node)
        while let candidate = current {
            let isInline = MarkdownNode.type(candidate).rawValue & Self.inlineTypeBits == Self.inlineTypeBits
            if !isInline, MarkdownNode.start(candidate).line > 0 { return candidate }
            current = cmark_node_parent(candidate)
        }
        return nil
    }

    private func offset(of position: (line: Int, column: Int)) -> Int? {
        guard position.line >= 1, position.line <= lineStarts.count, position.column >= 1 else { return nil }
        return lineStarts[position.line - 1] + position.column - 1
    }

    private func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    private func firstOffset(of needle: [UInt8], from start: Int) -> Int? {
        guard start >= 0, needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}
