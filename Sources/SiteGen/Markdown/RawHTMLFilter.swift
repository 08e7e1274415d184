import CMarkGFM
import HTMLSanitizer

/// Filters a document's raw HTML as GitHub does: each raw HTML node (`html_block`,
/// `html_inline`) is sanitized to GitHub's allow-list (`HTMLSanitizerPolicy.gitHub`) and the
/// document writes the result in its place (`MarkdownDocument.writeRawHTML`), while cmark-gfm
/// renders without `CMARK_OPT_UNSAFE`, so its filter of `javascript:` links stays on for
/// Markdown links.
///
/// The raw HTML nodes that are children of one node form one scope: `<sup>` and `</sup>`
/// around a text node are two nodes of the same paragraph; a `<details>` block, a paragraph
/// and a `</details>` block are three children of the document. What a scope leaves open is
/// closed at its end (a raw HTML node appended to the parent holds the end tags), what a
/// Markdown block closes is closed before it (a paragraph ends a raw `<p>`), and what a dropped
/// `<script>` or `<style>` holds is dropped, Markdown nodes included. The document's own children are
/// scoped by the caller (`filter(topLevel:)`, `endTopLevelScope()`), which knows where a page
/// section starts.
struct RawHTMLFilter {
    /// A dropped start tag and where it is in the body.
    struct Drop {
        var tag: DroppedTag
        var position: BodyPosition
    }

    /// The document whose nodes are filtered.
    let document: MarkdownDocument
    /// Whether nodes are filtered; off when the document has no raw HTML, or keeps it unfiltered.
    let isActive: Bool
    /// The dropped start tags, in document order.
    private(set) var drops: [Drop] = []
    /// The scope of the document's own children since the last `endTopLevelScope()`.
    private var topLevel = HTMLFragmentSanitizer(policy: .gitHub)

    init(document: MarkdownDocument, isActive: Bool) {
        self.document = document
        self.isActive = isActive
    }

    /// Filters a child of the document in the current top-level scope; returns the nodes to
    /// render in its place: none when nothing is left of it, and the end tags of raw HTML
    /// elements it closes (a paragraph closes a raw `<p>`) before it.
    mutating func filter(topLevel block: CMarkNode) -> [CMarkNode] {
        guard isActive else { return [block] }
        if Self.isRawHTML(block) {
            return Self.sanitize(block, in: &topLevel, document: document, drops: &drops).map { [$0] } ?? []
        }
        if topLevel.isRemovingContent, MarkdownNode.type(block) != CMARK_NODE_FOOTNOTE_DEFINITION {
            cmark_node_unlink(block)
            cmark_node_free(block)
            return []
        }
        let closer = Self.closeElements(implicitlyClosedBy: block, in: &topLevel, document: document)
        filterDescendants(of: block)
        return closer.map { [$0, block] } ?? [block]
    }

    /// The end tags of the top-level raw HTML elements a heading of `level` closes, as HTML.
    mutating func closeTopLevelElements(implicitlyClosedByHeading level: Int) -> String {
        guard isActive, topLevel.hasOpenElements else { return "" }
        return topLevel.closeElements(implicitlyClosedBy: "h\(level)")
    }

    /// Ends the top-level scope: the end tags of the elements it left open, as HTML.
    mutating func endTopLevelScope() -> String {
        guard isActive else { return "" }
        return topLevel.finish()
    }

    /// Filters the raw HTML below `node`, each node's children in a scope of their own.
    mutating func filterDescendants(of node: CMarkNode) {
        guard isActive else { return }
        // Made at the first raw HTML child: most nodes have none.
        var scope: HTMLFragmentSanitizer?
        var child = cmark_node_first_child(node)
        while let current = child {
            child = cmark_node_next(current)
            if Self.isRawHTML(current) {
                var sanitizer = scope ?? HTMLFragmentSanitizer(policy: .gitHub)
                _ = Self.sanitize(current, in: &sanitizer, document: document, drops: &drops)
                scope = sanitizer
            } else if scope?.isRemovingContent == true {
                cmark_node_unlink(current)
                cmark_node_free(current)
            } else {
                if var sanitizer = scope, sanitizer.hasOpenElements {
                    _ = Self.closeElements(implicitlyClosedBy: current, in: &sanitizer, document: document)
                    scope = sanitizer
                }
                filterDescendants(of: current)
            }
        }
        guard var sanitizer = scope else { return }
        let closing = sanitizer.finish()
        if !closing.isEmpty, let closer = document.newRawHTML(closing, blockLevel: Self.holdsBlocks(node)) {
            cmark_node_append_child(node, closer)
        }
    }

