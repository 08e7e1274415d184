import CMarkGFM
import Glibc

/// Reads a roadmap's map from the cmark-gfm tree of its body (docs/authoring.md#the-map), so
/// the body is parsed once for its sections and its map.
///
/// The map is the list of the section whose `#` or `##` heading reads "Roadmap" (any case; a
/// final `:` is allowed). Rules, each problem reported at its line and column, all together:
/// - The section holds one list, top level or after text about the map (which is kept for the
///   page); a section without a list, a second list, and a second `## Roadmap` section are
///   errors.
/// - Each item starts with a line of text: one link (see `MapLinkResolver`) or a label (no
///   link). The node's title is the link's text, or the label's; an empty item, an item that
///   starts with something else (a code block, a heading), and a link without text or without
///   a target (`[Git]()`) are errors; two links in one item are an error at the second; text
///   beside the link is left out of the map with a warning (the node is the link:
///   `**[Git](backend/git.md)**` has none). A label that looks like a link missing its `)`
///   (`[Git](backend/git.md`) is a warning at its `[`.
/// - An item's first nested list holds its subtopics; ordered means a sequence, unordered any
///   order, for that group alone. A second nested list in one item is an error; other blocks
///   under the text (a second paragraph) are left out of the map with a warning.
/// - Items sit at most `RoadmapMap.maximumDepth` levels deep; a list deeper is an error at that
///   list, and is not read.
/// - Tight and loose lists mean the same; a list's start number and marker are not used.
/// - A topic of the roadmap named twice is an error at the second link.
struct RoadmapMapParser {
    let targets: MapTargets
    let locator: BodyLocator

    /// Whether a heading's text names the map section.
    static func isMapTitle(_ text: String) -> Bool {
        var title = SectionBuilder.trimmingBlanks(text).lowercased()
        if title.last == ":" { title.removeLast() }
        return title == "roadmap"
    }

    /// The map section of `document`, nil when the body has no `## Roadmap` section.
    func parse(_ document: MarkdownDocument) -> MapSection? {
        let blocks = document.blocks
        var problems: [Diagnostic] = []
        var found: (index: Int, text: String)?
        for (index, block) in blocks.enumerated() where Self.opensSection(block) && !Self.cannotBeMapTitle(block) {
            let text = MarkdownNode.plainText(block)
            guard Self.isMapTitle(text) else { continue }
            if found == nil {
                found = (index, text)
            } else {
                problems.append(
                    .error(
                        "a second `## Roadmap` section; a roadmap has one map", at: locator.location(of: block),
                        hint: "merge its list into the first `## Roadmap` section"))
            }
        }
        guard let found else { return nil }
        let heading = blocks[found.index]
        let section = Array(blocks[(found.index + 1)...].prefix { !Self.opensSection($0) })
        var walk = Walk(resolver: MapLinkResolver(targets: targets), locator: locator)
        var list: CMarkNode?
        for block in section where MarkdownNode.type(block) == CMARK_NODE_LIST {
            if list == nil {
                list = block
            } else {
                walk.problems.append(
                    .error(
                        "the `## Roadmap` section has a second list; the map is one list",
                        at: locator.location(of: block),
                        hint: "join the lists into one (a change of list marker, or a line between, starts a new list)"
                    ))
            }
        }
        var map: RoadmapMap?
        if let list {
            map = RoadmapMap(
                nodes: walk.nodes(of: list, depth: 1), isOrdered: Self.isOrdered(list),
                listStyle: MapListStyle.of(list: list, in: locator.markdown), location: locator.location(of: heading))
            map?.tooDeepTopics = walk.tooDeepTopics
        } else {
            walk.problems.append(
                .error(
                    "the `## Roadmap` section has no list", at: locator.location(of: heading),
                    hint:
                        "write the map as a list of topic links, such as `1. [Internet](\(targets.roadmap)/internet.md)`; "
                        + AuthoringGuide.see("the-map")
                ))
        }
        return MapSection(
            heading: heading, headingText: found.text, blocks: section, list: list, map: map,
            diagnostics: (problems + walk.problems).sorted(), refusedLinks: walk.refusedLinks)
    }

