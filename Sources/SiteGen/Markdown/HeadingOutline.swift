import CMarkGFM

/// The top-level headings of a body, in order, each with its plain text and the id the page
/// gives it, worked out before any of the body is rendered: so a part of the body can link to
/// a section written after it (`LearnLinks`), and `SectionBuilder` takes the same ids.
///
/// Ids come from one `HeadingSlugger` over the top-level headings in document order, as GitHub
/// gives them; headings inside lists or quotes get none, and neither do the `###` to `######`
/// headings of a section drawn apart (the map's: its text is rendered as written, without ids).
struct HeadingOutline {
    /// One top-level heading.
    struct Heading {
        /// Its position in the body's top-level blocks.
        var blockIndex: Int
        /// 1 to 6.
        var level: Int
        /// Its plain text (`MarkdownNode.plainText`).
        var text: String
        /// Its unique id on the page.
        var id: String

        /// Whether it opens a section (`#` or `##`, as `SectionBuilder` splits).
        var opensSection: Bool { level <= 2 }
    }

    /// Every top-level heading with an id, in document order.
    let headings: [Heading]

    /// The outline of `blocks`, a body's top-level blocks; no heading gets one of `reservedIDs`.
    /// `apart`: the heading of a section drawn apart (the map's), whose lower headings are left out.
    init(blocks: [CMarkNode], reservedIDs: [String], apart: CMarkNode? = nil) {
        var slugger = HeadingSlugger(reserved: reservedIDs)
        var headings: [Heading] = []
        var inApart = false
        for (index, block) in blocks.enumerated() where MarkdownNode.type(block) == CMARK_NODE_HEADING {
            let level = Int(cmark_node_get_heading_level(block))
            if level <= 2 {
                inApart = block == apart
            } else if inApart {
                continue
            }
            let text = MarkdownNode.plainText(block)
            headings.append(Heading(blockIndex: index, level: level, text: text, id: slugger.slug(for: text)))
        }
        self.headings = headings
    }
}
