import CMarkGFM

/// Links each item of a roadmap's "What you'll learn" list to the section of the same title
/// (docs/authoring.md, "What you'll learn"; issue 12 asks for the section or topic of that title),
/// so the list doubles as a way into the page.
///
/// The learn section is the `#`/`##` section titled "What you'll learn" or "What you will
/// learn" (compared as `TitleIndex.key` compares). Its items are the items of the lists at its
/// top level (not nested items); an item's title is the text of its first paragraph. Titles
/// match as `TitleIndex` matches them: case, typographic apostrophes, spacing and a trailing
/// `.`, `,`, `:`, `;`, `!`, `?` or `…` do not count. An item whose first paragraph holds
/// anything but text, code, emphasis and line breaks (a link, raw HTML, a footnote reference,
/// a task checkbox) is left as written: a link cannot hold another link or a control.
enum LearnLinks {
    /// The href of each of `items` (learn item titles, in order) in `index`, nil where none
    /// reads the same.
    static func hrefs(for items: [String], in index: TitleIndex) -> [String?] {
        items.map { index.href(for: $0) }
    }

    /// Whether a section title names the learn section.
    static func isLearnTitle(_ title: String) -> Bool {
        let key = TitleIndex.key(title)
        return key == "what you'll learn" || key == "what you will learn"
    }

    /// The index of the sections of `outline` other than the learn section (the first so
    /// titled): each title to `#id`, the first of two sections of one title winning. Topic
    /// titles may be added after.
    static func sectionIndex(_ outline: HeadingOutline) -> TitleIndex {
        var index = TitleIndex()
        var learnFound = false
        for heading in outline.headings where heading.opensSection {
            if !learnFound, isLearnTitle(heading.text) {
                learnFound = true
                continue
            }
            index.add(title: heading.text, href: "#" + heading.id)
        }
        return index
    }

    /// Links the learn items among `blocks` (a body's top-level blocks, outlined by `outline`)
    /// to their entries in `index`, in the tree, before it is rendered. Nothing happens without
    /// a learn section, and `index` is made only for one.
    static func link(blocks: [CMarkNode], outline: HeadingOutline, index: @autoclosure () -> TitleIndex) {
        let sections = outline.headings.filter(\.opensSection)
        guard let learn = sections.firstIndex(where: { isLearnTitle($0.text) }) else { return }
        let start = sections[learn].blockIndex + 1
        let end = learn + 1 < sections.count ? sections[learn + 1].blockIndex : blocks.count
        var titled: [(paragraph: CMarkNode, title: String)] = []
        for block in blocks[start..<end] where MarkdownNode.type(block) == CMARK_NODE_LIST {
            for item in MarkdownNode.children(of: block) {
                guard let paragraph = cmark_node_first_child(item),
                    MarkdownNode.type(paragraph) == CMARK_NODE_PARAGRAPH, let title = textOnlyTitle(of: paragraph)
                else { continue }
                titled.append((paragraph, title))
            }
        }
        guard !titled.isEmpty else { return }
        for ((paragraph, _), href) in zip(titled, hrefs(for: titled.map(\.title), in: index())) {
            guard let href, let link = cmark_node_new(CMARK_NODE_LINK) else { continue }
            cmark_node_set_url(link, href)
            while let child = cmark_node_first_child(paragraph) {
                cmark_node_append_child(link, child)
            }
            cmark_node_append_child(paragraph, link)
        }
    }

    /// The text of `paragraph` as `MarkdownNode.plainText` reads it, when everything in it may
    /// sit inside a link (text, code, emphasis, breaks); else nil. One walk for both.
    private static func textOnlyTitle(of paragraph: CMarkNode) -> String? {
        var text = ""
        var onlyText = cmark_node_first_child(paragraph) != nil
        MarkdownNode.visit(paragraph) { node, entering in
            guard onlyText, entering, node != paragraph else { return }
            switch MarkdownNode.type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(node) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG:
                break
            default:
                onlyText = false
            }
        }
        return onlyText ? text : nil
    }
}
