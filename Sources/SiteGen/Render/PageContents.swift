import Mustache

/// The roadmap page's list of its own sections ("On this page"): what `partials/contents`
/// shows, made from the sections the body renderer already split (no second look at the
/// Markdown).
///
/// A page of at least `minimumSections` sections gets one entry per section, in page order:
/// the map's (`## Roadmap`, drawn under the page's header, so first) when the roadmap has a
/// map, then each `##` section, the FAQ as one entry (not one per question). The map counts as
/// a section. A shorter page gets none, as one screen shows all of it.
enum PageContents {
    /// The fewest sections a page lists.
    static let minimumSections = 4

    /// The entries of `body`'s map and sections: `id` (the heading's id, for `href="#id"`),
    /// `title` (its plain text, for `{{title}}`), `isFAQ` and `isMap`; empty below
    /// `minimumSections`.
    static func entries(of body: RoadmapBody) -> [TemplateValue] {
        let count = body.sections.count + (body.map == nil ? 0 : 1)
        guard count >= minimumSections else { return [] }
        var entries: [TemplateValue] = []
        entries.reserveCapacity(count)
        if let map = body.map {
            entries.append(entry(id: map.id, title: map.titleText, isFAQ: false, isMap: true))
        }
        for section in body.sections {
            entries.append(entry(id: section.id, title: section.titleText, isFAQ: section.faq != nil, isMap: false))
        }
        return entries
    }

    private static func entry(id: String, title: String, isFAQ: Bool, isMap: Bool) -> TemplateValue {
        .object([
            "id": .string(id), "title": .string(SectionBuilder.trimmingBlanks(title)), "isFAQ": .bool(isFAQ),
            "isMap": .bool(isMap),
        ])
    }
}
