/// The kind of a typed resource link, written `[@video@Title](url)` in a roadmap or topic body
/// (roadmap.sh's convention; docs/authoring.md#typed-resources).
public enum ResourceType: String, Sendable, Hashable, CaseIterable {
    case article
    case video
    case course
    case book
    case official
    case opensource
    case podcast
    case feed
    case roadmap

    /// The label a page shows for the type.
    public var label: String {
        switch self {
        case .article: "Article"
        case .video: "Video"
        case .course: "Course"
        case .book: "Book"
        case .official: "Official"
        case .opensource: "Open source"
        case .podcast: "Podcast"
        case .feed: "Feed"
        case .roadmap: "Roadmap"
        }
    }

    /// The markup put at the start of a typed link's content: a label styled by the theme
    /// (`resource-type resource-type-<type>`), with a colon and space only screen readers and
    /// text browsers show (the theme spaces the label with a margin, so no underlined space
    /// leads the title), so the link reads "Video: How the backend works" everywhere, also in
    /// a list of links, where a label outside the link would be lost.
    public var labelHTML: String { Self.labelHTMLs[self]! }

    /// Every type's `labelHTML`, made once: a topic corpus labels tens of thousands of links.
    private static let labelHTMLs = [ResourceType: String](
        uniqueKeysWithValues: allCases.map { type in
            (
                type,
                "<span class=\"resource-type resource-type-\(type.rawValue)\">\(type.label)"
                    + "<span class=\"visually-hidden\">: </span></span>"
            )
        })
}
