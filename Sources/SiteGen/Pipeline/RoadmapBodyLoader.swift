import Dispatch

/// Reads a roadmap's file again and renders its Markdown body, for the render stage and for
/// checking bodies when the load stage already failed.
struct RoadmapBodyLoader: Sendable {
    let content: LoadedContent

    /// The rendered body of `roadmap`, or nil when its file cannot be read; with its problems.
    func body(of roadmap: Roadmap) -> (RoadmapBody?, [Diagnostic]) {
        let path = roadmap.source.path
        let frontMatter: FrontMatter
        switch FrontMatter.read(path) {
        case .success(let split): frontMatter = split
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        let site = content.site
        let renderer = RoadmapBodyRenderer(
            allowsRawHTML: site.config.allowsRawHTML,
            links: LinkRewriter(
                paths: SitePaths(basePath: site.config.basePath), slug: roadmap.slug,
                published: site.slugs, drafts: content.excludedDrafts,
                unreadable: content.unreadable))
        let (body, diagnostics) = renderer.render(
            frontMatter.body, source: RoadmapSource(path: path, bodyLineOffset: frontMatter.bodyLineOffset))
        return (body, diagnostics)
    }

    /// The problems in every roadmap's body, found in parallel, nothing rendered to pages.
    func checkAll() -> [Diagnostic] {
        let roadmaps = content.site.roadmaps
        let results = ParallelResults<[Diagnostic]>(count: roadmaps.count)
        DispatchQueue.concurrentPerform(iterations: roadmaps.count) { index in
            results.set(index, body(of: roadmaps[index]).1)
        }
        return results.values.flatMap { $0 }
    }
}
