/// Everything a build renders: the site settings and the roadmaps, with their relations resolved.
///
/// Built once by the loader; the render stage only reads it.
public struct SiteContent: Sendable {
    /// The site-wide settings.
    public var config: SiteConfig
    /// The roadmaps of this build (drafts only when asked for), sorted by slug.
    public var roadmaps: [Roadmap]
    /// The same roadmaps by slug.
    public let roadmapsBySlug: [Slug: Roadmap]
    /// The slugs of the roadmaps (shared by every roadmap's link resolution).
    public let slugs: Set<Slug>

    /// Creates the content of a site; `roadmaps` is sorted by slug.
    public init(config: SiteConfig, roadmaps: [Roadmap]) {
        self.config = config
        self.roadmaps = roadmaps.sorted { $0.slug < $1.slug }
        self.roadmapsBySlug = Dictionary(roadmaps.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        self.slugs = Set(roadmapsBySlug.keys)
    }

    /// The date of the most recently updated roadmap (epoch for an empty site).
    public var lastUpdated: Day {
        roadmaps.compactMap(\.updated).max() ?? .epoch
    }
}
