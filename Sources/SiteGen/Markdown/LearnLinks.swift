import CMarkGFM

/// Links each item of a roadmap's "What you'll learn" list to the section, or else the topic
/// page, of the same title (docs/authoring.md#what-youll-learn; issue 12), so the list doubles as
/// a way into the page and its topics.
///
/// The learn section is the `#`/`##` section titled "What you'll learn" or "What you will
/// learn" (compared as `TitleIndex.key` compares). Its items are the items of the lists at its
/// top level (not nested items); an item's title is the text of its first paragraph. Titles
/// match as `TitleIndex` matches them: case, typographic apostrophes, spacing and a trailing
/// `.`, `,`, `:`, `;`, `!`, `?` or `…` do not count. Sections come first, then the roadmap's
/// published topics (by their front matter `title`) in map order, then those off the map by slug:
/// of two entries that read the same, the first wins, so a section beats a topic. An item whose first paragraph holds
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
    /// titled): each title to `#id`, the first of two sections of one title winning; then each
    /// of `topics` (title and page path), in order, where no section reads the same.
    static func index(_ outline: HeadingOutline, topics: [(title: String, href: String)] = []) -> TitleIndex {
        var index = TitleIndex()
        var learnFound = false
        for heading in outline.headings where heading.opensSection {
            if !learnFound, isLearnTitle(heading.text) {
                learnFound = true
                continue
            }
            index.add(title: heading.text, href: "#" + heading.id)
        }
        for topic in topics { index.add(title: topic.title, href: topic.href) }
        return index
    }

    /// The topics of `titles` (a roadmap's published topics: slug to title) in the order their
    /// titles are looked up: `map`'s order (`RoadmapMap.topicsInOrder`), then the topics the map
    /// does not name, by slug, as `TopicPages` orders their pages.
    static func topicsInOrder(_ titles: [Slug: String], map: RoadmapMap?) -> [(slug: Slug, title: String)] {
        var placed: Set<Slug> = []
        var ordered: [(slug: Slug, title: String)] = []
        ordered.reserveCapacity(titles.count)
        for entry in map?.topicsInOrder ?? [] {
            guard let title = titles[entry.topic], placed.insert(entry.topic).inserted else { continue }
            ordered.append((entry.topic, title))
        }
        for (slug, title) in titles.sorted(by: { $0.key < $1.key }) where !placed.contains(slug) {
            ordered.append((slug, title))
        }
        return ordered
    }

    /// Links the learn items among `blocks` (a body's top-level blocks, outlined by `outline`)
    /// to their entries in `index`, in the tree, before it is rendered. Nothing happens without
    /// a learn section, and `index` is made only for one.
    static func link(
        blocks: [CMarkNode], of document: MarkdownDocument, outline: HeadingOutline,
        index: @autoclosure () -> TitleIndex
    ) {
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
            guard let href, let link = document.newNode(CMARK_NODE_LINK) else { continue }
            cmark_node_set_url(link, href)
            MarkdownNode.moveChildren(of: paragraph, into: link)
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
