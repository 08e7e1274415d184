import Mustache

/// Builds the values templates see. Every page gets `site` and `page`; page kinds add their own.
///
/// An absent value is `null`, not a missing name, so that a `{{#key}}` section is skipped for
/// it and the name is not looked up in an enclosing object (a related roadmap without a
/// description must not show the page's own). Text is escaped by `{{ }}`; only values ending
/// in `HTML` or `JSONLD` are markup, placed with `{{{ }}}`.
struct PageContext {
    let config: SiteConfig
    let paths: SitePaths
    /// The `site` value: title, description, language, URLs.
    let site: TemplateValue
    /// Dates as the site's language writes them.
    let dates: ReadableDate
    /// Summaries made in advance, by slug (a roadmap is listed on many pages).
    private var summaries: [Slug: TemplateObject] = [:]

    /// The context of a site's pages.
    init(config: SiteConfig, paths: SitePaths) {
        self.config = config
        self.paths = paths
        self.site = Self.site(config: config, paths: paths)
        self.dates = ReadableDate(language: config.language)
    }

    /// The same context, with the summaries of `roadmaps` made once in advance.
    func summarizing(_ roadmaps: [Roadmap]) -> PageContext {
        var context = self
        context.summaries.reserveCapacity(roadmaps.count)
        for roadmap in roadmaps { context.summaries[roadmap.slug] = summary(of: roadmap) }
        return context
    }

    private static func site(config: SiteConfig, paths: SitePaths) -> TemplateValue {
        .object([
            "title": .string(config.title),
            "description": .optional(config.description),
            "language": .string(config.language),
            "url": .string(config.baseURL),
            "basePath": .string(paths.basePath),
            "indexPath": .string(paths.index),
            "assetsPath": .string(paths.assets),
            "feedPath": .string(paths.feed),
            "search": .bool(config.search != nil),
            "searchPath": .string(paths.basePath + PagefindRun.outputFolder + "/"),
        ])
    }

    /// The `page` value for a page served at `path` (nil for the 404 page, which has no address).
    /// Its `url`, the canonical address, is that of `canonicalPath` when the page repeats
    /// another one (a topic file linked to another topic's), else its own; `repeats` says so
    /// (the default theme leaves such a page out of the search index). `previousPath` and
    /// `nextPath` are a topic's neighbours in map order, for `<link rel="prev/next">`.
    func page(
        kind: String, title: String, description: String?, path: String?, canonicalPath: String? = nil,
        modified: Day? = nil, jsonLD: String? = nil, previousPath: String? = nil, nextPath: String? = nil
    ) -> TemplateValue {
        .object([
            "kind": .string(kind),
            "title": .string(title),
            "documentTitle": .string(kind == "index" ? title : "\(title) · \(config.title)"),
            "ogType": .string(modified == nil ? "website" : "article"),
            "modified": .optional(modified?.description),
            "description": .optional(description),
            "path": .optional(path),
            "url": .optional((canonicalPath ?? path).map(config.absoluteURL(forPath:))),
            "noindex": .bool(path == nil),
            "repeats": .bool(canonicalPath != nil),
            "jsonLD": .optional(jsonLD),
            "previousPath": .optional(previousPath),
            "nextPath": .optional(nextPath),
        ])
    }

    /// The whole context of a page: `site`, `page` and the page kind's own values.
    func context(page: TemplateValue, _ values: TemplateObject) -> TemplateValue {
        var context = values
        context["site"] = site
        context["page"] = page
        return .object(context)
    }

    /// The summaries of the roadmaps of `content` with the given slugs, in that order; a slug
    /// that is not one of its roadmaps (a draft left out) is skipped. With `mutual`, each
    /// summary also has `mutual`: whether its slug is one of them.
    func summaries(of slugs: [Slug], in content: SiteContent, mutual: Set<Slug>? = nil) -> [TemplateValue] {
        slugs.compactMap { slug in
            guard var summary = summaries[slug] ?? content.roadmapsBySlug[slug].map(summary(of:)) else { return nil }
            if let mutual { summary["mutual"] = .bool(mutual.contains(slug)) }
            return .object(summary)
        }
    }

    /// A roadmap as other pages list it: title, link, level, description, last updated (as
    /// `YYYY-MM-DD`, and as `updatedText` in the site's language); `topicCount`, `topicCountText`
    /// and `topics` are null until `counting(_:in:)` fills them from the roadmap's map.
    func summary(of roadmap: Roadmap) -> TemplateObject {
        if let summary = summaries[roadmap.slug] { return summary }
        return [
            "slug": .string(roadmap.slug.value),
            "title": .string(roadmap.title),
            "path": .string(paths.roadmap(roadmap.slug)),
            "updated": .optional(roadmap.updated?.description),
            "updatedText": .optional(roadmap.updated.map(dates.text)),
            "level": .optional(roadmap.level?.rawValue),
            "levelID": .optional(roadmap.level?.rawValue.lowercased()),
            "description": .optional(roadmap.description),
            "topicCount": .null,
            "topicCountText": .null,
            "topics": .null,
        ]
    }

    /// `summary` with the roadmap's map topics (`RoadmapBody.mapTopics`): `topicCount` (`"8"`),
    /// `topicCountText` (`"8 topics"`, `"1 topic"`) and `topics`, their slugs joined by spaces
    /// (for the progress script's `data-topics`); all null when there are none.
    static func counting(_ topics: [Slug], in summary: TemplateObject) -> TemplateObject {
        guard !topics.isEmpty else { return summary }
        var summary = summary
        summary["topicCount"] = .string(String(topics.count))
        summary["topicCountText"] = .string(Counted.phrase(topics.count, "topic"))
        summary["topics"] = .string(topics.map(\.value).joined(separator: " "))
        return summary
    }
}
