/// Finds the http(s) links and images in roadmap bodies, each at its line and column in the file.
///
/// Links are found in the parsed Markdown, so every form GitHub renders counts (inline,
/// reference-style, `<https://...>` and bare autolinks), and URLs in code spans and code blocks do
/// not.
enum ExternalLinkFinder {
    /// The external links of a roadmap body, located in the file `source` describes; none for a
    /// body past the Markdown limits (checking the content reports it).
    static func links(inBody markdown: String, source: RoadmapSource) -> [ExternalLink] {
        guard let document = try? MarkdownDocument(markdown, allowsRawHTML: false) else { return [] }
        return links(in: document, locator: BodyLocator(markdown: markdown, source: source))
    }

    /// The external links of a document already parsed from the body `locator` reads; the
    /// document must not have been changed since it was parsed.
    static func links(in document: MarkdownDocument, locator: BodyLocator) -> [ExternalLink] {
        var starts: LinkStarts?
        var links: [ExternalLink] = []
        MarkdownNode.visitLinks(document.root) { node, url, isImage in
            guard ExternalLink.isExternal(url) else { return }
            if starts == nil { starts = LinkStarts(markdown: locator.markdown) }
            let start = starts!.start(of: node)
            links.append(
                ExternalLink(
                    url: url, location: locator.location(of: BodyPosition(line: start.line, byteColumn: start.column)),
                    kind: isImage ? .image : .link))
        }
        return links
    }
}
