import CMarkGFM

/// Plain-text facts taken from Markdown without rendering it.
public enum MarkdownText {
    /// The plain text of the first top-level paragraph that has text, with whitespace
    /// collapsed; nil if none. A paragraph of images only (a diagram, badges) has none: an
    /// image's alt text describes the image, not the roadmap. Nil for a text past the Markdown
    /// limits too (rendering the body reports it).
    public static func firstParagraph(of markdown: String) -> String? {
        guard let document = try? MarkdownDocument(markdown, allowsRawHTML: false) else { return nil }
        for block in document.blocks where MarkdownNode.type(block) == CMARK_NODE_PARAGRAPH {
            let text = MarkdownNode.plainText(block).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if !text.isEmpty { return text }
        }
        return nil
    }
}
