import Escaping

#if canImport(Glibc)
    import Glibc
#endif

/// One pass over a Markdown text that finds where it breaks a `MarkdownLimits` limit.
///
/// It reads lines, not cmark-gfm's tree. A "paragraph" here is a run of non-blank lines, cut
/// only where cmark-gfm surely starts a new block (a fence at the line's start, a heading, a
/// bullet item): it holds whole paragraphs, table rows and headings of cmark-gfm, so its counts
/// bound theirs. Fenced code is left out only from a fence at the start of a line outside an
/// HTML block, which cmark-gfm always reads as one.
struct MarkdownLimitScan {
    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var violations: [MarkdownLimits.Violation] = []
    private var reportedKinds: Set<Kind> = []

    private enum Kind {
        case nesting, cells, tableFill, header, marks, tildes, htmlStarts, word, reference, protocolRead
    }

    /// The open fence: its character and length.
    private var fence: (mark: UInt8, length: Int)?
    /// The open HTML block: the text that ends it, or nil for a blank line.
    private var htmlEnd: [UInt8]??
    private var lineNumber = 0
    private var paragraph = Paragraph()
    /// The number of `]`, each a possible use of a link reference.
    private var closingBrackets = 0
    /// The longest possible reference definition, in bytes, and its line.
    private var longestDefinition = (length: 0, line: 0)

    /// What is counted of the current paragraph.
    private struct Paragraph {
        var start = 0
        var lines = 0
        var lastPipe: Int?
        var backscan = 0
        var headerWork = 0
        var marks = 0
        var tildeRuns = 0
        var htmlStarts = 0
        var table: (columns: Int, written: Int, filled: Int)?
        /// Whether every line so far is plain text at one block quote depth, `quotes`.
        var isPlain = true
        var quotes = 0
        /// The cells of the line before.
        var previousCells = 0
        /// Whether the paragraph surely became a table, whose rows cmark-gfm parses apart.
        var isSureTable = false
        /// The earliest definition whose title may run on to the paragraph's end, and its line.
        var openDefinition: (start: Int, line: Int)?
        /// A definition whose title may start on the next line: its start, line and length.
        var definitionAwaitingTitle: (start: Int, line: Int, length: Int)?

        /// Starts the inline counts again, for a new inline container (a table row).
        mutating func resetInlineCounts() {
            marks = 0
            tildeRuns = 0
            htmlStarts = 0
        }
    }

    /// A word (between blanks) that the autolink extension reads as a URL or address, and how
    /// often it reads it again.
    private struct LinkWord {
        var start: Int
        var end: Int
        /// `www.`, `://` and `@`: each makes the extension read the word to its end.
        var triggers = 1
        /// Each `)` at a URL's end made it count the word's parentheses again.
        var closingParentheses = 0

        var problem: String? {
            if end - start > MarkdownLimits.maximumLinkWordLength {
                return "this URL or address is \(end - start) bytes long; at most "
                    + "\(MarkdownLimits.maximumLinkWordLength) are allowed (as in a sitemap)"
            }
            if triggers > MarkdownLimits.maximumLinkTriggers {
                return "this word holds \(triggers) `www.`, `://` or `@`; at most "
                    + "\(MarkdownLimits.maximumLinkTriggers) are allowed in one URL or address"
            }
            if closingParentheses > MarkdownLimits.maximumLinkParentheses {
                return "this URL holds \(closingParentheses) `)`; at most \(MarkdownLimits.maximumLinkParentheses) "
                    + "are allowed"
            }
            return nil
        }
    }

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func run() {
        var start = 0
        while start < bytes.count {
            let end = Self.offset(of: UInt8(ascii: "\n"), in: bytes, from: start) ?? bytes.count
            lineNumber += 1
            scanLine(start, end)
            start = end + 1
        }
        endParagraph(at: bytes.count)
        if longestDefinition.length > 0,
            longestDefinition.length * closingBrackets
                > MarkdownLimits.maximumReferenceExpansion(textLength: bytes.count)
        {
            report(
                .reference, line: longestDefinition.line, column: 1,
                "this link reference definition (its URL and title) is \(longestDefinition.length) bytes long, "
                    + "and the text has \(closingBrackets) `]` that may each repeat it",
                hint: "shorten its title, or close its quotes on the line where they open")
        }
    }

