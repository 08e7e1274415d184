import Dispatch

/// Reads a roadmap's file again and renders its Markdown body (the load stage reads only front
/// matter), for the render stage and for checking bodies when the load stage already failed.
struct RoadmapBodyLoader: Sendable {
    let content: LoadedContent
    /// Whether the links written in each body are recorded.
    var recordsLinks = false

    /// The rendered body of `roadmap` and its problems (nil when its file cannot be read), a
    /// scaffold's placeholder text left in the file among them, with the links written in it
    /// when they are recorded; nothing laid out.
    func body(of roadmap: Roadmap) -> RenderedRoadmap {
        let path = roadmap.source.path
        let frontMatter: FrontMatter
        switch FrontMatter.read(path) {
        case .success(let split): frontMatter = split
        case .failure(let diagnostic):
            return RenderedRoadmap(slug: roadmap.slug, body: nil, diagnostics: [diagnostic], links: BodyLinks())
        }
        let site = content.site
        var renderer = RoadmapBodyRenderer(
            allowsRawHTML: site.config.allowsRawHTML,
            links: LinkRewriter(
                paths: SitePaths(basePath: site.config.basePath), slug: roadmap.slug, published: site.slugs,
                drafts: content.excludedDrafts, unreadable: content.unreadable))
        renderer.recordsLinks = recordsLinks
        let rendered = renderer.renderBody(
            frontMatter.body, source: RoadmapSource(path: path, bodyLineOffset: frontMatter.bodyLineOffset))
        let placeholder = ScaffoldPlaceholders.warning(
            in: [(frontMatter.yaml, FrontMatter.yamlLineOffset), (frontMatter.body, frontMatter.bodyLineOffset)],
            path: path)
        return RenderedRoadmap(
            slug: roadmap.slug, body: rendered.body,
            diagnostics: rendered.diagnostics + [placeholder].compactMap { $0 },
            links: rendered.links)
    }

    /// Every roadmap's body problems and, when recorded, links, found in parallel, nothing laid
    /// out; in the site's order.
    func checkAll() -> [RenderedRoadmap] {
        let roadmaps = content.site.roadmaps
        let results = ParallelResults<RenderedRoadmap>(count: roadmaps.count)
        DispatchQueue.concurrentPerform(iterations: roadmaps.count) { index in
            var rendered = body(of: roadmaps[index])
            rendered.body = nil
            results.set(index, rendered)
        }
        return results.values
    }
}
