/// One roadmap as the render made it: its body as its pages show it, the problems found in the
/// body, the links written in it (when the sink records links), and its pages.
struct RenderedRoadmap: Sendable {
    /// The roadmap's slug.
    var slug: Slug
    /// The rendered body; nil when the file could not be read again.
    var body: RoadmapBody?
    /// The problems in the body.
    var diagnostics: [Diagnostic]
    /// The links written in the body; empty unless recorded.
    var links: BodyLinks
    /// The roadmap's pages, in the order the sitemap lists them; empty until laid out, and
    /// when the body could not be rendered.
    var pages: [OutputFile] = []
}
