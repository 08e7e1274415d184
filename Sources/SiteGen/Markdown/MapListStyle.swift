import CMarkGFM
import Foundation

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

    /// The style of `list`, a list node of a document parsed from `body`: its numbers (the next
    /// after its items, with its delimiter) or its bullet (read from the text at its start).
    static func of(list: CMarkNode, in body: String) -> MapListStyle {
        guard RoadmapMapParser.isOrdered(list) else { return .unordered(bullet: bullet(of: list, in: body)) }
        let count = MarkdownNode.children(of: list).count
        let delimiter: Character = cmark_node_get_list_delim(list) == CMARK_PAREN_DELIM ? ")" : "."
        return .ordered(next: Int(cmark_node_get_list_start(list)) + count, delimiter: delimiter)
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
        /// The map's list: a new topic's line, in this style, goes before the item `before`, or
        /// at the end when it is nil (`RoadmapMap.placeForNewTopic`).
        case list(MapListStyle, before: MapNode?)
        /// The body has a `## Roadmap` section without a list.
        case sectionWithoutList
        /// The body has no `## Roadmap` section.
        case noSection
        /// The file cannot be read, or has no usable front matter or Markdown (the build says why).
        case unreadable
    }

    /// Reads the map's list style from the file at `path`, the roadmap `roadmap`'s, finding the
    /// map as a build does (`RoadmapMapParser`, its problems left to the build to report). Its
    /// links are not resolved (no file is listed or read for them, so each is refused): where a
    /// new topic's line goes depends only on which items are written as links
    /// (`RoadmapMap.placeForNewTopic`), so the build's warning about a topic the map does not
    /// name, which knows every file and draft, proposes the same place.
    public static func read(roadmapFile path: String, roadmap: Slug) -> Found {
        guard case .success(let frontMatter) = FrontMatter.read(path),
            let document = try? MarkdownDocument(frontMatter.body, allowsRawHTML: false)
        else { return .unreadable }
        let parser = RoadmapMapParser(
            targets: MapTargets(roadmap: roadmap, roadmaps: []),
            locator: BodyLocator(
                markdown: frontMatter.body,
                source: RoadmapSource(path: path, bodyLineOffset: frontMatter.bodyLineOffset)))
        guard let section = parser.parse(document) else { return .noSection }
        guard let map = section.map else { return .sectionWithoutList }
        let place = map.placeForNewTopic
        return .list(place.style, before: place.before)
    }

    /// The bullet character a list is written with, read from the text at the list's start
    /// (its line found by counting line feeds, nothing copied: the parser asks for every map).
    private static func bullet(of list: CMarkNode, in body: String) -> Character {
        let line = Int(cmark_node_get_start_line(list))
        let column = Int(cmark_node_get_start_column(list))
        guard line >= 1, column >= 1 else { return "-" }
        let utf8 = body.utf8
        var start = utf8.startIndex
        for _ in 1..<line {
            guard let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) else { return "-" }
            start = utf8.index(after: end)
        }
        // The list starts at its first item's marker; skip any indentation before it.
        for byte in utf8[start...].dropFirst(column - 1).prefix(while: { $0 != UInt8(ascii: "\n") })
        where byte != UInt8(ascii: " ") {
            switch byte {
            case UInt8(ascii: "*"): return "*"
            case UInt8(ascii: "+"): return "+"
            default: return "-"
            }
        }
        return "-"
    }
}
