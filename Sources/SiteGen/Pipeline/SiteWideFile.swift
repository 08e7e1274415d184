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

    /// The file (or files, for a large sitemap) laid out by `renderer`; `faqSlugs` are the
    /// roadmaps that have an FAQ page.
    func render(with renderer: SiteRenderer, faqSlugs: Set<Slug>) -> [OutputFile] {
        switch self {
        case .index: [renderer.indexFile()]
        case .notFound: [renderer.notFoundFile()]
        case .sitemap: renderer.sitemapFiles(faqSlugs: faqSlugs)
        case .feed: [renderer.feedFile()]
        case .robots: [renderer.robotsFile()]
        }
    }
}
