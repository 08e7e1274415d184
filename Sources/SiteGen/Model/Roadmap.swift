/// One roadmap as loaded from its file's front matter: everything other pages need to know
/// about it. Its Markdown body is rendered later, from `source`.
public struct Roadmap: Sendable, Hashable {
    /// The identifier and URL segment, from the file name.
    public var slug: Slug
    /// The page's title and only `h1`.
    public var title: String
    /// The level, when the front matter gives one.
    public var level: Level?
    /// The meta description: from front matter, else the body's first paragraph.
    public var description: String?
    /// The roadmaps this one names as related, in the order written.
    public var related: [Slug]
    /// The roadmaps that name this one as related, by slug.
    public var relatedBy: [Slug]
    /// The last-updated stamp; nil when no true date is known (a shallow clone's boundary).
    public var updated: Day?
    /// Where the stamp came from.
    public var updatedSource: LastUpdatedSource
    /// Whether the roadmap is a draft (built only with `--drafts`).
    public var isDraft: Bool
    /// The file it was read from.
    public var source: RoadmapSource

    /// Creates a roadmap from its parts.
    public init(
        slug: Slug, title: String, level: Level?, description: String?, related: [Slug],
        relatedBy: [Slug] = [], updated: Day?, updatedSource: LastUpdatedSource, isDraft: Bool,
        source: RoadmapSource
    ) {
        self.slug = slug
        self.title = title
        self.level = level
        self.description = description
        self.related = related
        self.relatedBy = relatedBy
        self.updated = updated
        self.updatedSource = updatedSource
        self.isDraft = isDraft
        self.source = source
    }
}

/// Where a roadmap's last-updated stamp came from.
public enum LastUpdatedSource: String, Sendable, Hashable {
    /// The `updated` key of the front matter.
    case frontMatter
    /// The last git commit that touched the file.
    case git
    /// The file's modification time (no git history was available).
    case modificationTime
    /// No true date is known: the file's last commit is beyond a shallow clone's boundary.
    case unknown
}

/// The file a roadmap was read from and where its Markdown body starts in it.
public struct RoadmapSource: Sendable, Hashable {
    /// The path the file was read from.
    public var path: String
    /// The number of lines before the body (the front matter and its fences).
    public var bodyLineOffset: Int

    /// Creates a source reference.
    public init(path: String, bodyLineOffset: Int) {
        self.path = path
        self.bodyLineOffset = bodyLineOffset
    }
}
