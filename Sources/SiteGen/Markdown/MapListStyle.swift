import CMarkGFM

/// How the top-level list of a roadmap's map is written, so that a line suggested for it
/// (`sitegen new <roadmap>/<topic>`, a topic the map does not name) continues that list: an
/// item with another marker starts a second list, which is an error in a map
/// (docs/authoring.md#the-map).
public enum MapListStyle: Sendable, Hashable {
    /// A numbered list; `next` is the number of an item added at its end, `delimiter` `.` or `)`.
    case ordered(next: Int, delimiter: Character)
    /// A bullet list with `bullet` (`-`, `*` or `+`).
    case unordered(bullet: Character)

    /// The style of a new map: a numbered list, as `sitegen init` writes.
    public static let newMap = MapListStyle.ordered(next: 1, delimiter: ".")

    /// The style of `map`'s top-level list, when only the map is known: `1.`-style numbers
    /// (the next after its top-level items) or `-` bullets.
    public init(of map: RoadmapMap) {
        self = map.isOrdered ? .ordered(next: map.nodes.count + 1, delimiter: ".") : .unordered(bullet: "-")
    }

    /// The map line for a link with text `title` to `target`, a `]` in the text escaped.
    public func line(title: String, target: String) -> String {
        let marker =
            switch self {
            case .ordered(let next, let delimiter): "\(next)\(delimiter)"
            case .unordered(let bullet): String(bullet)
            }
        return "\(marker) [\(title.replacingOccurrences(of: "]", with: "\\]"))](\(target))"
    }

    /// What a roadmap file's map looks like, read from the file at `path`.
    public enum Found: Sendable, Hashable {
        /// The map's list, in this style.
        case list(MapListStyle)
        /// The body has a `## Roadmap` section without a list.
        case sectionWithoutList
        /// The body has no `## Roadmap` section.
        case noSection
        /// The file cannot be read, or has no usable front matter or Markdown (the build says why).
        case unreadable
    }

    /// Reads the map's list style from the roadmap file at `path`.
    public static func read(roadmapFile path: String) -> Found {
        guard case .success(let frontMatter) = FrontMatter.read(path) else { return .unreadable }
        return read(body: frontMatter.body)
    }

    /// Reads the map's list style from a roadmap's Markdown body, as `RoadmapMapParser` finds the
    /// map: the first list of the first section headed "Roadmap".
    static func read(body: String) -> Found {
        guard let document = try? MarkdownDocument(body, allowsRawHTML: false) else { return .unreadable }
        let blocks = document.blocks
        guard
            let heading = blocks.firstIndex(where: {
                RoadmapMapParser.opensSection($0) && RoadmapMapParser.isMapTitle(MarkdownNode.plainText($0))
            })
        else { return .noSection }
        let section = blocks[(heading + 1)...].prefix { !RoadmapMapParser.opensSection($0) }
        guard let list = section.first(where: { MarkdownNode.type($0) == CMARK_NODE_LIST }) else {
            return .sectionWithoutList
        }
        if RoadmapMapParser.isOrdered(list) {
            let count = MarkdownNode.children(of: list).count
            let delimiter: Character = cmark_node_get_list_delim(list) == CMARK_PAREN_DELIM ? ")" : "."
            return .list(.ordered(next: Int(cmark_node_get_list_start(list)) + count, delimiter: delimiter))
        }
        return .list(.unordered(bullet: bullet(of: list, in: body)))
    }

    /// The bullet character a list is written with, read from the text at the list's start.
    private static func bullet(of list: CMarkNode, in body: String) -> Character {
        let line = Int(cmark_node_get_start_line(list))
        let column = Int(cmark_node_get_start_column(list))
        guard line >= 1, column >= 1 else { return "-" }
        let lines = body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard line <= lines.count else { return "-" }
        let bytes = Array(lines[line - 1])
        // The list starts at its first item's marker; skip any indentation before it.
        for byte in bytes.dropFirst(column - 1) where byte != UInt8(ascii: " ") {
            switch byte {
            case UInt8(ascii: "*"): return "*"
            case UInt8(ascii: "+"): return "+"
            default: return "-"
            }
        }
        return "-"
    }
}
