/// A roadmap's map: the topics a learner takes, as written in the list of the roadmap's
/// `## Roadmap` section (docs/authoring.md#the-map).
///
/// The top-level nodes are the roadmap's topics in the order written; each node's children are
/// its subtopics, at most `maximumDepth` levels in all. Whether a group is a sequence ("in this
/// order", an ordered list) or a set ("in any order", an unordered list) is kept per group.
public struct RoadmapMap: Sendable, Hashable {
    /// The deepest level a node may sit at: topics (1), subtopics (2) and theirs (3).
    public static let maximumDepth = 3

    /// The top-level nodes, in the order written.
    public var nodes: [MapNode]
    /// Whether the top-level list is ordered (a sequence) rather than unordered (any order).
    public var isOrdered: Bool
    /// How the top-level list is written (its numbers or bullet), so that a line suggested for
    /// it continues it.
    public var listStyle: MapListStyle
    /// The `## Roadmap` heading the map was read from.
    public var location: SourceLocation
    /// The roadmap's topics linked in a list nested deeper than `maximumDepth`, which the map
    /// refuses with an error and does not read: they are on the map as written, one level too
    /// deep, so `meantTopics` holds them.
    public var tooDeepTopics: Set<Slug> = []

    /// Creates a map from its nodes; without `listStyle`, the list is taken to be written with
    /// `1.`-style numbers or `-` bullets.
    public init(nodes: [MapNode], isOrdered: Bool, listStyle: MapListStyle? = nil, location: SourceLocation) {
        self.nodes = nodes
        self.isOrdered = isOrdered
        self.listStyle =
            listStyle ?? (isOrdered ? .ordered(next: nodes.count + 1, delimiter: ".") : .unordered(bullet: "-"))
        self.location = location
    }

    /// Where a new topic's line goes on the top level: after its last item that is not a label
    /// without subtopics, so before the labels that close the list (`sitegen init`'s "Where to
    /// go next") rather than after them. `before` is the first of those labels, nil when the line
    /// goes at the end; `style` numbers the line for its place. An item written as a link is
    /// never one of them, even when it is drawn as a label (a link the map refused, or one to a
    /// draft left out): so the place depends only on how the items are written, not on which
    /// files and drafts there are, and `sitegen new`, which reads only the roadmap file
    /// (`MapListStyle.read`), proposes the place a build's warning does.
    public var placeForNewTopic: (style: MapListStyle, before: MapNode?) {
        let closing = nodes.reversed().prefix { $0.kind == .label && $0.children.isEmpty && !$0.linkRefused }
            .count
        guard closing > 0, closing < nodes.count else { return (listStyle, nil) }
        var style = listStyle
        if case .ordered(let next, let delimiter) = style {
            style = .ordered(next: next - closing, delimiter: delimiter)
        }
        return (style, nodes[nodes.count - closing])
    }

    /// `placeForNewTopic`'s `before` in words, for a message: ``, before `Where to go next`
    /// (line 14)``; empty when the line goes at the end.
    static func words(before label: MapNode?) -> String {
        guard let label else { return "" }
        return ", before \(Excerpt.quoted(label.title))" + (label.location.line.map { " (line \($0))" } ?? "")
    }

    /// The roadmap's own topics in map order (depth first, a node before its subtopics), each
    /// with the topic it is a subtopic of: the order of the topic pages' previous and next links.
    public var topicsInOrder: [(topic: Slug, parent: Slug?)] {
        var result: [(Slug, Slug?)] = []
        func walk(_ nodes: [MapNode], parent: Slug?) {
            for node in nodes {
                let topic = node.topic
                if let topic { result.append((topic, parent)) }
                walk(node.children, parent: topic ?? parent)
            }
        }
        walk(nodes, parent: nil)
        return result
    }

    /// The topics the map's refused links were meant to name (`MapNode.meantTopic`), at every
    /// level, and those linked too deep (`tooDeepTopics`).
    public var meantTopics: Set<Slug> {
        func collect(_ nodes: [MapNode], into meant: inout Set<Slug>) {
            for node in nodes {
                if let topic = node.meantTopic { meant.insert(topic) }
                collect(node.children, into: &meant)
            }
        }
        var meant = tooDeepTopics
        collect(nodes, into: &meant)
        return meant
    }

    /// The number of nodes at every level.
    public var nodeCount: Int {
        func count(_ nodes: [MapNode]) -> Int { nodes.reduce(nodes.count) { $0 + count($1.children) } }
        return count(nodes)
    }
}

/// One item of a map: a topic of the roadmap, a node that leads to another roadmap, or a label.
public struct MapNode: Sendable, Hashable {
    /// What a node stands for.
    public enum Kind: Sendable, Hashable {
        /// A topic of the map's own roadmap, with a page of its own (`<slug>/<topic>.md`).
        case topic(Slug)
        /// A node that leads to another roadmap's page (`python.md`, `python.md#setup`), or to a
        /// topic of another roadmap (`frontend/html.md`); `fragment` has no `#`.
        case roadmap(Slug, topic: Slug?, fragment: String?)
        /// Text with no link: drawn on the map, without a page.
        case label
    }

    /// The text drawn on the map: the link's text, or the label's, as plain text with runs of
    /// white space made one space.
    public var title: String
    /// What the node stands for.
    public var kind: Kind
    /// The subtopics, in the order written.
    public var children: [MapNode]
    /// Whether the children are a sequence (an ordered list) rather than in any order.
    public var childrenOrdered: Bool
    /// Where the item starts in the roadmap file.
    public var location: SourceLocation
    /// Whether the item was written as a link the map refused with an error (a missing or
    /// misspelt topic file, say); it is then drawn as a label.
    public var linkRefused = false
    /// For a refused link to a missing topic file of the map's own roadmap, the topic the
    /// error's "did you mean" names (`[Caching](backend/cachng.md)`: `caching`; `[HTTP](http.md)`,
    /// written without the roadmap's folder: `http`), and for a label that is a link to a topic
    /// of the map's own roadmap missing its `)` (`[SQL](backend/sql.md`: `sql`); nil otherwise.
    public var meantTopic: Slug? = nil

    /// Creates a node.
    public init(
        title: String, kind: Kind, children: [MapNode] = [], childrenOrdered: Bool = false,
        location: SourceLocation
    ) {
        self.title = title
        self.kind = kind
        self.children = children
        self.childrenOrdered = childrenOrdered
        self.location = location
    }

    /// The topic slug when the node is a topic of the map's own roadmap.
    public var topic: Slug? {
        if case .topic(let slug) = kind { return slug }
        return nil
    }
}
