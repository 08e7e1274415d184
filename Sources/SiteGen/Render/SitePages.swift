import Mustache

/// Renders the pages that list the whole site: the index and the 404 page.
struct SitePages {
    let content: SiteContent
    let theme: Theme
    let context: PageContext

    /// The index: every roadmap, grouped by level (roadmaps without a level last), by title.
    /// Each group has `id` (`beginner`, ..., `other`) and its roadmaps; `filters` are the level
    /// filter's choices, `All` (`checked`) then one per group, each with `id`, `filterID` (`All`,
    /// `Beginner`, ..., `Other`: capitalized, so that no heading can take the ids made of them),
    /// `title` and `count`; `hasFilter` is true when there are two groups or more; `home` marks
    /// the page for the header. `mapTopics`: each roadmap's `RoadmapBody.mapTopics`, which its
    /// card counts (`PageContext.counting`).
    func index(mapTopics: [Slug: [Slug]]) -> OutputFile {
        var groups: [(title: String, id: String, roadmaps: [Roadmap])] = Level.allCases.map { level in
            (level.rawValue, level.rawValue.lowercased(), content.roadmaps.filter { $0.level == level })
        }
        groups.append(("Other roadmaps", "other", content.roadmaps.filter { $0.level == nil }))
        groups.removeAll { $0.roadmaps.isEmpty }
        let values: TemplateObject = [
            "home": .bool(true),
            "hasFilter": .bool(groups.count > 1),
            "filters": .list(
                [("All", "all", content.roadmaps.count)].map(Self.filter(checked: true))
                    + groups.map { ($0.title, $0.id, $0.roadmaps.count) }.map(Self.filter(checked: false))),
            "groups": .list(
                groups.map { group in
                    .object([
                        "title": .string(group.title),
                        "id": .string(group.id),
                        "roadmaps": .list(
                            Self.sortedByTitle(group.roadmaps).map { roadmap in
                                .object(
                                    PageContext.counting(
                                        mapTopics[roadmap.slug] ?? [], in: context.summary(of: roadmap)))
                            }),
                    ])
                }),
            "roadmapCount": .string(String(content.roadmaps.count)),
        ]
        let page = context.page(
            kind: "index", title: content.config.title, description: content.config.description,
            path: context.paths.index)
        return OutputFile(path: "index.html", bytes: theme.render(.index, context.context(page: page, values)))
    }

    /// A choice of the level filter, from a group's title, id and number of roadmaps.
    private static func filter(checked: Bool) -> ((title: String, id: String, count: Int)) -> TemplateValue {
        { choice in
            .object([
                "title": .string(choice.title),
                "id": .string(choice.id),
                "filterID": .string(choice.id.prefix(1).uppercased() + choice.id.dropFirst()),
                "count": .string(String(choice.count)),
                "checked": .bool(checked),
            ])
        }
    }

    /// The page static hosts serve for a missing path.
    func notFound() -> OutputFile {
        let page = context.page(kind: "404", title: "Page not found", description: nil, path: nil)
        return OutputFile(path: "404.html", bytes: theme.render(.notFound, context.context(page: page, [:])))
    }

    /// Orders roadmaps by title, then slug, so the order never depends on anything else; each
    /// title is lowercased once, not at every comparison.
    static func sortedByTitle(_ roadmaps: [Roadmap]) -> [Roadmap] {
        roadmaps.map { ($0.title.lowercased(), $0) }
            .sorted { lhs, rhs in lhs.0 != rhs.0 ? lhs.0 < rhs.0 : lhs.1.slug < rhs.1.slug }
            .map(\.1)
    }
}
