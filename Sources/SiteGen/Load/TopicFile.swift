import CMarkGFM

/// What one topic file (`content/roadmaps/<roadmap>/<topic>.md`) says about itself, checked
/// but not yet placed on its roadmap's map (docs/authoring.md#topic-files).
///
/// Front matter is optional; its keys are `title`, `description`, `updated` and `draft`, read as
/// a roadmap's are. Without a `title`, the title is the `# ` heading the body starts with (on
/// its first line that is not blank), which is then not part of the body pages show; a topic
/// with neither is an error. Only that one line is parsed as Markdown here: the body is kept as
/// text (about 1.5 KB a topic, 15 MB for roadmap.sh's 10,000) and parsed when its page is
/// rendered, so a topic file is read once per build.
struct TopicFile: Sendable {
    var id: TopicID
    /// The page's title and only `h1`.
    var title: String
    /// The plain text of the body's `# ` heading when it is the title (left out of the body,
    /// its id is the page's `h1`'s); nil when the title is front matter's.
    var headingText: String?
    /// Whether the title is the body's `# ` heading rather than front matter.
    var titleIsHeading: Bool { headingText != nil }
    /// The front matter's description; nil when absent or blank (the page then takes the
    /// body's first paragraph, as a roadmap's does, when it renders the body).
    var description: String?
    var updated: Day?
    var updatedSource = LastUpdatedSource.frontMatter
    var isDraft: Bool
    /// The file, and where the body pages show starts in it: after the front matter, and after
    /// the title heading when that is the title.
    var source: RoadmapSource
    /// The Markdown body pages show: after the front matter and, when it is the title, the
    /// heading. `source.bodyLineOffset` maps its lines to the file's.
    var body: String
    /// The warning for a scaffold's placeholder text left in the file, given when the topic is
    /// published (found here, where the whole text is at hand); a file the build leaves out is
    /// not searched (see `Publishing`).
    var placeholderWarning: Diagnostic?
    /// The other topic this file is a symbolic link to, when it is one (`TopicLoader` warns
    /// that the page is published twice, and the map is not asked to name it too).
    var linkedTopic: TopicID?

    /// The keys front matter may hold.
    static let knownKeys = ["title", "description", "updated", "draft"]

    /// Which topic files of a folder the build publishes, and so searches for the scaffold's
    /// placeholder sentences: a draft left out of the build is not warned about, so its text is
    /// not searched either.
    enum Publishing: Sendable {
        /// Every file: drafts are built (`--drafts`).
        case all
        /// The files that are not drafts.
        case allButDrafts
        /// None: the folder's roadmap is a draft left out of the build.
        case none

        /// Whether a file that is (or is not) a draft is published.
        func publishes(isDraft: Bool) -> Bool {
            switch self {
            case .all: true
            case .allButDrafts: !isDraft
            case .none: false
            }
        }
    }

