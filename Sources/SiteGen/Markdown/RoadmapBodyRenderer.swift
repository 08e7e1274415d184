import CMarkGFM

/// Renders a roadmap's Markdown body into the parts its pages show: the `##` sections in order,
/// the FAQ's questions and answers, and the footnotes, with typed resource links labelled
/// (`TypedResources`); reports what is wrong in it; and, when asked, records the links written
/// in it (from the same parse).
struct RoadmapBodyRenderer: Sendable {
    /// What rendering one body gave.
    struct Rendered: Sendable {
        /// The body as its pages show it.
        var body: RoadmapBody
        /// What is wrong in it.
        var diagnostics: [Diagnostic]
        /// The links written in it; empty unless `recordsLinks`.
        var links: BodyLinks
        /// The plain text of its first paragraph with text (`MarkdownText.firstParagraph(of:)`'s
        /// answer, from this parse); nil unless `takesFirstParagraph`.
        var firstParagraph: String? = nil
        /// The id of `title`, unique among the body's; nil without a title.
        var titleID: String? = nil
    }

    /// Whether raw HTML is kept as it is (GitHub's tag filter only) instead of sanitized to
    /// GitHub's allow-list.
    let allowsRawHTML: Bool
    /// Resolves the links written in the body.
    let links: LinkRewriter
    /// The non-Markdown files of the roadmap folders, relative to `content/roadmaps/`, when the
    /// body's local images are to be checked (`LocalImages`); nil skips the check.
    var localFiles: Set<String>? = nil
    /// Whether the links written in the body are recorded (for `check`: it costs a location per
    /// link).
    var recordsLinks = false
    /// What a map's links may point at, when the body is a roadmap's (its `## Roadmap` section
    /// is then its map, drawn apart: `RoadmapBody.map`); nil for a topic's body.
    var mapTargets: MapTargets? = nil
    /// Whether the body's first paragraph with text is taken as well (`Rendered.firstParagraph`):
    /// a topic's description when its front matter has none, without parsing the body again.
    var takesFirstParagraph = false
    /// The titles of the roadmap's topics that are part of the build, by slug, when the body is
    /// a roadmap's: its "What you'll learn" items link to the topic of their title when no
    /// section has it (`LearnLinks`).
    var topicTitles: [Slug: String] = [:]
    /// The title the page shows above the body (a topic's `h1`), which takes an id with the
    /// body's headings (`Rendered.titleID`); nil for a roadmap's body.
    var title: HeadingOutline.Title? = nil

    /// Renders `markdown`, the body of the file at `source`.
    /// A body past the Markdown limits is not parsed: it is empty, with an error for each limit.
    func render(_ markdown: String, source: RoadmapSource) -> (RoadmapBody, [Diagnostic]) {
        let rendered = renderBody(markdown, source: source)
        return (rendered.body, rendered.diagnostics)
    }

