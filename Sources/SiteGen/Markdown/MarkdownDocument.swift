import CMarkGFM
import CMarkInlineTriggers
import Foundation
import MarkdownArena

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a Markdown text was not parsed: the limits it breaks (see `MarkdownLimits`).
struct MarkdownRefusal: Error {
    var violations: [MarkdownLimits.Violation]
}

/// A Markdown text parsed by cmark-gfm with the GitHub extensions, owning its syntax tree.
///
/// One document is used by one task at a time; documents on different tasks are independent,
/// except while the first of them parses: see `parseLock`.
final class MarkdownDocument {
    /// The extensions GitHub Flavored Markdown uses, attached to every parser.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    private static let registerExtensions: Void = {
        cmark_gfm_core_extensions_ensure_registered()
        checkInlineTriggers()
    }()

    /// Renders a strikethrough and an autolink twice, before any other parse: the first fills
    /// cmark-gfm's table of inline trigger characters (`CMarkInlineTriggers`), the second shows
    /// the table kept them. When it did not (a cmark-gfm keeping the table in each parser, whose
    /// characters only the first parser would then get), every call goes to cmark-gfm's own
    /// definition again, and every parser finishes under the lock.
    private static func checkInlineTriggers() {
        for _ in 0..<2 where !rendersExtensionSyntax() {
            sitegen_cmark_inline_triggers_bypass()
            return
        }
    }

    /// Whether a fresh parser renders `~~a~~ www.example.com` with its strikethrough and link.
    private static func rendersExtensionSyntax() -> Bool {
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return false }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        let text = "~~a~~ www.example.com\n"
        cmark_parser_feed(parser, text, text.utf8.count)
        parseLock.lock()
        let root = cmark_parser_finish(parser)
        parseLock.unlock()
        guard let root else { return false }
        defer { cmark_node_free(root) }
        guard let rendered = cmark_render_html(root, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser))
        else { return false }
        defer { free(rendered) }
        let html = String(cString: rendered)
        return html.contains("<del>a</del>") && html.contains("<a href=\"http://www.example.com\">")
    }

    /// Held while a parser finishes (block parsing runs outside it), until the table of inline
    /// trigger characters is fixed. cmark-gfm 0.29 keeps the characters that start extension
    /// syntax (`~` for strikethrough, `:` and `w` for autolinks) in one table for the whole
    /// process, which each parser fills when it parses inlines, in `cmark_parser_finish`, and
    /// clears when it is done: two parsers finishing at once drop strikethroughs and autolinks
    /// at random. `CMarkInlineTriggers` fills it once and keeps it: after the first finish,
    /// parsers finish without the lock.
    private static let parseLock = NSLock()

    private let parser: OpaquePointer
    let root: CMarkNode
    /// The allocator of the parser, its nodes and what is rendered from them: an arena of the
    /// document's own (`markdown_arena.h`), emptied when the document is freed, or cmark-gfm's
    /// default allocator when every arena is in use (`arena` is then nil).
    private let memory: UnsafeMutablePointer<cmark_mem>
    private let arena: UnsafeMutableRawPointer?
    private let renderOptions: Int32
    /// Nodes taken out of the tree and freed with it: documents holding blocks moved out to be
    /// rendered together, and nodes removed (`remove`).
    private var holders: [CMarkNode] = []
    /// The raw HTML nodes whose literal is written (`writeRawHTML`); without `CMARK_OPT_UNSAFE`,
    /// the others are left out.
    private var writtenRawHTML: Set<CMarkNode> = []
    /// Whether rendered HTML may hold an `<img` tag for `LazyImages` to mark. Set to false by a
    /// caller that has walked the tree and found no image and no raw HTML: cmark-gfm then writes
    /// no `<img` (text, code and addresses are escaped), and the search of every rendered block
    /// for one (0.8% of a topic-corpus build's samples) is skipped.
    var mayHoldImages = true

    /// Parses `markdown`. `allowsRawHTML` renders raw HTML as written (with the tag filter);
    /// otherwise raw HTML is left out, but for the nodes given to `writeRawHTML`. Throws,
    /// without parsing, when the text breaks a limit that keeps parsing linear (`MarkdownLimits`).
    init(_ markdown: String, allowsRawHTML: Bool) throws(MarkdownRefusal) {
        let violations = MarkdownLimits.violations(in: markdown)
        guard violations.isEmpty else { throw MarkdownRefusal(violations: violations) }
        Self.registerExtensions
        let parseOptions = CMARK_OPT_FOOTNOTES
        arena = sitegen_markdown_arena_acquire()
        memory = arena?.assumingMemoryBound(to: cmark_mem.self) ?? cmark_get_default_mem_allocator()
        let newParser: OpaquePointer = cmark_parser_new_with_mem(parseOptions, memory)
        for name in Self.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(newParser, syntaxExtension)
            }
        }
        var text = markdown
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(newParser, chars.baseAddress, chars.count)
            }
        }
        if sitegen_cmark_inline_triggers_fixed() {
            root = cmark_parser_finish(newParser)
        } else {
            Self.parseLock.lock()
            root = cmark_parser_finish(newParser)
            Self.parseLock.unlock()
        }
        parser = newParser
        renderOptions =
            CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES | (allowsRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT)
    }

    deinit {
        // Everything of the document is in its arena (nodes are added only through `newNode`):
        // emptied at once, with no walk over the tree to free each node.
        if let arena {
            sitegen_markdown_arena_release(arena)
            return
        }
        for holder in holders { cmark_node_free(holder) }
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// The top-level blocks of the document, in order.
    var blocks: [CMarkNode] {
        MarkdownNode.children(of: root)
    }

    /// Renders one node and its descendants as HTML, images loading lazily (`LazyImages`).
    func html(of node: CMarkNode) -> String {
        guard
            let rendered = cmark_render_html_with_mem(
                node, renderOptions, cmark_parser_get_syntax_extensions(parser), memory)
        else { return "" }
        defer { memory.pointee.free(rendered) }
        let html = String(cString: rendered)
        let written = writtenRawHTML.isEmpty ? html : writingRawHTML(in: html, renderedFrom: node)
        return mayHoldImages ? LazyImages.marking(written) : written
    }

    /// Has the raw HTML node `node` (`html_block` or `html_inline`) written as `html`, already
    /// sanitized, where cmark-gfm (rendering without `CMARK_OPT_UNSAFE`) writes its comment
    /// for raw HTML it leaves out.
    ///
    /// A Markdown table cell can hold no node but a few inline types, raw HTML among them, so
    /// the node stays a raw HTML node rather than becoming a custom one.
    func writeRawHTML(_ node: CMarkNode, as html: String) {
        cmark_node_set_literal(node, html)
        writtenRawHTML.insert(node)
    }

    /// A new node of `type`, for the caller to insert in this document's tree. cmark-gfm moves
    /// a node only into a tree of the same allocator (`cmark_node_append_child` refuses it
    /// otherwise), so every node added to the tree is made here, with the document's.
    func newNode(_ type: cmark_node_type) -> CMarkNode? {
        cmark_node_new_with_mem(type, memory)
    }

    /// Takes `node` out of the tree for good; it is freed with the document. Its memory may be
    /// the document's arena, emptied when the document is freed: a node taken out is never freed
    /// apart from it, where it could outlive the document.
    func remove(_ node: CMarkNode) {
        cmark_node_unlink(node)
        holders.append(node)
    }

    /// A new raw HTML node written as `html` (see `writeRawHTML`), for the caller to insert.
    func newRawHTML(_ html: String, blockLevel: Bool) -> CMarkNode? {
        guard let node = newNode(blockLevel ? CMARK_NODE_HTML_BLOCK : CMARK_NODE_HTML_INLINE) else {
            return nil
        }
        writeRawHTML(node, as: html)
        return node
    }

    /// What cmark-gfm writes for raw HTML without `CMARK_OPT_UNSAFE`; text and code never give it
    /// (their `<` is escaped).
    private static let omittedRawHTML = Array("<!-- raw HTML omitted -->".utf8)

    /// `html`, rendered from `node`, with each comment cmark-gfm wrote for a raw HTML node
    /// replaced by the node's HTML if it is written, or by nothing. The comments come in the
    /// order of the nodes in the tree.
    private func writingRawHTML(in html: String, renderedFrom node: CMarkNode) -> String {
        var html = html
        let marker = Self.omittedRawHTML
        let markers: [Int] = html.withUTF8 { bytes in
            var found: [Int] = []
            var index = 0
            while let next = bytes[index...].firstIndex(of: marker[0]) {
                if bytes[next...].starts(with: marker) {
                    found.append(next)
                    index = next + marker.count
                } else {
                    index = next + 1
                }
            }
            return found
        }
        guard !markers.isEmpty else { return html }
        var replacements: [String] = []
        MarkdownNode.visit(node) { child, entering in
            let type = MarkdownNode.type(child)
            guard entering, type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE else { return }
            guard writtenRawHTML.contains(child), let literal = cmark_node_get_literal(child) else {
                replacements.append("")
                return
            }
            var text = String(cString: literal)
            // cmark-gfm ends the line after a block itself.
            if type == CMARK_NODE_HTML_BLOCK, text.utf8.last == UInt8(ascii: "\n") { text.removeLast() }
            replacements.append(text)
        }
        var output: [UInt8] = []
        html.withUTF8 { bytes in
            output.reserveCapacity(bytes.count)
            var copied = 0
            for (number, start) in markers.enumerated() {
                output.append(contentsOf: bytes[copied..<start])
                if number < replacements.count { output.append(contentsOf: replacements[number].utf8) }
                copied = start + marker.count
            }
            output.append(contentsOf: bytes[copied...])
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Renders the content of a heading (without its `<hN>` tags) as inline HTML.
    func inlineHTML(ofHeading heading: CMarkNode) -> String {
        let rendered = html(of: heading)
        let level = cmark_node_get_heading_level(heading)
        // Compared and cut as UTF-8: the tags are ASCII, and Character comparisons were most
        // of this function's time.
        let open = "<h\(level)>".utf8
        let close = "</h\(level)>\n".utf8
        let bytes = rendered.utf8
        guard bytes.count >= open.count + close.count, bytes.starts(with: open),
            bytes.reversed().starts(with: close.reversed())
        else { return rendered }
        let start = bytes.index(bytes.startIndex, offsetBy: open.count)
        let end = bytes.index(bytes.endIndex, offsetBy: -close.count)
        return String(rendered[start..<end])
    }

    /// Renders top-level blocks as HTML in one go, moving them out of the tree: consecutive
    /// blocks give the same HTML as each block rendered alone, in a fraction of the calls.
    /// Footnote definitions given together render as one footnotes block.
    func html(ofBlocks blocks: [CMarkNode]) -> String {
        guard !blocks.isEmpty, let holder = newNode(CMARK_NODE_DOCUMENT) else { return "" }
        holders.append(holder)
        for block in blocks {
            cmark_node_unlink(block)
            cmark_node_append_child(holder, block)
        }
        return html(of: holder)
    }
}
