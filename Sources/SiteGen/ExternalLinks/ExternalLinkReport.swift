/// What an external link check found, and how much it had to ask.
public struct ExternalLinkReport: Sendable, Hashable {
    /// The broken links (errors) and the links to update (warnings), each at its place in the
    /// Markdown.
    public var diagnostics: Diagnostics
    /// The http(s) links and images found in the content, counting each place.
    public var linkCount: Int
    /// The distinct URLs among them (fragments aside).
    public var urlCount: Int
    /// The URLs asked over the network in this run; the others were answered by the cache.
    public var requestedCount: Int

    /// Creates a report.
    public init(diagnostics: Diagnostics, linkCount: Int, urlCount: Int, requestedCount: Int) {
        self.diagnostics = diagnostics
        self.linkCount = linkCount
        self.urlCount = urlCount
        self.requestedCount = requestedCount
    }
}
