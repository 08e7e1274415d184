/// Everything a build renders: the site settings and the roadmaps, with their relations resolved.
///
/// Built once by the loader; the render stage only reads it.
public struct SiteContent: Sendable {
    /// The site-wide settings.
    public var config: SiteConfig
    /// The roadmaps of this build (drafts only when asked for), sorted by slug.
    public var roadmaps: [Roadmap]
    /// The same roadmaps by slug.
    public let roadmapsBySlug: RoadmapsBySlug
    /// The slugs of the roadmaps (shared by every roadmap's link resolution).
    public let slugs: Set<Slug>

    /// Creates the content of a site; `roadmaps` is sorted by slug.
    public init(config: SiteConfig, roadmaps: [Roadmap]) {
        self.config = config
        self.roadmaps = roadmaps.sorted { $0.slug < $1.slug }
        self.roadmapsBySlug = RoadmapsBySlug(self.roadmaps)
        self.slugs = Set(self.roadmaps.map(\.slug))
    }

    /// The date of the most recently updated roadmap; nil for a site without roadmaps, which
    /// has no date to give.
    public var lastUpdated: Day? {
        roadmaps.compactMap(\.updated).max()
    }
}

/// A site's roadmaps looked up by slug. Each roadmap is kept once, in the site's list; the
/// lookup holds only positions (a dictionary of Roadmap copies was 38 MB at 100,000 roadmaps).
public struct RoadmapsBySlug: Sendable {
    private let roadmaps: [Roadmap]
    private let positions: [Slug: Int]

    /// The lookup of `roadmaps`; of two with the same slug, the first is found.
    init(_ roadmaps: [Roadmap]) {
        self.roadmaps = roadmaps
        var positions: [Slug: Int] = [:]
        positions.reserveCapacity(roadmaps.count)
        for (position, roadmap) in roadmaps.enumerated() where positions[roadmap.slug] == nil {
            positions[roadmap.slug] = position
        }
        self.positions = positions
    }

    /// The roadmap with the given slug, if any.
    public subscript(slug: Slug) -> Roadmap? {
        positions[slug].map { roadmaps[$0] }
    }
}