    /// ASCII whitespace.
    private static let blanks: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0C, 0x0D]

    static func isRawHTML(_ node: CMarkNode) -> Bool {
        let type = MarkdownNode.type(node)
        return type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE
    }

    /// Sanitizes a raw HTML node in `scope` for `document` to write, adding its dropped tags to
    /// `drops`; returns the node, or nil when nothing is left of it (the node is then freed).
    private static func sanitize(
        _ node: CMarkNode, in scope: inout HTMLFragmentSanitizer, document: MarkdownDocument, drops: inout [Drop]
    ) -> CMarkNode? {
        let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        let sanitized = scope.sanitize(literal)
        if !sanitized.droppedTags.isEmpty {
            let start = BodyPosition(of: node)
            let bytes = Array(literal.utf8)
            for tag in sanitized.droppedTags {
                drops.append(Drop(tag: tag, position: position(of: tag.offset, in: bytes, startingAt: start)))
            }
        }
        // A block left with only the line breaks between its dropped tags is dropped too.
        let isBlock = MarkdownNode.type(node) == CMARK_NODE_HTML_BLOCK
        let isEmpty = isBlock ? sanitized.output.utf8.allSatisfy(blanks.contains) : sanitized.output.isEmpty
        guard !isEmpty else {
            cmark_node_unlink(node)
            cmark_node_free(node)
            return nil
        }
        document.writeRawHTML(node, as: sanitized.output)
        return node
    }

    /// Closes the raw HTML elements of `scope` that the element Markdown writes for `block`
    /// closes implicitly (a paragraph closes an open `p`, a list an open `p`...), with a raw
    /// HTML block inserted before `block`, which it returns.
    private static func closeElements(
        implicitlyClosedBy block: CMarkNode, in scope: inout HTMLFragmentSanitizer, document: MarkdownDocument
    ) -> CMarkNode? {
        guard scope.hasOpenElements, let name = startTagName(of: block) else { return nil }
        let closing = scope.closeElements(implicitlyClosedBy: name)
        guard !closing.isEmpty, let closer = document.newRawHTML(closing, blockLevel: true) else { return nil }
        cmark_node_insert_before(block, closer)
        return closer
    }

    /// The element cmark-gfm writes for a block, if it is one that can close an open element.
    private static func startTagName(of block: CMarkNode) -> String? {
        switch MarkdownNode.type(block) {
        case CMARK_NODE_PARAGRAPH: return "p"
        case CMARK_NODE_HEADING: return "h\(cmark_node_get_heading_level(block))"
        case CMARK_NODE_LIST: return cmark_node_get_list_type(block) == CMARK_ORDERED_LIST ? "ol" : "ul"
        case CMARK_NODE_BLOCK_QUOTE: return "blockquote"
        case CMARK_NODE_CODE_BLOCK: return "pre"
        case CMARK_NODE_THEMATIC_BREAK: return "hr"
        default: return cmark_node_get_type_string(block).map { String(cString: $0) } == "table" ? "table" : nil
        }
    }

    /// Whether `node`'s children are blocks (the document, a block quote, a list item, a
    /// footnote) rather than inlines.
    private static func holdsBlocks(_ node: CMarkNode) -> Bool {
        let type = MarkdownNode.type(node)
        return type == CMARK_NODE_DOCUMENT || type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_ITEM
            || type == CMARK_NODE_FOOTNOTE_DEFINITION
    }

    /// Where the byte at `offset` of a node's literal is, given where the node starts. The
    /// node starts after the blanks its literal starts with (an HTML block's indentation), and
    /// every line of the literal is taken to start in the same column (after the markers of the
    /// block quote or list item the node is in).
    static func position(of offset: Int, in literal: [UInt8], startingAt start: BodyPosition) -> BodyPosition {
        let indentation = literal.prefix(while: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }).count
        let firstColumn = max(start.byteColumn - indentation, 1)
        var line = start.line
        var lineStart = 0
        for index in 0..<min(offset, literal.count) where literal[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return BodyPosition(line: line, byteColumn: firstColumn + offset - lineStart)
    }
}
