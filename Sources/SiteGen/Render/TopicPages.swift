import Mustache

/// Renders the topic pages of one roadmap (`PageKind.topic`): each topic's content, where it sits
/// on the map (breadcrumb, parent, subtopics, previous and next topic in map order) and its date.
///
/// The `topic` template sees `roadmap` (the roadmap's summary, as other pages list it) and:
///
/// ```
/// topic:  slug, title, description, path, updated, updatedText (as a roadmap's)
///         titleID     the `h1`'s id: the id GitHub gives the file's `# ` title heading (or
///                     the front matter's title's), unique among the body's
///         introHTML, sections, footnotesHTML   the body, as the roadmap page's
///         parent      { title, path } of the topic it is a subtopic of; null at the top
///         subtopics   [node] as in the map (see MapTemplate); hasSubtopics; subtopicsListTag
///                     "ol" when they are a sequence, else "ul"
///         previous, next   { title, path } in map order; null at the ends, and off the map
/// page:   previousPath, nextPath   the same paths, for `<link rel="prev/next">`
/// ```
struct TopicPages {
    let theme: Theme
    let context: PageContext

    var paths: SitePaths { context.paths }

    /// The pages of `body.topics`, in map order, then the topics the map does not name.
    func render(_ roadmap: Roadmap, body: RoadmapBody, summary: TemplateObject, targets: MapTargets) -> [OutputFile] {
        guard !body.topics.isEmpty else { return [] }
        // Each topic's index in `body.topics`, rather than a dictionary holding a copy of every
        // topic body (a few dozen references apiece); places on the map are indices too.
        var indexOf: [Slug: Int] = [:]
        indexOf.reserveCapacity(body.topics.count)
        for (index, topic) in body.topics.enumerated() { indexOf[topic.id.topic] = index }
        let order = (body.map?.map.topicsInOrder ?? []).filter { indexOf[$0.topic] != nil }
        var nodes: [Slug: MapNode] = [:]
        func collect(_ list: [MapNode]) {
            for node in list {
                if let topic = node.topic { nodes[topic] = node }
                collect(node.children)
            }
        }
        collect(body.map?.map.nodes ?? [])
        // Each page's path is written up to eight times (its own, its neighbours' links, the
        // JSON-LD): made once.
        let pages = Pages(topics: body.topics, paths: body.topics.map { paths.topic($0.id) })
        var files: [OutputFile] = []
        files.reserveCapacity(body.topics.count)
        var placed: Set<Slug> = []
        for (index, entry) in order.enumerated() {
            guard placed.insert(entry.topic).inserted, let topicIndex = indexOf[entry.topic] else { continue }
            let place = Place(
                parent: entry.parent.flatMap { indexOf[$0] },
                previous: index > 0 ? indexOf[order[index - 1].topic] : nil,
                next: index + 1 < order.count ? indexOf[order[index + 1].topic] : nil,
                node: nodes[entry.topic])
            files.append(
                page(topicIndex, of: pages, roadmap: roadmap, place: place, summary: summary, targets: targets))
        }
        for (index, topic) in body.topics.enumerated() where !placed.contains(topic.id.topic) {
            files.append(page(index, of: pages, roadmap: roadmap, place: Place(), summary: summary, targets: targets))
        }
        return files
    }

    /// A roadmap's topics and their pages' paths, by the same index.
    private struct Pages {
        let topics: [TopicBody]
        let paths: [String]
    }

    /// Where a topic sits on its roadmap's map: its neighbours' indices in `Pages`.
    private struct Place {
        var parent: Int?
        var previous: Int?
        var next: Int?
        var node: MapNode?
    }

    private func page(
        _ index: Int, of pages: Pages, roadmap: Roadmap, place: Place, summary: TemplateObject, targets: MapTargets
    ) -> OutputFile {
        let topic = pages.topics[index]
        let path = pages.paths[index]
        let subtopics = MapTemplate.items(place.node?.children ?? [], depth: 2, paths: paths, targets: targets)
        let values: TemplateObject = [
            "slug": .string(topic.id.topic.value),
            "title": .string(topic.title),
            "titleID": .string(topic.titleID),
            "description": .optional(topic.description),
            "path": .string(path),
            "updated": .optional(topic.updated?.description),
            "updatedText": .optional(topic.updated.map(context.dates.text)),
            "introHTML": .string(topic.body.introHTML),
            "sections": .list(topic.body.sections.map(RoadmapPages.section)),
            "footnotesHTML": topic.body.footnotesHTML.isEmpty ? .null : .string(topic.body.footnotesHTML),
            "parent": link(place.parent, of: pages),
            "subtopics": .list(subtopics),
            "hasSubtopics": .bool(!subtopics.isEmpty),
            "subtopicsListTag": .string(place.node?.childrenOrdered == true ? "ol" : "ul"),
            "previous": link(place.previous, of: pages),
            "next": link(place.next, of: pages),
        ]
        let canonicalPath = topic.canonical.map(paths.topic)
        let parent = place.parent.map { (pages.topics[$0].title, pages.paths[$0]) }
        let page = context.page(
            kind: "topic", title: topic.title, description: topic.description, path: path,
            canonicalPath: canonicalPath, modified: topic.updated,
            jsonLD: StructuredData.topicPage(
                topic, path: path, canonicalPath: canonicalPath, roadmap: roadmap, parent: parent, paths: paths,
                config: context.config),
            previousPath: place.previous.map { pages.paths[$0] }, nextPath: place.next.map { pages.paths[$0] })
        return OutputFile(
            path: paths.outputFile(forPage: path),
            bytes: theme.render(
                .topic, context.context(page: page, ["roadmap": .object(summary), "topic": .object(values)])))
    }

    private func link(_ index: Int?, of pages: Pages) -> TemplateValue {
        guard let index else { return .null }
        return .object(["title": .string(pages.topics[index].title), "path": .string(pages.paths[index])])
    }
}