    /// Renders `markdown`, the body of the file at `source`, with the links written in it when
    /// `recordsLinks`. A body past the Markdown limits is not parsed: it is empty, with an error
    /// for each limit, and no links.
    func renderBody(_ markdown: String, source: RoadmapSource) -> Rendered {
        let locator = BodyLocator(markdown: markdown, source: source)
        let document: MarkdownDocument
        do {
            document = try MarkdownDocument(markdown, allowsRawHTML: allowsRawHTML)
        } catch {
            let diagnostics = error.violations.map { violation in
                Diagnostic.error(
                    violation.message,
                    at: locator.location(of: BodyPosition(line: violation.line, byteColumn: violation.byteColumn)),
                    hint: violation.hint)
            }
            return Rendered(
                body: RoadmapBody(introHTML: "", sections: [], footnotesHTML: ""), diagnostics: diagnostics,
                links: BodyLinks(),
                titleID: HeadingOutline(blocks: [], reservedIDs: PageIDs.reserved, title: title).titleID)
        }
        // Recorded before anything changes the tree: as written.
        var written = recordsLinks ? BodyLinks(in: document, locator: locator, rewriter: links) : BodyLinks()
        let firstParagraph = takesFirstParagraph ? MarkdownText.firstParagraph(in: document) : nil
        let mapSection = mapTargets.flatMap { RoadmapMapParser(targets: $0, locator: locator).parse(document) }
        // The map's list is drawn by the theme from `RoadmapBody.map`, not rendered as Markdown.
        if let list = mapSection?.list { document.remove(list) }
        if let refused = mapSection?.refusedLinks, !refused.isEmpty {
            written.site.removeAll { refused.contains($0.location) }
        }
        var diagnostics = mapSection?.diagnostics ?? []
        let nodes = BodyNodes(root: document.root)
        // Nothing rendered from here on adds an image or raw HTML of an author's.
        document.mayHoldImages = nodes.hasImages || nodes.hasRawHTML
        diagnostics += TypedResources.mark(links: nodes.links, of: document, locator: locator)
        let (linkDiagnostics, reported) = rewriteLinks(nodes.links, locator: locator)
        written.reported = reported
        diagnostics += linkDiagnostics
        TaskListLabels.mark(nodes.taskItems, of: document)
        var rawHTML = RawHTMLFilter(document: document, isActive: nodes.hasRawHTML && !allowsRawHTML)
        let blocks = document.blocks
        // Headings never take the ids cmark-gfm gives footnotes (read off each definition's HTML).
        let footnoteIDs = blocks.filter { MarkdownNode.type($0) == CMARK_NODE_FOOTNOTE_DEFINITION }
            .flatMap { FootnoteIDs.ids(inFootnotesHTML: document.html(of: $0)) }
        let outline = HeadingOutline(
            blocks: blocks, reservedIDs: PageIDs.reserved + footnoteIDs, apart: mapSection?.heading, title: title)
        LearnLinks.link(
            blocks: blocks, of: document, outline: outline,
            index: LearnLinks.index(
                outline,
                topics: LearnLinks.topicsInOrder(topicTitles, map: mapSection?.map).map {
                    ($0.title, links.paths.topic(TopicID(roadmap: links.slug, topic: $0.slug)))
                }))
        var builder = SectionBuilder(locator: locator)
        var headings = outline.headings.makeIterator()
        var footnotes: [CMarkNode] = []
        // The blocks since the last heading, rendered together when the next heading comes.
        var run: [CMarkNode] = []
        // The map's section: its heading's id, text and HTML, and its blocks other than the list.
        var map: (id: String, text: String, titleHTML: String, blocks: [CMarkNode], scopeEnd: String)?
        var inMap = false
        for block in blocks {
            let type = MarkdownNode.type(block)
            let level = type == CMARK_NODE_HEADING ? Int(cmark_node_get_heading_level(block)) : 0
            guard type == CMARK_NODE_HEADING, !inMap || level <= 2 else {
                func place(_ kept: CMarkNode) {
                    if MarkdownNode.type(kept) == CMARK_NODE_FOOTNOTE_DEFINITION {
                        footnotes.append(kept)
                    } else if inMap {
                        map?.blocks.append(kept)
                    } else {
                        run.append(kept)
                    }
                }
                if rawHTML.isActive {
                    for kept in rawHTML.filter(topLevel: block) { place(kept) }
                } else {
                    place(block)
                }
                continue
            }
            // The outline holds every top-level heading of `blocks` but the map's lower ones, in order.
            guard let heading = headings.next() else { continue }
            if !run.isEmpty { builder.append(html: document.html(ofBlocks: run)) }
            run.removeAll(keepingCapacity: true)
            if inMap {
                inMap = false
                map?.scopeEnd = rawHTML.endTopLevelScope()
            }
            if let mapSection, block == mapSection.heading {
                builder.append(html: rawHTML.endTopLevelScope())
                rawHTML.filterDescendants(of: block)
                builder.closeSection()
                map = (heading.id, heading.text, document.inlineHTML(ofHeading: block), [], "")
                inMap = true
                continue
            }
            // Raw HTML elements left open in a section or answer close where it ends.
            if builder.startsContainer(atHeadingLevel: level) {
                builder.append(html: rawHTML.endTopLevelScope())
            } else {
                builder.append(html: rawHTML.closeTopLevelElements(implicitlyClosedByHeading: level))
            }
            rawHTML.filterDescendants(of: block)
            builder.add(
                heading: block, level: level, text: heading.text, id: heading.id,
                inlineHTML: document.inlineHTML(ofHeading: block))
        }
        if !run.isEmpty { builder.append(html: document.html(ofBlocks: run)) }
        if inMap {
            map?.scopeEnd = rawHTML.endTopLevelScope()
        } else {
            builder.append(html: rawHTML.endTopLevelScope())
        }
        var body = builder.finish(footnotesHTML: document.html(ofBlocks: footnotes))
        if let map, let drawn = mapSection?.map {
            body.map = BodyMap(
                map: drawn, id: map.id, titleHTML: map.titleHTML, titleText: map.text,
                introHTML: (map.blocks.isEmpty ? "" : document.html(ofBlocks: map.blocks)) + map.scopeEnd)
        }
        diagnostics.append(contentsOf: builder.diagnostics)
        diagnostics.append(contentsOf: rawHTML.drops.map { Self.warning(for: $0, locator: locator) })
        return Rendered(
            body: body, diagnostics: diagnostics, links: written, firstParagraph: firstParagraph,
            titleID: outline.titleID)
    }

