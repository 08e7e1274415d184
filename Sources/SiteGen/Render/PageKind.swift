/// Every kind of HTML page a site has, each laid out by the theme template of its name. This is
/// the list a new kind of page is added to: `Theme` requires its template, `RoadmapPages` or
/// `SitePages` lays it out, and every command (build, serve, check) takes whatever pages the
/// render hands it.
enum PageKind: String, CaseIterable, Sendable {
    /// The home page, listing every roadmap.
    case index
    /// A roadmap's own page.
    case roadmap
    /// A roadmap's frequently asked questions, when it has some.
    case faq
    /// The roadmaps a roadmap names and the roadmaps that name it.
    case related
    /// A topic of a roadmap's map, from `content/roadmaps/<slug>/<topic>.md`.
    case topic
    /// The page static hosts serve for a missing path.
    case notFound = "404"

    /// The name of the theme template that lays the page out.
    var template: String { rawValue }

    /// Whether every roadmap has pages of this kind (else the site has one).
    var isPerRoadmap: Bool {
        switch self {
        case .roadmap, .faq, .related, .topic: true
        case .index, .notFound: false
        }
    }
}