    private mutating func scanLine(_ start: Int, _ end: Int) {
        if let open = fence {
            if Self.closesFence(bytes, start, end, open) { fence = nil }
            return
        }
        if Self.isBlank(bytes, start, end) {
            endParagraph(at: start)
            if case .some(.none) = htmlEnd { htmlEnd = nil }
            return
        }
        if htmlEnd == nil, let opened = Self.opensFence(bytes, start, end) {
            endParagraph(at: start)
            fence = opened
            return
        }
        trackHTMLBlock(start, end)
        let prefix = ContainerPrefix(bytes, start, end)
        if prefix.startsBlock { endParagraph(at: start) }
        if paragraph.lines == 0 {
            paragraph.start = start
            paragraph.quotes = prefix.quotes
        }
        if !prefix.isPlain || prefix.quotes != paragraph.quotes {
            paragraph.isPlain = false
            if paragraph.isSureTable {
                // The table ends; what follows may be one paragraph again, counted from here.
                paragraph.isSureTable = false
                paragraph.resetInlineCounts()
            }
        }
        if prefix.depth > MarkdownLimits.maximumNesting {
            report(
                .nesting, line: lineNumber, column: 1,
                "block quotes, list items and footnotes are nested \(prefix.depth) levels deep here; "
                    + "at most \(MarkdownLimits.maximumNesting) are allowed",
                hint: "nest less deeply, or put the text in a fenced code block")
        }
        let hasPipe =
            Self.offset(of: UInt8(ascii: "|"), in: UnsafeBufferPointer(rebasing: bytes[..<end]), from: start) != nil
        scanTableRow(start, end, prefix: prefix, hasPipe: hasPipe)
        scanInline(start, end, contentStart: prefix.contentStart)
        paragraph.lines += 1
    }

    /// Counts the cells of a line that may be a table row, and what reading it as one costs.
    private mutating func scanTableRow(_ start: Int, _ end: Int, prefix: ContainerPrefix, hasPipe: Bool) {
        // The work of reading the paragraph above again, as a header, if this is a delimiter row.
        let lineOffset = start - paragraph.start
        paragraph.backscan += lineOffset - (paragraph.lastPipe ?? 0)
        let row = TableRowShape(bytes, prefix.quoteContentStart, end, hasPipe: hasPipe)
        defer { paragraph.previousCells = row.cells }
        let isTooWide = row.cells > MarkdownLimits.maximumTableCells
        if isTooWide {
            report(
                .cells, line: lineNumber, column: 1,
                "this line has \(row.cells) table cells; at most \(MarkdownLimits.maximumTableCells) are allowed",
                hint: "split the table into narrower ones")
        }
        if let lastPipe = row.lastPipe { paragraph.lastPipe = lastPipe - paragraph.start }
        if paragraph.isSureTable {
            // A row of a table is parsed apart from the others: count it alone.
            paragraph.resetInlineCounts()
            if row.cells == 0 { paragraph.isSureTable = false }
        } else if row.isDelimiterRow, paragraph.lines > 0 {
            paragraph.headerWork += lineOffset + paragraph.backscan
            if paragraph.headerWork > MarkdownLimits.headerWorkAllowance(paragraphLength: lineOffset) {
                report(
                    .header, line: lineNumber, column: 1,
                    "this line is shaped like a table's delimiter row below \(paragraph.lines) lines of text, "
                        + "which are read again as a header for each such line",
                    hint: "leave a blank line before the table's header row")
            }
            if paragraph.isPlain, row.isNotUnderline, row.cells == paragraph.previousCells, !isTooWide {
                // Surely a table (plain lines, the header's cells): its rows are parsed apart.
                paragraph.isSureTable = true
                paragraph.resetInlineCounts()
            }
        }
        if var table = paragraph.table {
            if row.cells == 0 {
                paragraph.table = nil
                return
            }
            table.written += min(row.cells, table.columns)
            table.filled += max(0, table.columns - row.cells)
            paragraph.table = table
            if table.filled > table.written {
                report(
                    .tableFill, line: lineNumber, column: 1,
                    "the table's rows leave out \(table.filled) of its \(table.columns) columns' cells, more than "
                        + "they write (\(table.written)), and each left out is written as an empty cell",
                    hint: "give the rows their cells, or make the table narrower")
            }
        } else if row.isDelimiterRow, paragraph.lines > 0, !isTooWide {
            paragraph.table = (row.cells, 2 * row.cells, 0)
        }
    }

