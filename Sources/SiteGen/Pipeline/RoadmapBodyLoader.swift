import Dispatch
import Foundation

/// Reads a roadmap's file again and renders its Markdown body (the load stage reads only front
/// matter), with its map, the bodies of its topics (kept as text by the load stage) and the
/// other files of its folder, for the render stage and for checking bodies when the load stage
/// already failed.
struct RoadmapBodyLoader: Sendable {
    let content: LoadedContent
    /// Whether the links written in each body are recorded.
    var recordsLinks = false

    /// The rendered body of `roadmap` (with its topics and folder's files) and its problems (nil
    /// when its file cannot be read), a scaffold's placeholder text left in a file among them,
    /// with the links written in it and its topics when they are recorded; nothing laid out.
    func body(of roadmap: Roadmap) -> RenderedRoadmap {
        let path = roadmap.source.path
        let frontMatter: FrontMatter
        switch FrontMatter.read(path) {
        case .success(let split): frontMatter = split
        case .failure(let diagnostic):
            return RenderedRoadmap(slug: roadmap.slug, body: nil, diagnostics: [diagnostic], links: BodyLinks())
        }
        var renderer = bodyRenderer(for: roadmap.slug, topic: nil)
        renderer.mapTargets = content.mapTargets(for: roadmap.slug)
        let topics = content.publishedTopics(of: roadmap.slug)
        renderer.topicTitles = Dictionary(
            topics.map { ($0.id.topic, $0.title) }, uniquingKeysWith: { first, _ in first })
        var rendered = renderer.renderBody(
            frontMatter.body, source: RoadmapSource(path: path, bodyLineOffset: frontMatter.bodyLineOffset))
        let placeholder = ScaffoldPlaceholders.warning(
            in: [(frontMatter.yaml, FrontMatter.yamlLineOffset), (frontMatter.body, frontMatter.bodyLineOffset)],
            path: path)
        if let folder = content.topics[roadmap.slug] {
            // A draft left out of the build needs no place on the map yet.
            rendered.diagnostics += TopicFolder.orphans(
                topics, map: rendered.body.map?.map, roadmapFile: "content/roadmaps/\(roadmap.slug).md")
            for topic in topics {
                let (body, problems, links) = self.body(of: topic)
                rendered.diagnostics += problems
                rendered.links.site += links.site
                rendered.links.external += links.external
                rendered.links.reported.formUnion(links.reported)
                if let body { rendered.body.topics.append(body) }
            }
            let (files, problems) = copiedFiles(
                folder.folder.files, from: (path as NSString).deletingLastPathComponent)
            rendered.body.files = files
            rendered.diagnostics += problems
        }
        return RenderedRoadmap(
            slug: roadmap.slug, body: rendered.body,
            diagnostics: rendered.diagnostics + [placeholder].compactMap { $0 },
            links: rendered.links)
    }

    /// The renderer of a body of `roadmap`'s: its own, or that of its `topic`.
    private func bodyRenderer(for roadmap: Slug, topic: Slug?) -> RoadmapBodyRenderer {
        let site = content.site
        var links = LinkRewriter(
            paths: SitePaths(basePath: site.config.basePath), slug: roadmap, published: site.slugs,
            drafts: content.excludedDrafts, unreadable: content.unreadable)
        links.topics = content.topicNames
        links.draftTopics = content.draftTopics
        links.files = content.contentFiles
        links.topic = topic
        var renderer = RoadmapBodyRenderer(allowsRawHTML: site.config.allowsRawHTML, links: links)
        renderer.localFiles = content.contentFiles
        renderer.recordsLinks = recordsLinks
        return renderer
    }

    /// A topic's body, kept from its file when it was loaded, rendered, with its problems (a
    /// scaffold's placeholder text left in the file among them).
    private func body(of topic: TopicFile) -> (TopicBody?, [Diagnostic], BodyLinks) {
        var renderer = bodyRenderer(for: topic.id.roadmap, topic: topic.id.topic)
        renderer.takesFirstParagraph = topic.description == nil
        renderer.title = HeadingOutline.Title(
            text: topic.headingText ?? topic.title, isFirstHeading: topic.headingText != nil)
        let rendered = renderer.renderBody(topic.body, source: topic.source)
        let body = TopicBody(
            id: topic.id, title: topic.title, titleID: rendered.titleID,
            description: topic.description ?? rendered.firstParagraph,
            updated: topic.updated, body: rendered.body, canonical: topic.linkedTopic)
        return (body, rendered.diagnostics + [topic.placeholderWarning].compactMap { $0 }, rendered.links)
    }

    /// The files of a roadmap folder (paths under `roadmaps`, the `content/roadmaps/` folder),
    /// read to be published at the same paths; a file that cannot be read is an error at it.
    private func copiedFiles(_ paths: [String], from roadmaps: String) -> ([OutputFile], [Diagnostic]) {
        var files: [OutputFile] = []
        var problems: [Diagnostic] = []
        for path in paths {
            let source = FilePaths.join(roadmaps, path)
            if let data = FileManager.default.contents(atPath: source) {
                files.append(OutputFile(path: path, bytes: [UInt8](data)))
            } else {
                problems.append(.error("the file cannot be read", at: SourceLocation(file: source)))
            }
        }
        return (files, problems)
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
