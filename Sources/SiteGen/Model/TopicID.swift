/// A topic's name on the site: its roadmap and its own slug, `backend/internet`, from the file
/// `content/roadmaps/backend/internet.md`; its page is `<base>/backend/internet/`.
public struct TopicID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The roadmap whose folder holds the topic file.
    public var roadmap: Slug
    /// The topic file's name without `.md`.
    public var topic: Slug

    /// Creates a topic name.
    public init(roadmap: Slug, topic: Slug) {
        self.roadmap = roadmap
        self.topic = topic
    }

    /// `roadmap/topic`.
    public var description: String { "\(roadmap)/\(topic)" }

    public static func < (lhs: TopicID, rhs: TopicID) -> Bool {
        (lhs.roadmap, lhs.topic) < (rhs.roadmap, rhs.topic)
    }

    /// Topic slugs that cannot be used, with the page already at that path: a topic's page is
    /// `<roadmap>/<topic>/`, beside the roadmap's own FAQ and related pages.
    public static let reservedSlugs: [String: String] = [
        "faq": "the roadmap's FAQ page",
        "related": "the roadmap's related page",
    ]

    /// The topic slug of a file named `name` (`internet.md` → `internet`); nil when `name` is no
    /// topic file's: another extension, a name that breaks the slug rule, or a reserved one.
    static func slug(ofFileName name: some StringProtocol) -> Slug? {
        guard name.hasSuffix(".md") else { return nil }
        let stem = String(name.dropLast(3))
        guard reservedSlugs[stem] == nil else { return nil }
        return Slug(stem)
    }
}