    /// The warning for a raw HTML tag left out of the page.
    private static func warning(for drop: RawHTMLFilter.Drop, locator: BodyLocator) -> Diagnostic {
        let tag = "`<\(drop.tag.name)>`"
        let message =
            drop.tag.removesContent
            ? "raw HTML \(tag) is left out with its content (GitHub does not allow it)"
            : "raw HTML \(tag) is left out (GitHub does not allow it); its text is kept"
        return .warning(
            message, at: locator.location(of: drop.position),
            hint: "use Markdown or a tag GitHub allows (`<br>`, `<sup>`, `<details>`...), "
                + "or set `unsafe_html: true` in site.yml to keep all raw HTML; "
                + AuthoringGuide.see("raw-html"))
    }

    /// Rewrites the URL of every link and image of `linkNodes` (`BodyNodes.links`), unlinks
    /// links to drafts, and reports broken links.
    private func rewriteLinks(
        _ linkNodes: [CMarkNode], locator: BodyLocator
    ) -> (diagnostics: [Diagnostic], reported: Set<String>) {
        var diagnostics: [Diagnostic] = []
        var reported: Set<String> = []
        var unlinked: [CMarkNode] = []
        for node in linkNodes {
            let type = MarkdownNode.type(node)
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            if let scheme = DangerousURL.scheme(of: url) {
                diagnostics.append(
                    DangerousURL.warning(scheme, isImage: type == CMARK_NODE_IMAGE, at: locator.location(of: node)))
                unlinked.append(node)
                continue
            }
            // Checked here rather than in one more walk over the tree (`LocalImages.check`).
            var isMissingImage = false
            if type == CMARK_NODE_IMAGE, let localFiles,
                let problem = LocalImages.problem(
                    with: url, at: node, files: localFiles, locator: locator,
                    topicFolder: links.topic.map { _ in links.slug })
            {
                diagnostics.append(problem)
                isMissingImage = true
            }
            switch links.resolve(url) {
            case .keep:
                if isMissingImage { reported.insert(url) }
            case .rewrite(let newURL):
                cmark_node_set_url(node, newURL)
                if isMissingImage { reported.insert(newURL) }
            case .unlink(let message):
                diagnostics.append(.warning(message, at: locator.location(of: node)))
                if type == CMARK_NODE_LINK { unlinked.append(node) }
            case .broken(let message, let hint):
                diagnostics.append(.error(message, at: locator.location(of: node), hint: hint))
                reported.insert(url)
            }
        }
        // A link or image left out keeps its text (an image its description) in its place.
        for link in unlinked {
            while let child = cmark_node_first_child(link), cmark_node_insert_before(link, child) != 0 {}
            cmark_node_free(link)
        }
        return (diagnostics, reported)
    }
}

/// Maps positions in a body (as cmark-gfm reports them) to locations in the roadmap file.
///
/// Counting a column means scanning the body from its start, so it is done only for a
/// diagnostic; keep a `BodyPosition` until then.
struct BodyLocator {
    let markdown: String
    let source: RoadmapSource
    /// Where each line of the body starts, worked out at the first diagnostic.
    private let lineIndex = LineIndex()

    private var lineStarts: [Int] { lineIndex.starts(of: markdown) }

    /// Creates a locator for `markdown`, the body of the file `source` describes.
    init(markdown: String, source: RoadmapSource) {
        self.markdown = markdown
        self.source = source
    }

    /// The file location of a node's start.
    func location(of node: CMarkNode) -> SourceLocation {
        location(of: BodyPosition(of: node))
    }

    /// The file location of a position in the body.
    func location(of position: BodyPosition) -> SourceLocation {
        let line = max(position.line, 1)
        return SourceLocation(
            file: source.path, line: source.bodyLineOffset + line,
            column: SourceText.scalarColumn(
                in: markdown, line: line, byteColumn: max(position.byteColumn, 1), lineStarts: lineStarts))
    }
}

/// A position in a body as cmark-gfm reports it: a 1-based line and byte column.
struct BodyPosition: Hashable {
    var line: Int
    var byteColumn: Int

    /// Where a node starts.
    init(of node: CMarkNode) {
        (line, byteColumn) = MarkdownNode.start(node)
    }

    /// A position given by its line and byte column.
    init(line: Int, byteColumn: Int) {
        self.line = line
        self.byteColumn = byteColumn
    }
}
