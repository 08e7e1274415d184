import CMarkGFM
import Foundation

/// Turns typed resource links in a parsed body into labelled links: the `@type@` prefix is
/// taken off the link's text, and the type's label (`ResourceType.labelHTML`) is put at the
/// start of the link, so `[@video@How the backend works](https://example.org/v)` becomes
/// `<a href="https://example.org/v"><span class="resource-type resource-type-video">Video<span
/// class="visually-hidden">: </span></span>How the backend works</a>`.
///
/// The prefix is `@`, a type of letters, digits, `-` or `_` (any case), `@`, at the very start
/// of the link's text; blanks after it are dropped. Images are left alone. The label is a
/// cmark-gfm custom inline node, written out as it is whatever the site's raw HTML setting.
enum TypedResources {
    /// Marks every typed link under `root`; returns a warning for each unknown type (that link
    /// is left as written) and each link with nothing after its prefix (its URL is shown).
    static func mark(in document: MarkdownDocument, locator: BodyLocator) -> [Diagnostic] {
        mark(links: BodyNodes(root: document.root).links, of: document, locator: locator)
    }

    /// `mark(in:locator:)` of the links and images `links` (`BodyNodes.links`) of `document`.
    static func mark(links: [CMarkNode], of document: MarkdownDocument, locator: BodyLocator) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for link in links {
            guard MarkdownNode.type(link) == CMARK_NODE_LINK,
                let first = cmark_node_first_child(link), MarkdownNode.type(first) == CMARK_NODE_TEXT,
                let literal = cmark_node_get_literal(first), literal[0] == UInt8(ascii: "@")
            else { continue }
            let texts = leadingTexts(of: link)
            guard let prefix = prefix(of: texts) else {
                if let type = unclosedType(in: texts) {
                    problems.append(
                        .warning(
                            "`@\(type)` starts this link like a resource type, but has no closing `@`; "
                                + "the link is shown as written",
                            at: locator.location(of: link),
                            hint: "write `[@\(type)@Title](url)`"))
                }
                continue
            }
            guard let type = ResourceType(rawValue: prefix.type.lowercased()) else {
                let known = ResourceType.allCases.map(\.rawValue)
                problems.append(
                    .warning(
                        "unknown resource type \(Excerpt.quoted(prefix.type)); the link is shown as written",
                        at: locator.location(of: link),
                        hint: Suggestion.closest(to: prefix.type, in: known).map { "did you mean `\($0)`?" }
                            ?? "the types are \(known.joined(separator: ", "))"))
                continue
            }
            drop(prefix.length, from: texts)
            if cmark_node_first_child(link) == nil {
                problems.append(
                    .warning(
                        "the resource link has no text after `@\(prefix.type)@`; its address is shown",
                        at: locator.location(of: link), hint: "write the resource's title after the type"))
                if let url = cmark_node_get_url(link), let shown = document.newNode(CMARK_NODE_TEXT) {
                    cmark_node_set_literal(shown, url)
                    cmark_node_append_child(link, shown)
                }
            }
            if let label = document.newNode(CMARK_NODE_CUSTOM_INLINE) {
                _ = labelCStrings[type]!.withUnsafeBufferPointer { cmark_node_set_on_enter(label, $0.baseAddress) }
                cmark_node_set_on_exit(label, "")
                cmark_node_prepend_child(link, label)
            }
        }
        return problems
    }

    /// Each type's `labelHTML` as a C string, made once: a topic corpus labels tens of
    /// thousands of links.
    private static let labelCStrings = [ResourceType: ContiguousArray<CChar>](
        uniqueKeysWithValues: ResourceType.allCases.map { ($0, $0.labelHTML.utf8CString) })

    /// The prefix of the text the run of text nodes `texts` holds, as `prefix(of:)` finds it.
    /// When the first node holds the prefix and something after it, its bytes are read where
    /// they are; otherwise the nodes' texts are joined first (cmark-gfm may split a text).
    private static func prefix(of texts: [CMarkNode]) -> (type: String, length: Int)? {
        guard let first = texts.first, let literal = cmark_node_get_literal(first) else { return nil }
        let bytes = UnsafeBufferPointer(
            start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal))
        if let found = prefix(of: bytes), found.length < bytes.count || texts.count == 1 { return found }
        let text = texts.map { String(cString: cmark_node_get_literal($0)) }.joined()
        return prefix(of: text)
    }

    /// The known type (lowercased) that starts the text of `texts` as `@type` followed by a
    /// blank, without the closing `@` a prefix needs (`[@article Title](url)`); nil for anything
    /// else (`[@handle](url)` names no type).
    private static func unclosedType(in texts: [CMarkNode]) -> String? {
        let text = texts.map { String(cString: cmark_node_get_literal($0)) }.joined()
        let bytes = Array(text.utf8)
        var end = 1
        while end < bytes.count, isTypeByte(bytes[end]) { end += 1 }
        guard end > 1, end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") else {
            return nil
        }
        let type = String(decoding: bytes[1..<end], as: UTF8.self).lowercased()
        return ResourceType(rawValue: type) == nil ? nil : type
    }

    /// The type written in a `@type@` prefix at the start of `text`, and the number of UTF-8
    /// bytes the prefix and the blanks after it take; nil when `text` has no such prefix.
    static func prefix(of text: String) -> (type: String, length: Int)? {
        var text = text
        return text.withUTF8 { prefix(of: $0) }
    }

    /// `prefix(of:)` of UTF-8 `bytes`.
    private static func prefix(of bytes: UnsafeBufferPointer<UInt8>) -> (type: String, length: Int)? {
        guard bytes.first == UInt8(ascii: "@") else { return nil }
        var end = 1
        while end < bytes.count, end <= 33, isTypeByte(bytes[end]) { end += 1 }
        guard end > 1, end < bytes.count, bytes[end] == UInt8(ascii: "@") else { return nil }
        let type = String(decoding: bytes[1..<end], as: UTF8.self)
        var length = end + 1
        while length < bytes.count, bytes[length] == UInt8(ascii: " ") || bytes[length] == UInt8(ascii: "\t") {
            length += 1
        }
        return (type, length)
    }

    private static func isTypeByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default: false
        }
    }

    /// The run of text nodes a link's content starts with (cmark-gfm may split one text in
    /// several, at characters that could start other syntax).
    private static func leadingTexts(of link: CMarkNode) -> [CMarkNode] {
        var texts: [CMarkNode] = []
        var node = cmark_node_first_child(link)
        while let current = node, MarkdownNode.type(current) == CMARK_NODE_TEXT {
            texts.append(current)
            node = cmark_node_next(current)
        }
        return texts
    }

    /// Takes the first `count` UTF-8 bytes off the text of `texts`, freeing emptied nodes.
    private static func drop(_ count: Int, from texts: [CMarkNode]) {
        var remaining = count
        for text in texts where remaining > 0 {
            let literal = cmark_node_get_literal(text)!
            let length = strlen(literal)
            if length <= remaining {
                remaining -= length
                cmark_node_free(text)
            } else {
                let rest = String(cString: literal + remaining)
                cmark_node_set_literal(text, rest)
                remaining = 0
            }
        }
    }
}
