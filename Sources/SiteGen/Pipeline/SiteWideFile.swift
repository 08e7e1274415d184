/// The files of a site that are not a roadmap's pages, each laid out on its own: a build
/// writes each before rendering the next (the large ones are never in memory together), and
/// serve lays out again only the ones an edit changes.
enum SiteWideFile: CaseIterable, Sendable {
    /// The index: every roadmap's title, level, description and date.
    case index
    /// The 404 page.
    case notFound
    /// The sitemap: every page, with its roadmap's date.
    case sitemap
    /// The Atom feed: every roadmap's title, level, description and date.
    case feed
    /// The robots file.
    case robots

    /// The site-wide file that is a page of `kind`; nil for the kinds every roadmap has.
    init?(page kind: PageKind) {
        switch kind {
        case .index: self = .index
        case .notFound: self = .notFound
        case .roadmap, .faq, .related, .topic: return nil
        }
    }

    /// The file (or files, for a large sitemap) laid out by `renderer`; `roadmapPages` are the
    /// files of each roadmap's pages, in the order the sitemap lists them, and `mapTopics` the
    /// topics of each roadmap's map (`RoadmapBody.mapTopics`), which the index counts.
    func render(
        with renderer: SiteRenderer, roadmapPages: [Slug: [String]], mapTopics: [Slug: [Slug]]
    ) -> [OutputFile] {
        switch self {
        case .index: [renderer.indexFile(mapTopics: mapTopics)]
        case .notFound: [renderer.notFoundFile()]
        case .sitemap: renderer.sitemapFiles(roadmapPages: roadmapPages)
        case .feed: [renderer.feedFile()]
        case .robots: [renderer.robotsFile()]
        }
    }
}
