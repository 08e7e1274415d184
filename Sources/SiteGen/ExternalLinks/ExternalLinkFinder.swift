import CMarkGFM

/// Finds the http(s) links and images in roadmap files, each at its line and column in the file.
///
/// Links are found in the parsed Markdown, so every form GitHub renders counts (inline,
/// reference-style, `<https://...>` and bare autolinks), and URLs in code spans and code blocks do
/// not.
enum ExternalLinkFinder {
    /// The external links of the roadmap file at `path`, in the order they are written; none when
    /// the file cannot be read or has no front matter (loading the content reports that).
    static func links(inRoadmapFile path: String) -> [ExternalLink] {
        guard case .success(let frontMatter) = FrontMatter.read(path) else { return [] }
        let source = RoadmapSource(path: path, bodyLineOffset: frontMatter.bodyLineOffset)
        return links(inBody: frontMatter.body, source: source)
    }

    /// The external links of a roadmap body, located in the file `source` describes; none for a
    /// body past the Markdown limits (checking the content reports it).
    static func links(inBody markdown: String, source: RoadmapSource) -> [ExternalLink] {
        guard let document = try? MarkdownDocument(markdown, allowsRawHTML: false) else { return [] }
        let locator = BodyLocator(markdown: markdown, source: source)
        var starts = LinkStarts(markdown: markdown)
        var links: [ExternalLink] = []
        MarkdownNode.visitLinks(document.root) { node, url, isImage in
            guard ExternalLink.isExternal(url) else { return }
            let start = starts.start(of: node)
            links.append(
                ExternalLink(
                    url: url, location: locator.location(of: BodyPosition(line: start.line, byteColumn: start.column)),
                    kind: isImage ? .image : .link))
        }
        return links
    }
}
