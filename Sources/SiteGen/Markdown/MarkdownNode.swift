import CMarkGFM
import Foundation
import HTMLSanitizer

/// A node of a cmark-gfm tree (an opaque C pointer).
typealias CMarkNode = OpaquePointer

/// Read-only helpers over cmark-gfm nodes.
enum MarkdownNode {
    /// The node's type.
    static func type(_ node: CMarkNode) -> cmark_node_type {
        cmark_node_get_type(node)
    }

    /// The text a reader sees in a node: text and code literals, breaks as spaces, no markup.
    /// Raw HTML gives its text as the sanitizer's plain-text policy reads it: the text of its
    /// elements, nothing of comments, scripts and styles, and a space for a line break or a
    /// block (`merge sort<br>quick sort` reads "merge sort quick sort", `n<sup>2</sup>` "n2").
    /// No images: an image's alt text is not text on the page, as GitHub's heading anchors,
    /// made from a heading's text content, show; unless `includingImages`.
    static func plainText(_ node: CMarkNode, includingImages: Bool = false) -> String {
        // Gathered as UTF-8 and made a string once: a string per literal appended to a string
        // was most of this function's time.
        var text: [UInt8] = []
        // Created at the first raw HTML node: most nodes have none.
        var rawHTML: HTMLFragmentSanitizer?
        var imageDepth = 0
        visit(node) { child, entering in
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_IMAGE, !includingImages {
                imageDepth += entering ? 1 : -1
                return
            }
            guard entering, imageDepth == 0 else { return }
            guard type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK else {
                // Text inside a raw `<script>` or `<style>` is not read.
                guard rawHTML?.isRemovingContent != true else { return }
                if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                    if let literal = cmark_node_get_literal(child) {
                        text.append(contentsOf: UnsafeRawBufferPointer(start: literal, count: strlen(literal)))
                    }
                } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                    text.append(UInt8(ascii: " "))
                }
                return
            }
            guard let html = cmark_node_get_literal(child) else { return }
            if rawHTML == nil { rawHTML = HTMLFragmentSanitizer(policy: .plainText, output: .text) }
            text.append(contentsOf: (rawHTML?.sanitize(String(cString: html)).output ?? "").utf8)
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Moves the children of `node`, in order, to the end of `destination`'s. Stops at a child
    /// cmark-gfm will not move there (a node it cannot hold, or of another allocator) rather
    /// than asking again forever.
    static func moveChildren(of node: CMarkNode, into destination: CMarkNode) {
        while let child = cmark_node_first_child(node), cmark_node_append_child(destination, child) != 0 {}
    }

    /// The node's children, in order.
    static func children(of node: CMarkNode) -> [CMarkNode] {
        var result: [CMarkNode] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    /// Calls `body` for each node of the subtree, on entering and (for containers) on leaving.
    static func visit(
        _ node: CMarkNode,
        _ body: (CMarkNode, _ entering: Bool) -> Void
    ) {
        guard let iterator = cmark_iter_new(node) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let current = cmark_iter_get_node(iterator) else { continue }
            body(current, event == CMARK_EVENT_ENTER)
        }
    }

    /// Calls `body` with every link and image under `node`, in document order, with its URL.
    static func visitLinks(_ node: CMarkNode, _ body: (_ link: CMarkNode, _ url: String, _ isImage: Bool) -> Void) {
        visit(node) { child, entering in
            let type = cmark_node_get_type(child)
            guard entering, type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE,
                let pointer = cmark_node_get_url(child)
            else { return }
            body(child, String(cString: pointer), type == CMARK_NODE_IMAGE)
        }
    }

    /// The node's 1-based start line and byte column within the parsed text.
    static func start(_ node: CMarkNode) -> (line: Int, column: Int) {
        (Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
    }
}