    /// A quick no for most headings, before their plain text is made: a heading whose content is
    /// only text, longer than any way of writing "Roadmap" (with blanks and a final `:`), cannot
    /// name the map. Other headings are read in full.
    static func cannotBeMapTitle(_ heading: CMarkNode) -> Bool {
        var length = 0
        var child = cmark_node_first_child(heading)
        while let node = child {
            guard MarkdownNode.type(node) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node) else {
                return false
            }
            length += strlen(literal)
            if length > 32 { return true }
            child = cmark_node_next(node)
        }
        return false
    }

    /// Whether a top-level block starts a section: a `#` or `##` heading, as `SectionBuilder` splits.
    static func opensSection(_ block: CMarkNode) -> Bool {
        MarkdownNode.type(block) == CMARK_NODE_HEADING && cmark_node_get_heading_level(block) <= 2
    }

    static func isOrdered(_ list: CMarkNode) -> Bool {
        cmark_node_get_list_type(list) == CMARK_ORDERED_LIST
    }

    /// One pass over the map's list, collecting nodes and problems.
    private struct Walk {
        let resolver: MapLinkResolver
        let locator: BodyLocator
        var problems: [Diagnostic] = []
        /// Where each topic of the roadmap was first named.
        var named: [Slug: SourceLocation] = [:]
        /// Where the links are whose target the map refused with an error (`MapSection.refusedLinks`).
        var refusedLinks: Set<SourceLocation> = []
        /// The topics linked in lists nested too deep to be read (`RoadmapMap.tooDeepTopics`).
        var tooDeepTopics: Set<Slug> = []

        /// The nodes of the items of `list`, whose items sit at `depth`.
        mutating func nodes(of list: CMarkNode, depth: Int) -> [MapNode] {
            var nodes: [MapNode] = []
            for item in MarkdownNode.children(of: list) {
                if let node = node(of: item, depth: depth) { nodes.append(node) }
            }
            return nodes
        }

        private mutating func node(of item: CMarkNode, depth: Int) -> MapNode? {
            let location = locator.location(of: item)
            let blocks = MarkdownNode.children(of: item)
            guard let first = blocks.first, MarkdownNode.type(first) != CMARK_NODE_LIST else {
                problems.append(
                    .error(
                        blocks.isEmpty ? "an empty map item" : "a map item has no text before its subtopics",
                        at: location, hint: "write a topic link, a roadmap link or a label, or remove the item"))
                return nil
            }
            guard MarkdownNode.type(first) == CMARK_NODE_PARAGRAPH else {
                problems.append(
                    .error(
                        "a map item must start with a line of text: a topic link, a roadmap link or a label",
                        at: locator.location(of: first)))
                return nil
            }
            var node = MapNode(title: "", kind: .label, location: location)
            read(text: first, into: &node)
            var sublist: CMarkNode?
            var warnedAboutText = false
            for block in blocks.dropFirst() {
                if MarkdownNode.type(block) != CMARK_NODE_LIST {
                    if !warnedAboutText {
                        warnedAboutText = true
                        problems.append(
                            .warning(
                                "text under a map item is left out of the map", at: locator.location(of: block),
                                hint: "a map item is one line; write more about a topic in the topic's file"))
                    }
                } else if sublist != nil {
                    problems.append(
                        .error(
                            "a map item has a second list of subtopics", at: locator.location(of: block),
                            hint:
                                "join the lists into one (a change of list marker, or a line between, starts a new list)"
                        ))
                } else {
                    sublist = block
                }
            }
            if let sublist {
                if depth >= RoadmapMap.maximumDepth {
                    problems.append(
                        .error(
                            "the map nests deeper than \(RoadmapMap.maximumDepth) levels",
                            at: locator.location(of: sublist),
                            hint:
                                "a map has topics, subtopics and theirs; move these items up a level, or into the topic's page"
                        ))
                    // Its topics are on the map as written, a level too deep: not missing from it.
                    var deep: Set<Slug> = []
                    MarkdownNode.visitLinks(sublist) { _, url, isImage in
                        if !isImage, let topic = resolver.existingTopic(linkedAs: url) { deep.insert(topic) }
                    }
                    tooDeepTopics.formUnion(deep)
                } else {
                    node.children = nodes(of: sublist, depth: depth + 1)
                    node.childrenOrdered = RoadmapMapParser.isOrdered(sublist)
                }
            }
            return node
        }

        /// Reads an item's line of text: the title, and what its link makes of the node.
        private mutating func read(text paragraph: CMarkNode, into node: inout MapNode) {
            var links: [CMarkNode] = []
            MarkdownNode.visit(paragraph) { child, entering in
                if entering, MarkdownNode.type(child) == CMARK_NODE_LINK { links.append(child) }
            }
            guard let link = links.first else {
                node.title = CollapsedWhitespace.collapsed(MarkdownNode.plainText(paragraph))
                if node.title.isEmpty {
                    problems.append(
                        .error(
                            "an empty map item", at: node.location,
                            hint: "write a topic link, a roadmap link or a label, or remove the item"))
                } else if let unread = Self.unreadLink(in: paragraph) {
                    // A link missing its `)` to a topic of this roadmap means that topic: the
                    // warning's fix puts it on the map, so it is not also reported as missing.
                    if !unread.isClosed, let target = unread.target {
                        node.meantTopic = resolver.existingTopic(linkedAs: target)
                    }
                    problems.append(
                        unread.isClosed
                            ? .warning(
                                "this map item looks like a link Markdown cannot read; it is drawn as a label",
                                at: locator.location(of: unread.bracket),
                                hint: "a link's target holds no blank (`[Git](backend/git.md)`); "
                                    + "or write the label without `[` and `]`")
                            : .warning(
                                "this map item looks like a link missing its closing parenthesis; it is drawn as a label",
                                at: locator.location(of: unread.bracket),
                                hint: unread.written.map { "end the link with `)`: `\($0))`" }
                                    ?? "end the link with `)`, or write the label without `[` and `]`"))
                }
                return
            }
            let location = locator.location(of: link)
            if links.count > 1 {
                problems.append(
                    .error(
                        "a map item has a second link; an item links to one page", at: locator.location(of: links[1]),
                        hint: "give each link an item of its own"))
            }
            node.title = CollapsedWhitespace.collapsed(MarkdownNode.plainText(link))
            if node.title.isEmpty {
                problems.append(
                    .error(
                        "a map item's link has no text", at: location, hint: "write the topic's name in the brackets"))
            }
            if links.count == 1, let beside = Self.firstTextOutside(link, in: paragraph) {
                problems.append(
                    .warning(
                        "text beside the link of a map item is left out of the map", at: locator.location(of: beside),
                        hint: "a map item is one link or a label; write more about a topic in the topic's file"))
            }
            let url = cmark_node_get_url(link).map { String(cString: $0) } ?? ""
            guard !url.isEmpty else {
                problems.append(
                    .error(
                        "a map item's link has no target: nothing between its parentheses", at: location,
                        hint:
                            "write the file it links to, such as `[\(node.title)](\(resolver.targets.roadmap)/<topic>.md)`"
                    ))
                return
            }
            let found = problems.count
            var meantTopic: Slug?
            let kind = resolver.kind(of: url, at: location, problems: &problems, meantTopic: &meantTopic)
            if problems[found...].contains(where: { $0.severity == .error }) {
                refusedLinks.insert(location)
                node.linkRefused = true
                node.meantTopic = meantTopic
            }
            guard let kind else { return }
            node.kind = kind
            if let topic = node.topic {
                if let first = named[topic] {
                    problems.append(
                        .error(
                            "the map names the topic `\(topic)` twice (first at line \(first.line ?? 0))", at: location,
                            hint: "a topic has one place on the map; link it once"))
                } else {
                    named[topic] = location
                }
            }
        }

        /// Where a label's `paragraph` holds what looks like a link cmark-gfm did not read: a `[`,
        /// then `](` in its text. `isClosed` when a `)` follows (`[Git](backend/my git.md)`: a
        /// target with a blank is not a link); else the link is missing its `)`
        /// (`[Caching](backend/caching.md`), `written` is the text from the `[` on, when it
        /// holds no blank (the link as written, but its `)`), and `target` the text after the
        /// `](`, when it holds no blank (`backend/caching.md`).
        static func unreadLink(in paragraph: CMarkNode) -> (
            bracket: BodyPosition, written: String?, target: String?, isClosed: Bool
        )? {
            var texts: [(node: CMarkNode, start: Int)] = []
            var text: [UInt8] = []
            MarkdownNode.visit(paragraph) { child, entering in
                guard entering, MarkdownNode.type(child) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(child)
                else { return }
                texts.append((child, text.count))
                text.append(contentsOf: String(cString: literal).utf8)
            }
            let open = UInt8(ascii: "["), close = UInt8(ascii: "]"), parenthesis = UInt8(ascii: "(")
            guard
                let middle = text.indices.dropLast().last(where: { text[$0] == close && text[$0 + 1] == parenthesis }),
                let start = text[..<middle].lastIndex(of: open),
                let holder = texts.last(where: { $0.start <= start })
            else { return nil }
            let node = BodyPosition(of: holder.node)
            let bracket = BodyPosition(line: node.line, byteColumn: node.byteColumn + start - holder.start)
            if text[(middle + 2)...].contains(UInt8(ascii: ")")) { return (bracket, nil, nil, true) }
            func withoutBlank(_ bytes: ArraySlice<UInt8>) -> String? {
                bytes.contains { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
                    ? nil : String(decoding: bytes, as: UTF8.self)
            }
            return (bracket, withoutBlank(text[start...]), withoutBlank(text[(middle + 2)...]), false)
        }

        /// The first text or code node of `paragraph`, outside `link`, that is not blank.
        private static func firstTextOutside(_ link: CMarkNode, in paragraph: CMarkNode) -> CMarkNode? {
            var insideLink = false
            var found: CMarkNode?
            MarkdownNode.visit(paragraph) { child, entering in
                if child == link {
                    insideLink = entering
                    return
                }
                let type = MarkdownNode.type(child)
                guard found == nil, entering, !insideLink, type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE,
                    let literal = cmark_node_get_literal(child),
                    String(cString: literal).contains(where: { !$0.isWhitespace })
                else { return }
                found = child
            }
            return found
        }
    }
}
