/// One roadmap as the render made it: its body as its pages show it, the problems found in the
/// body, the links written in it (when the sink records links), its pages, and the files of its
/// folder copied beside them.
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
    /// The files of its folder (`RoadmapBody.files`), copied as they are: not pages, so neither
    /// in the sitemap nor in the pages counted. Empty until laid out.
    var files: [OutputFile] = []
}
