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

    /// The title a page shows above the body (a topic's `h1`), which takes an id from the same
    /// slugger: first, when it is the body's own `# ` heading taken out of it (so every id is the
    /// one GitHub gives the file's headings), else after the body's headings (which then keep
    /// GitHub's ids).
    struct Title {
        /// Its plain text.
        var text: String
        /// Whether it was the body's first heading.
        var isFirstHeading: Bool
    }

    /// Every top-level heading with an id, in document order.
    let headings: [Heading]
    /// The id of `title`; nil without one.
    let titleID: String?

    /// The outline of `blocks`, a body's top-level blocks; no heading gets one of `reservedIDs`.
    /// `apart`: the heading of a section drawn apart (the map's), whose lower headings are left out.
    /// `title`: the page's title above the body, when it takes an id too.
    init(blocks: [CMarkNode], reservedIDs: [String], apart: CMarkNode? = nil, title: Title? = nil) {
        var slugger = HeadingSlugger(reserved: reservedIDs)
        var titleID = title.flatMap { $0.isFirstHeading ? slugger.slug(for: $0.text) : nil }
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
        if let title, titleID == nil { titleID = slugger.slug(for: title.text) }
        self.headings = headings
        self.titleID = titleID
    }
}
