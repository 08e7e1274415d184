import CMarkGFM
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A Markdown text parsed by cmark-gfm with the GitHub extensions, owning its syntax tree.
///
/// One document is used by one task at a time; documents on different tasks are independent,
/// except while parsing: see `parseLock`.
final class MarkdownDocument {
    /// The extensions GitHub Flavored Markdown uses, attached to every parser.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    private static let registerExtensions: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()

    /// Held while a parser finishes (block parsing runs outside it). cmark-gfm 0.29 keeps the
    /// characters that start extension syntax (`~` for strikethrough, `:` and `w` for
    /// autolinks) in one table for the whole process, which each parser fills when it parses
    /// inlines, in `cmark_parser_finish`, and clears when it is done: two parsers finishing at
    /// once drop strikethroughs and autolinks at random.
    private static let parseLock = NSLock()

    private let parser: OpaquePointer
    let root: CMarkNode
    private let renderOptions: Int32
    /// Documents holding blocks moved out of the tree to be rendered together; freed with it.
    private var holders: [CMarkNode] = []

    /// Parses `markdown`; `allowsRawHTML` keeps raw HTML (tag-filtered) instead of omitting it.
    init(_ markdown: String, allowsRawHTML: Bool) {
        Self.registerExtensions
        let parseOptions = CMARK_OPT_FOOTNOTES
        let newParser: OpaquePointer = cmark_parser_new(parseOptions)
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
        Self.parseLock.lock()
        root = cmark_parser_finish(newParser)
        Self.parseLock.unlock()
        parser = newParser
        renderOptions =
            CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES | (allowsRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT)
    }

    deinit {
        for holder in holders { cmark_node_free(holder) }
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// The top-level blocks of the document, in order.
    var blocks: [CMarkNode] {
        MarkdownNode.children(of: root)
    }

    /// Renders one node and its descendants as HTML.
    func html(of node: CMarkNode) -> String {
        guard let rendered = cmark_render_html(node, renderOptions, cmark_parser_get_syntax_extensions(parser))
        else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
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
        guard !blocks.isEmpty, let holder = cmark_node_new(CMARK_NODE_DOCUMENT) else { return "" }
        holders.append(holder)
        for block in blocks {
            cmark_node_unlink(block)
            cmark_node_append_child(holder, block)
        }
        return html(of: holder)
    }
}