    /// Counts a line's inline marks, URL-like words, reference definitions and `]`.
    private mutating func scanInline(_ start: Int, _ end: Int, contentStart: Int) {
        var linkWord: LinkWord?
        var lastOpenBracket: Int?
        /// Notes a `www.`, `://` or `@` at `position`, and checks the word that holds it.
        func noteLinkTrigger(at position: Int) {
            if linkWord != nil, position < linkWord!.end {
                linkWord!.triggers += 1
            } else {
                var wordStart = position
                while wordStart > start, !Self.isBlank(bytes[wordStart - 1]) { wordStart -= 1 }
                var wordEnd = position
                var parentheses = 0
                while wordEnd < end, !Self.isBlank(bytes[wordEnd]) {
                    if bytes[wordEnd] == UInt8(ascii: ")") { parentheses += 1 }
                    wordEnd += 1
                }
                linkWord = LinkWord(start: wordStart, end: wordEnd, closingParentheses: parentheses)
            }
        }
        let specials = Self.specials
        var index = specials.first(in: bytes, from: start, to: end)
        while index < end {
            let byte = bytes[index]
            let previous = index > start ? bytes[index - 1] : UInt8(ascii: " ")
            switch byte {
            case UInt8(ascii: "["):
                paragraph.marks += 1
                lastOpenBracket = index
            case UInt8(ascii: "]"):
                closingBrackets += 1
                let isFootnote = lastOpenBracket.map { $0 + 1 < end && bytes[$0 + 1] == UInt8(ascii: "^") } ?? false
                if !isFootnote, index + 1 < end, bytes[index + 1] == UInt8(ascii: ":") {
                    noteDefinition(at: index + 2, end)
                }
            case UInt8(ascii: "*"):
                if previous != byte { paragraph.marks += 1 }
            case UInt8(ascii: "~"):
                if previous != byte { paragraph.tildeRuns += 1 }
            case UInt8(ascii: "_"):
                let next = index + 1 < end ? bytes[index + 1] : UInt8(ascii: " ")
                if previous != byte, !(Self.isAlphanumeric(previous) && Self.isAlphanumeric(next)) {
                    paragraph.marks += 1
                }
            case UInt8(ascii: "<"):
                if index + 1 < end,
                    bytes[index + 1] == UInt8(ascii: "?")
                        || (index + 2 < end && bytes[index + 1] == UInt8(ascii: "!")
                            && bytes[index + 2] == UInt8(ascii: "["))
                {
                    paragraph.htmlStarts += 1
                }
            case UInt8(ascii: "@"):
                noteLinkTrigger(at: index)
            case UInt8(ascii: ":"):
                if Self.hasPrefix(bytes, index + 1, end, "//") { noteLinkTrigger(at: index) }
                if ProtocolPrefix.readsBeforeItsText(bytes, colon: index, end, contentStart: contentStart) {
                    report(
                        .protocolRead, line: lineNumber, column: index - start + 1,
                        "cmark-gfm 0.29.0.gfm.6 reads outside its memory for an address written like this "
                            + "at the start of a paragraph, heading or table cell (GHSA-c944-cv5f-hpvr)",
                        hint: "put a word before it, or write it as a link: `<mailto:name@example.org>`")
                }
            case UInt8(ascii: "."):
                if index >= start + 3, Self.hasPrefix(bytes, index - 3, end, "www") { noteLinkTrigger(at: index) }
            default:
                break
            }
            if let word = linkWord, let problem = word.problem {
                report(.word, line: lineNumber, column: word.start - start + 1, problem, hint: "shorten it")
            }
            index = specials.first(in: bytes, from: index + 1, to: end)
        }
        if paragraph.marks > MarkdownLimits.maximumInlineMarks {
            report(
                .marks, line: lineNumber, column: 1,
                "this paragraph has more than \(MarkdownLimits.maximumInlineMarks) link brackets and emphasis marks",
                hint: "split it with blank lines")
        }
        if paragraph.tildeRuns > MarkdownLimits.maximumTildeRuns {
            report(
                .tildes, line: lineNumber, column: 1,
                "this paragraph has more than \(MarkdownLimits.maximumTildeRuns) runs of `~`",
                hint: "split it with blank lines, or write `\\~` for a tilde that strikes nothing through")
        }
        if paragraph.htmlStarts > MarkdownLimits.maximumUnclosedHTMLStarts {
            report(
                .htmlStarts, line: lineNumber, column: 1,
                "this paragraph has more than \(MarkdownLimits.maximumUnclosedHTMLStarts) `<?` or `<![CDATA[`",
                hint: "write them as `&lt;?`, or in code spans")
        }
        if let awaiting = paragraph.definitionAwaitingTitle, awaiting.line == lineNumber - 1 {
            // The title of the definition on the line above may start on this one.
            paragraph.definitionAwaitingTitle = nil
            if ReferenceTitle.opensAndStaysOpen(bytes, contentStart, end) {
                openDefinition(start: awaiting.start, line: awaiting.line)
            } else {
                noteDefinitionLength(awaiting.length + (end - start), line: awaiting.line)
            }
        }
    }

