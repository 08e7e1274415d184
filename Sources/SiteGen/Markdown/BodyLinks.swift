/// The links written in a roadmap body, each where it is written, found in the document the
/// body is rendered from (so `check` parses each body once): the links to pages of the site,
/// checked against the pages built, and the http(s) links, for `check --external`.
struct BodyLinks: Sendable {
    /// A link to a page of the site.
    struct SiteLink: Sendable, Hashable {
        /// The URL as written.
        var written: String
        /// The URL on the built page: a path from the host's root, such as `/docs/python/#setup`.
        var resolved: String
        /// Where it is written in the roadmap file.
        var location: SourceLocation
    }

    /// The links to pages of the site, in the order written. Links the build rejects (to a
    /// missing roadmap, to a draft) are left out: rendering the body reports them.
    var site: [SiteLink] = []
    /// The http(s) links and images, in the order written.
    var external: [ExternalLink] = []
    /// The URLs, as the built page has them, of the links and images rendering reported as
    /// broken at their line (a missing roadmap, topic or image): `check` does not report them
    /// again at the built page.
    var reported: Set<String> = []

    /// No links.
    init() {}

    /// The links of `document`, freshly parsed from the body `locator` reads; `rewriter` says
    /// where each link goes on the built site.
    init(in document: MarkdownDocument, locator: BodyLocator, rewriter: LinkRewriter) {
        external = ExternalLinkFinder.links(in: document, locator: locator)
        MarkdownNode.visitLinks(document.root) { node, written, isImage in
            // A local image is checked against the roadmap folders' files (`LocalImages`).
            if isImage, ContentPath.isRelative(written) { return }
            let resolved: String
            switch rewriter.resolve(written) {
            case .keep: resolved = written
            case .rewrite(let url): resolved = url
            case .unlink, .broken: return
            }
            guard resolved.hasPrefix("/"), !resolved.hasPrefix("//") else { return }
            site.append(SiteLink(written: written, resolved: resolved, location: locator.location(of: node)))
        }
    }
}
