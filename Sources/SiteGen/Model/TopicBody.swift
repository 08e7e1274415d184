/// A topic of a roadmap as its page shows it: what its file says about itself and its body
/// rendered (docs/authoring.md#topics-and-the-roadmap-map).
public struct TopicBody: Sendable, Hashable {
    /// The topic's name: its roadmap and slug.
    public var id: TopicID
    /// The page's title and only `h1`.
    public var title: String
    /// The `h1`'s id, unique among the body's: the id GitHub gives the file's `# ` heading when
    /// that is the title (`http.md#what-is-http` works on the site too).
    public var titleID: String
    /// The meta description: from front matter, else the body's first paragraph.
    public var description: String?
    /// The topic file's own last-updated stamp.
    public var updated: Day?
    /// The body, split as a roadmap's is (its own `topics`, `files` and `map` are empty).
    public var body: RoadmapBody
    /// The other topic whose page this one repeats, when the topic file is a symbolic link to
    /// that topic's file: the page names that page as its canonical address, and is not in the
    /// sitemap (docs/authoring.md#topic-files). Nil for a page of its own.
    public var canonical: TopicID?

    /// Creates a topic from its parts; `titleID` defaults to the title's GitHub id.
    public init(
        id: TopicID, title: String, titleID: String? = nil, description: String?, updated: Day?, body: RoadmapBody,
        canonical: TopicID? = nil
    ) {
        self.id = id
        self.canonical = canonical
        self.title = title
        if let titleID {
            self.titleID = titleID
        } else {
            var slugger = HeadingSlugger(reserved: PageIDs.reserved)
            self.titleID = slugger.slug(for: title)
        }
        self.description = description
        self.updated = updated
        self.body = body
    }
}

/// A roadmap's map as its page draws it: the map read from the `## Roadmap` section, with the
/// section's heading and its other text rendered.
public struct BodyMap: Sendable, Hashable {
    /// The map.
    public var map: RoadmapMap
    /// The section heading's anchor id.
    public var id: String
    /// The heading's content as inline HTML.
    public var titleHTML: String
    /// The heading's plain text, as written (`Roadmap`).
    public var titleText: String
    /// The section's blocks other than the map's list, as HTML (often empty).
    public var introHTML: String

    /// Creates a drawn map from its parts.
    public init(map: RoadmapMap, id: String, titleHTML: String, titleText: String = "Roadmap", introHTML: String) {
        self.map = map
        self.id = id
        self.titleHTML = titleHTML
        self.titleText = titleText
        self.introHTML = introHTML
    }
}
