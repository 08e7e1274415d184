/// One roadmap as the preview keeps it between rebuilds: its rendered body (so that a page
/// naming it can be laid out again without Markdown), the problems found in the body, and the
/// files its pages and its folder's files were put in.
struct PreviewRoadmap: Sendable {
    /// The rendered body; nil when the file could not be read.
    var body: RoadmapBody?
    /// The problems in the body.
    var diagnostics: [Diagnostic]
    /// The paths of the roadmap's pages in the site, in the sitemap's order; empty until its
    /// pages are laid out.
    var pagePaths: [String] = []
    /// The paths of its folder's files, copied beside its pages.
    var filePaths: [String] = []

    /// Every path the roadmap's files were put in: its pages, then its folder's files.
    var outputPaths: [String] { pagePaths + filePaths }

    /// What the preview keeps of a rendered roadmap.
    init(_ rendered: RenderedRoadmap) {
        body = rendered.body
        diagnostics = rendered.diagnostics
        pagePaths = rendered.pages.map(\.path)
        filePaths = rendered.files.map(\.path)
    }
}
