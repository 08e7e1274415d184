import CMarkGFM

/// Plain-text facts taken from Markdown without rendering it.
enum MarkdownText {
    /// The plain text of the first top-level paragraph that has text, with whitespace
    /// collapsed; nil if none. A paragraph of images only (a diagram, badges) has none: an
    /// image's alt text describes the image, not the roadmap. Nil for a text past the Markdown
    /// limits too (rendering the body reports it).
    ///
    /// The load stage asks this of every roadmap without a description, and the body is parsed
    /// in full once more when it is rendered, so only as much of the text is parsed as holds the
    /// paragraph and the line after it (see `firstParagraph(ofPrefix:)`); the whole text only
    /// when that cannot be told apart from the whole text's answer, or the text has a line that
    /// ends with a carriage return (cmark-gfm's lines are not then the `\n`-ended ones counted
    /// here).
    static func firstParagraph(of markdown: String) -> String? {
        guard MarkdownLimits.violations(in: markdown).isEmpty else { return nil }
        guard !markdown.utf8.contains(UInt8(ascii: "\r")) else { return firstParagraph(ofWhole: markdown) }
        var minimum = 0
        while let end = prefixEnd(of: markdown, from: minimum), end < markdown.utf8.count {
            switch firstParagraph(ofPrefix: String(decoding: markdown.utf8.prefix(end), as: UTF8.self)) {
            case .found(let text): return text
            case .needsWholeText: return firstParagraph(ofWhole: markdown)
            case .needsMoreText: minimum = max(4 * end, 2_048)
            }
        }
        return firstParagraph(ofWhole: markdown)
    }

    /// The answer for the whole text, parsed in full.
    static func firstParagraph(ofWhole markdown: String) -> String? {
        guard let document = try? MarkdownDocument(markdown, allowsRawHTML: false) else { return nil }
        return firstParagraph(in: document)
    }

    /// The answer for a parsed text, as written: ask it before anything changes the tree (links
    /// unlinked, blocks moved out to be rendered).
    static func firstParagraph(in document: MarkdownDocument) -> String? {
        for block in document.blocks where MarkdownNode.type(block) == CMARK_NODE_PARAGRAPH {
            if let text = collapsedText(block) { return text }
        }
        return nil
    }

    /// What a prefix of a text (ending with a line break) tells of the whole text's first paragraph.
    enum PrefixAnswer: Equatable {
        /// The whole text's answer.
        case found(String?)
        /// A longer prefix may tell.
        case needsMoreText
        /// Only the whole text tells.
        case needsWholeText
    }

    /// What `prefix` (whole lines, none ending in a carriage return, within the Markdown limits
    /// as the whole text is) tells of the first paragraph with text of any text that starts with
    /// it.
    ///
    /// cmark-gfm parses blocks line by line, and a line's block depends only on the lines before
    /// it and on the next one (a setext underline, a table's delimiter row): so a top-level
    /// paragraph of the prefix followed by a line of the prefix is a paragraph of the whole text,
    /// and the blocks before it are the whole text's. A paragraph's inlines depend on the rest of
    /// the text only through reference links and footnotes defined further on; unresolved, such a
    /// reference leaves its `[` as text, so a paragraph with `[` in its text needs the whole text.
    static func firstParagraph(ofPrefix prefix: String) -> PrefixAnswer {
        guard let document = try? MarkdownDocument(prefix, allowsRawHTML: false) else { return .needsWholeText }
        let lineCount = prefix.utf8.count { $0 == UInt8(ascii: "\n") }
        for block in document.blocks where MarkdownNode.type(block) == CMARK_NODE_PARAGRAPH {
            guard Int(cmark_node_get_end_line(block)) < lineCount else { return .needsMoreText }
            var hasBracket = false
            MarkdownNode.visit(block) { node, entering in
                guard entering, MarkdownNode.type(node) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node)
                else { return }
                if String(cString: literal).utf8.contains(UInt8(ascii: "[")) { hasBracket = true }
            }
            if hasBracket { return .needsWholeText }
            if let text = collapsedText(block) { return .found(text) }
        }
        return .needsMoreText
    }

    /// The byte offset just past the first blank line that starts at or after `minimum` and
    /// follows a line with text; nil when there is none before the end of `markdown`.
    static func prefixEnd(of markdown: String, from minimum: Int) -> Int? {
        var lineStart = 0
        var lineIsBlank = true
        var sawText = false
        for (offset, byte) in markdown.utf8.enumerated() {
            if byte == UInt8(ascii: "\n") {
                if lineIsBlank, sawText, lineStart >= minimum { return offset + 1 }
                sawText = sawText || !lineIsBlank
                lineStart = offset + 1
                lineIsBlank = true
            } else if byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t") {
                lineIsBlank = false
            }
        }
        return nil
    }

    /// A paragraph's plain text (images left out) with runs of white space made one space; nil
    /// when that leaves nothing.
    private static func collapsedText(_ paragraph: CMarkNode) -> String? {
        let text = CollapsedWhitespace.collapsed(MarkdownNode.plainText(paragraph))
        return text.isEmpty ? nil : text
    }
}
