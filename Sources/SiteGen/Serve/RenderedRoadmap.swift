/// One roadmap as the preview keeps it between rebuilds: its rendered body (so that a page
/// naming it can be laid out again without Markdown), the problems found in the body, and the
/// output files its pages were written to.
struct RenderedRoadmap: Sendable {
    /// The rendered body; nil when the file could not be read.
    var body: RoadmapBody?
    /// The problems in the body.
    var diagnostics: [Diagnostic]
    /// The paths of the roadmap's files in the site, empty until its pages are laid out.
    var outputPaths: [String] = []

    /// Whether the roadmap has an FAQ page.
    var hasFAQ: Bool { body?.faq != nil }

    /// Reads and renders the body of `roadmap` in `content`.
    static func render(_ roadmap: Roadmap, in content: LoadedContent) -> RenderedRoadmap {
        let (body, diagnostics) = RoadmapBodyLoader(content: content).body(of: roadmap)
        return RenderedRoadmap(body: body, diagnostics: diagnostics)
    }
}
