import CMarkGFM

/// Plain-text facts taken from Markdown without rendering it.
public enum MarkdownText {
    /// The plain text of the first top-level paragraph, with whitespace collapsed; nil if none.
    public static func firstParagraph(of markdown: String) -> String? {
        let document = MarkdownDocument(markdown, allowsRawHTML: false)
        guard let paragraph = document.blocks.first(where: { MarkdownNode.type($0) == CMARK_NODE_PARAGRAPH }) else {
            return nil
        }
        let text = MarkdownNode.plainText(paragraph).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return text.isEmpty ? nil : text
    }
}
