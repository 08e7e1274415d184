/// The site-internal links written in roadmap bodies, each with the URL it becomes on the
/// roadmap's page and where it is written, so a broken one is reported in the Markdown.
struct ContentLinks {
    /// One internal link of a roadmap body.
    struct Link: Sendable {
        /// The roadmap whose body holds it.
        var slug: Slug
        /// The URL as written.
        var written: String
        /// The URL on the built page.
        var resolved: String
        /// Where it is written.
        var location: SourceLocation
    }

    /// The internal links of every roadmap of `content` (links the build rejects are left out:
    /// the build reports them already).
    static func find(in content: LoadedContent) -> [Link] {
        let site = content.site
        let paths = SitePaths(basePath: site.config.basePath)
        var links: [Link] = []
        for roadmap in site.roadmaps {
            let path = roadmap.source.path
            guard case .success(let frontMatter) = FrontMatter.read(path) else { continue }
            let rewriter = LinkRewriter(
                paths: paths, slug: roadmap.slug, published: site.slugs,
                drafts: content.excludedDrafts, unreadable: content.unreadable)
            guard let document = try? MarkdownDocument(frontMatter.body, allowsRawHTML: false) else { continue }
            let locator = BodyLocator(
                markdown: frontMatter.body,
                source: RoadmapSource(path: path, bodyLineOffset: frontMatter.bodyLineOffset))
            MarkdownNode.visitLinks(document.root) { node, written, _ in
                let resolved: String
                switch rewriter.resolve(written) {
                case .keep: resolved = written
                case .rewrite(let url): resolved = url
                case .unlink, .broken: return
                }
                guard resolved.hasPrefix("/"), !resolved.hasPrefix("//") else { return }
                links.append(
                    Link(slug: roadmap.slug, written: written, resolved: resolved, location: locator.location(of: node))
                )
            }
        }
        return links
    }
}
