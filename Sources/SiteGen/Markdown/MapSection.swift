/// The `## Roadmap` section of a parsed roadmap body: where its blocks are in the cmark-gfm
/// tree, and the map read from its list, with every problem found in it.
///
/// The nodes belong to the `MarkdownDocument` the section was read from, and live as long as
/// it does: a `MapSection` is used within one rendering of one body.
struct MapSection {
    /// The section's heading (`## Roadmap`).
    let heading: CMarkNode
    /// The heading's plain text, as written (`Roadmap`).
    let headingText: String
    /// The section's blocks after the heading, up to the next `#` or `##` heading, in order;
    /// `list` is one of them, the others are text about the map.
    let blocks: [CMarkNode]
    /// The list the map was read from; nil when the section has none (an error).
    let list: CMarkNode?
    /// The map; nil when the section has no list.
    let map: RoadmapMap?
    /// The problems in the section, in the order found.
    let diagnostics: [Diagnostic]
    /// Where the map's links are whose target it refused with an error (such as a topic link with a
    /// `#fragment`, a link to something that is no topic or roadmap file): that error says what
    /// is wrong, so `check` does not also report the link as broken on the built page.
    let refusedLinks: Set<SourceLocation>

    /// The section's blocks other than the map's list.
    var otherBlocks: [CMarkNode] {
        blocks.filter { $0 != list }
    }
}