    /// Reads and checks the topic file at `path`; nil when it cannot be read at all.
    static func load(
        path: String, id: TopicID, publishing: Publishing = .all, into diagnostics: inout Diagnostics
    ) -> TopicFile? {
        switch InputText.read(path) {
        case .success(let text): return read(text, path: path, id: id, publishing: publishing, into: &diagnostics)
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }

    /// Reads and checks a topic file's text. A file with wrong fields is still returned (its
    /// errors are in `diagnostics`, and a missing title is the topic's slug), so that its body
    /// and its place on the map are checked too; nil when its front matter cannot be parsed.
    static func read(
        _ text: String, path: String, id: TopicID, publishing: Publishing = .all, into diagnostics: inout Diagnostics
    ) -> TopicFile? {
        let frontMatter: FrontMatter
        switch FrontMatter.split(text, path: path, isRequired: false) {
        case .success(let split): frontMatter = split
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        var fields = YAMLFields(path: path, lineOffset: FrontMatter.yamlLineOffset, entries: [])
        if frontMatter.bodyLineOffset > 0 {
            switch YAMLFields.parse(frontMatter.yaml, path: path, lineOffset: FrontMatter.yamlLineOffset) {
            case .success(let parsed): fields = parsed
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                return nil
            }
        }
        fields.reportUnknownKeys(known: knownKeys, into: &diagnostics)
        var title = fields.text("title", into: &diagnostics)
        if let written = title, !written.contains(where: { !$0.isWhitespace }) {
            diagnostics.error(
                "`title` is empty", at: fields.location(of: fields.node("title")!),
                hint: "write the topic's title, or remove the key to use the `# ` heading")
            title = id.topic.value
        }
        let heading = title == nil ? TitleHeading.find(in: frontMatter.body) : nil
        if title == nil, heading == nil, TitleHeading.opensWithLevelOneHeading(frontMatter.body) {
            diagnostics.error(
                "the topic's `# ` title heading has no text", at: SourceLocation(file: path, line: 1, column: 1),
                hint: "write the title after the `#`: `# \(Self.suggestedTitle(for: id.topic))`")
        } else if title == nil, heading == nil {
            diagnostics.error(
                "the topic has no title: no `title` in front matter, and its body (after any front matter) "
                    + "does not start with a `# ` heading",
                at: SourceLocation(file: path, line: 1, column: 1),
                hint: frontMatter.bodyLineOffset > 0
                    ? "put a line such as `# \(Self.suggestedTitle(for: id.topic))` right after the front matter's closing `---`"
                    : "start the file with a line such as `# \(Self.suggestedTitle(for: id.topic))`")
        }
        var description = fields.text("description", into: &diagnostics)
        if description?.allSatisfy(\.isWhitespace) ?? true { description = nil }
        let updated = fields.day("updated", into: &diagnostics).day
        let isDraft = fields.flag("draft", into: &diagnostics) ?? false
        return TopicFile(
            id: id, title: title ?? heading?.text ?? id.topic.value, headingText: heading?.plainText,
            description: description, updated: updated, isDraft: isDraft,
            source: RoadmapSource(
                path: path, bodyLineOffset: frontMatter.bodyLineOffset + (heading?.lineCount ?? 0)),
            body: heading.map { Self.body(frontMatter.body, after: $0) } ?? frontMatter.body,
            placeholderWarning: publishing.publishes(isDraft: isDraft)
                ? ScaffoldPlaceholders.warning(in: [(text, 0)], path: path) : nil)
    }

    /// `body` from the byte after `heading`, the title heading it starts with.
    private static func body(_ body: String, after heading: TitleHeading) -> String {
        let utf8 = body.utf8
        return String(body[utf8.index(utf8.startIndex, offsetBy: heading.byteCount)...])
    }

    /// `caching-strategies` as `Caching strategies`, for a hint.
    static func suggestedTitle(for slug: Slug) -> String {
        let words = slug.value.split(separator: "-").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

/// The `# ` heading a topic file's body starts with, when it has one.
struct TitleHeading: Equatable {
    /// The heading's plain text, white space collapsed.
    var text: String
    /// The heading's plain text as written, from which its id is made (as for other headings).
    var plainText: String
    /// The lines up to and including the heading's (blank lines before it count).
    var lineCount: Int
    /// The UTF-8 bytes up to and including the heading line's end.
    var byteCount: Int

    /// The heading on the first line of `body` that is not blank, when that line is an ATX
    /// heading of level 1 (`# Title`, up to three spaces before the `#`) with some text; nil
    /// otherwise. The line alone is parsed as Markdown, so escapes, entities, code spans and a
    /// closing `#` sequence read as they do on the page; a line of plain text (`plainContent`)
    /// is read without cmark-gfm, as it would read it.
    static func find(in body: String) -> TitleHeading? {
        find(in: body, parsingEveryLine: false)
    }

    /// Whether the first line of `body` that is not blank is `#` then a blank or its end,
    /// after at most three spaces: a level 1 heading, with text or not.
    static func opensWithLevelOneHeading(_ body: String) -> Bool {
        var body = body
        return body.withUTF8 { bytes in firstLine(of: bytes).map { isLevelOneHeading($0.line) } ?? false }
    }

    /// The first line of UTF-8 `bytes` that is not blank (spaces and tabs): its bytes, its
    /// 1-based number and the offset of its end (its line feed, or the end of `bytes`).
    private static func firstLine(
        of bytes: UnsafeBufferPointer<UInt8>
    ) -> (line: UnsafeBufferPointer<UInt8>, number: Int, end: Int)? {
        var start = 0
        var number = 0
        while start < bytes.count {
            let end = MarkdownLimitScan.offset(of: UInt8(ascii: "\n"), in: bytes, from: start) ?? bytes.count
            number += 1
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if !line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                return (line, number, end)
            }
            start = end + 1
        }
        return nil
    }

    /// `find(in:)`; `parsingEveryLine`: parse a plain line with cmark-gfm too (for tests).
    static func find(in body: String, parsingEveryLine: Bool) -> TitleHeading? {
        var body = body
        return body.withUTF8 { bytes in
            guard let (line, number, end) = firstLine(of: bytes),
                // A line past the Markdown limits has no title here; rendering the body reports it.
                isLevelOneHeading(line), MarkdownLimits.violations(in: line).isEmpty
            else { return nil }
            let plainText: String
            if !parsingEveryLine, let content = plainContent(ofHeading: line) {
                plainText = content
            } else {
                guard
                    let document = try? MarkdownDocument(String(decoding: line, as: UTF8.self), allowsRawHTML: false),
                    let heading = document.blocks.first, MarkdownNode.type(heading) == CMARK_NODE_HEADING
                else {
                    return nil
                }
                plainText = MarkdownNode.plainText(heading)
            }
            let text = CollapsedWhitespace.collapsed(plainText)
            guard !text.isEmpty else { return nil }
            return TitleHeading(
                text: text, plainText: plainText, lineCount: number, byteCount: min(end + 1, bytes.count))
        }
    }

    /// The text of the level 1 heading `line` when it is plain: after the `#` and the blanks
    /// after it, only letters, digits, spaces, bytes of non-ASCII characters and punctuation
    /// that starts no Markdown inline (not `\\`, `` ` ``, `&`, `*`, `_`, `[`, `]`, `!`, `<`,
    /// `>`, `~`, `@`, nor a tab or a control character). Such a heading's content is its text as written, less the
    /// trailing spaces and a closing sequence of `#` after a space (CommonMark 0.31, "ATX
    /// headings"), which is what cmark-gfm's inline parser and `MarkdownNode.plainText` make of
    /// it (checked against them in `TitleHeadingTests`). Nil for any other line.
    ///
    /// Parsing the line with cmark-gfm (a parser, its extensions and the Markdown limit scan
    /// for one line) was a third of loading a topic file.
    static func plainContent(ofHeading line: UnsafeBufferPointer<UInt8>) -> String? {
        var index = 0
        while index < line.count, line[index] == UInt8(ascii: " ") { index += 1 }
        guard index < line.count, line[index] == UInt8(ascii: "#") else { return nil }
        index += 1
        while index < line.count, line[index] == UInt8(ascii: " ") || line[index] == UInt8(ascii: "\t") { index += 1 }
        let contentStart = index
        guard line[contentStart...].allSatisfy(isPlainHeadingByte) else { return nil }
        var end = line.count
        while end > contentStart, line[end - 1] == UInt8(ascii: " ") { end -= 1 }
        var closing = end
        while closing > contentStart, line[closing - 1] == UInt8(ascii: "#") { closing -= 1 }
        if closing < end, closing == contentStart || line[closing - 1] == UInt8(ascii: " ") {
            end = closing
            while end > contentStart, line[end - 1] == UInt8(ascii: " ") { end -= 1 }
        }
        return String(decoding: line[contentStart..<end], as: UTF8.self)
    }

    /// Whether `byte` may be in a plain heading (`plainContent(ofHeading:)`).
    private static func isPlainHeadingByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...0xFF:
            true
        case UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"),
            UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "+"), UInt8(ascii: ","),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: ";"),
            UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "^"), UInt8(ascii: "{"), UInt8(ascii: "|"),
            UInt8(ascii: "}"):
            true
        default: false
        }
    }

    /// Whether a line is `#` then a blank or its end, after at most three spaces.
    private static func isLevelOneHeading(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let indent = line.prefix { $0 == UInt8(ascii: " ") }.count
        guard indent <= 3 else { return false }
        let rest = line.dropFirst(indent)
        guard rest.first == UInt8(ascii: "#") else { return false }
        let after = rest.dropFirst().first
        return after == nil || after == UInt8(ascii: " ") || after == UInt8(ascii: "\t")
    }
}