    /// Notes a possible link reference definition whose destination starts at `start`.
    private mutating func noteDefinition(at start: Int, _ end: Int) {
        switch ReferenceTitle.afterDestination(bytes, start, end) {
        case .open: openDefinition(start: start, line: lineNumber)
        case .closed: noteDefinitionLength(end - start, line: lineNumber)
        case .mayFollow:
            paragraph.definitionAwaitingTitle = (start, lineNumber, end - start)
        }
    }

    private mutating func openDefinition(start: Int, line: Int) {
        if paragraph.openDefinition == nil { paragraph.openDefinition = (start, line) }
    }

    private mutating func noteDefinitionLength(_ length: Int, line: Int) {
        if length > longestDefinition.length { longestDefinition = (length, line) }
    }

    /// Ends the current paragraph at byte `end`, settling the length of an open definition.
    private mutating func endParagraph(at end: Int) {
        if let open = paragraph.openDefinition { noteDefinitionLength(end - open.start, line: open.line) }
        if let awaiting = paragraph.definitionAwaitingTitle {
            noteDefinitionLength(awaiting.length, line: awaiting.line)
        }
        paragraph = Paragraph()
    }

    /// Opens or closes the HTML block a line starts or ends (only to know where fences are).
    private mutating func trackHTMLBlock(_ start: Int, _ end: Int) {
        if case .some(.some(let marker)) = htmlEnd {
            if Self.contains(bytes, start, end, marker) { htmlEnd = nil }
            return
        }
        guard htmlEnd == nil else { return }
        var index = start
        while index < end, index - start < 4, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index - start < 4, index < end, bytes[index] == UInt8(ascii: "<") else { return }
        let marker = HTMLBlockStart.endMarker(bytes, index, end)
        if let marker, Self.contains(bytes, index + 1, end, marker) { return }
        htmlEnd = .some(marker)
    }

    private mutating func report(_ kind: Kind, line: Int, column: Int, _ message: String, hint: String) {
        guard reportedKinds.insert(kind).inserted else { return }
        violations.append(.init(line: line, byteColumn: column, message: message, hint: hint))
    }

    // MARK: Line tests

    /// The bytes the inline scan looks at: `[ ] * _ ~ < @ : .`, found 16 at a time: prose has one
    /// in 20 bytes or more, and the byte-by-byte loop was 2.2% of a topic corpus build's samples.
    static let specials = ByteSearch(Array("[]*_~<@:.".utf8))

    /// The offset of the first `byte` at or after `start`, found with `memchr`.
    static func offset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + start, Int32(byte), bytes.count - start)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        bytes[start..<end].allSatisfy(isBlank)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    /// The fence a line opens at its very start: three or more backticks (with none after) or tildes.
    private static func opensFence(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (UInt8, Int)? {
        guard start < end, bytes[start] == UInt8(ascii: "`") || bytes[start] == UInt8(ascii: "~") else { return nil }
        let mark = bytes[start]
        var index = start
        while index < end, bytes[index] == mark { index += 1 }
        guard index - start >= 3 else { return nil }
        if mark == UInt8(ascii: "`"), bytes[index..<end].contains(mark) { return nil }
        return (mark, index - start)
    }

    private static func closesFence(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ fence: (mark: UInt8, length: Int)
    ) -> Bool {
        var index = start
        while index < end, index - start < 3, bytes[index] == UInt8(ascii: " ") { index += 1 }
        let marks = index
        while index < end, bytes[index] == fence.mark { index += 1 }
        guard index - marks >= fence.length else { return false }
        return bytes[index..<end].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard start >= 0, start + count <= end else { return false }
        return (0..<count).allSatisfy { bytes[start + $0] == text.utf8Start[$0] }
    }

    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ marker: [UInt8])
        -> Bool
    {
        guard end - start >= marker.count, let first = marker.first else { return false }
        var index = start
        while index + marker.count <= end {
            if Self.lowercased(bytes[index]) == first,
                marker.indices.allSatisfy({ Self.lowercased(bytes[index + $0]) == marker[$0] })
            {
                return true
            }
            index += 1
        }
        return false
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
