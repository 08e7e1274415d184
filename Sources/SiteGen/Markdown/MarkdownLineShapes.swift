/// What `MarkdownLimitScan` reads off one line of Markdown (UTF-8 bytes `start..<end`, without
/// its line feed), each as CommonMark and cmark-gfm 0.29.0.gfm.6 read it, or more when unsure.

/// The block quote markers, list markers and footnote labels a line starts with.
struct ContainerPrefix {
    /// How deeply the line may be nested: its markers, and half its indentation (a nested list
    /// item is indented at least two columns more than its parent).
    var depth = 0
    /// Where the text starts, after every marker (and a heading's `#`s).
    var contentStart: Int
    /// Where the text starts after the block quote markers only.
    var quoteContentStart: Int
    /// Whether the line surely starts a block of its own: a heading or a bullet item with text,
    /// at most three spaces in (then it interrupts any paragraph or table).
    var startsBlock = false
    /// The number of block quote markers the line starts with.
    var quotes = 0
    /// Whether the line is plain text at most three spaces in after its block quote markers:
    /// no list marker, footnote label, heading or HTML.
    var isPlain = false

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        var index = start
        var columns = 0
        var markers = 0
        var run = 0
        func skipSpaces() {
            run = 0
            while index < end, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
                let width = bytes[index] == UInt8(ascii: "\t") ? 4 : 1
                columns += width
                run += width
                index += 1
            }
        }
        func isSpaceOrEnd(_ position: Int) -> Bool {
            position >= end || bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t")
        }
        skipSpaces()
        while index < end, bytes[index] == UInt8(ascii: ">") {
            markers += 1
            index += 1
            skipSpaces()
        }
        quoteContentStart = index
        quotes = markers
        isPlain = run <= 3 && index < end && bytes[index] != UInt8(ascii: "<")
        if run <= 3, index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") {
                var text = index + 1
                while text < end, bytes[text] == UInt8(ascii: " ") || bytes[text] == UInt8(ascii: "\t") { text += 1 }
                startsBlock = text > index + 1 && text < end
            } else if byte == UInt8(ascii: "#") {
                var marks = index
                while marks < end, bytes[marks] == UInt8(ascii: "#") { marks += 1 }
                startsBlock = marks - index <= 6 && isSpaceOrEnd(marks)
            }
        }
        // A thematic break (`* * *`) is made of markers alone and nests nothing.
        let isBreak = Self.isThematicBreak(bytes, index, end)
        while !isBreak, index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") {
                index += 1
            } else if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+"))
                && isSpaceOrEnd(index + 1)
            {
                index += 1
            } else if let after = Self.orderedMarkerEnd(bytes, index, end), isSpaceOrEnd(after) {
                index = after
            } else if let after = Self.footnoteLabelEnd(bytes, index, end) {
                index = after
            } else {
                break
            }
            markers += 1
            isPlain = false
            skipSpaces()
        }
        if index < end, bytes[index] == UInt8(ascii: "#") {
            var marks = index
            while marks < end, bytes[marks] == UInt8(ascii: "#") { marks += 1 }
            if marks - index <= 6, isSpaceOrEnd(marks) {
                index = marks
                isPlain = false
                skipSpaces()
            }
        }
        contentStart = index
        depth = markers + columns / 2
    }

    /// Where `1.` or `1)` (one to nine digits) ends, if the line has one at `index`.
    private static func orderedMarkerEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int? {
        var position = index
        while position < end, position - index < 9, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
            position += 1
        }
        guard position > index, position < end,
            bytes[position] == UInt8(ascii: ".") || bytes[position] == UInt8(ascii: ")")
        else { return nil }
        return position + 1
    }

    /// Where `[^label]:` ends, if the line has one at `index`.
    private static func footnoteLabelEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int? {
        guard MarkdownLimitScan.hasPrefix(bytes, index, end, "[^") else { return nil }
        var position = index + 2
        while position < end, bytes[position] != UInt8(ascii: "]") { position += 1 }
        guard position + 1 < end, bytes[position + 1] == UInt8(ascii: ":") else { return nil }
        return position + 2
    }

    private static func isThematicBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        guard index < end else { return false }
        let mark = bytes[index]
        guard mark == UInt8(ascii: "-") || mark == UInt8(ascii: "*") || mark == UInt8(ascii: "_") else { return false }
        var count = 0
        for byte in bytes[index..<end] {
            if byte == mark {
                count += 1
            } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") {
                return false
            }
        }
        return count >= 3
    }
}

/// A line read as a table row: its pipes, its cells as cmark-gfm counts them, and whether it is
/// shaped like a delimiter row (`| --- | :-: |`).
struct TableRowShape {
    /// The pipes that separate cells (`\|` does not).
    var pipes = 0
    /// The position of the last such pipe.
    var lastPipe: Int?
    /// The cells cmark-gfm finds: one more than the pipes, less a leading and a trailing one.
    var cells = 0
    /// Whether the line is `|? marker (| marker)* |?`, a marker being `:?-+:?` within blanks.
    var isDelimiterRow = false
    /// Whether the line holds a `|` or a `:`, which a setext heading's underline does not.
    var isNotUnderline = false

    /// The shape of the line; `hasPipe` says whether it holds a `|` (without one, it is one
    /// cell, and only a line starting with `-` or `:` may be a delimiter row).
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hasPipe: Bool) {
        func isBlank(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == 0x0B || byte == 0x0C
        }
        var first = start
        while first < end, isBlank(bytes[first]) { first += 1 }
        guard first < end else { return }
        if !hasPipe, bytes[first] != UInt8(ascii: "-"), bytes[first] != UInt8(ascii: ":") {
            cells = 1
            return
        }
        var last = end
        while last > first, isBlank(bytes[last - 1]) { last -= 1 }
        var index = first
        var trailingPipe = false
        // Without a pipe the loop counts nothing (a list item's line, `- [link](url)`, came here).
        if !hasPipe { index = last }
        while index < last {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < last, Self.isPunctuation(bytes[index + 1]) {
                index += 2
                trailingPipe = false
                continue
            }
            if byte == UInt8(ascii: "|") {
                pipes += 1
                lastPipe = index
            }
            trailingPipe = byte == UInt8(ascii: "|")
            index += 1
        }
        cells = pipes + 1 - (bytes[first] == UInt8(ascii: "|") ? 1 : 0) - (trailingPipe ? 1 : 0)
        isNotUnderline = pipes > 0 || bytes[first..<last].contains(UInt8(ascii: ":"))
        isDelimiterRow = Self.isDelimiterRow(bytes[first..<last])
    }

    private static func isDelimiterRow(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var markers = 0
        var dashes = 0
        var afterDashes = false
        var index = line.startIndex
        if line[index] == UInt8(ascii: "|") { index += 1 }
        var sawContent = false
        while index < line.endIndex {
            let byte = line[index]
            switch byte {
            case UInt8(ascii: "|"):
                guard dashes > 0 else { return false }
                markers += 1
                dashes = 0
                afterDashes = false
                sawContent = false
            case UInt8(ascii: "-"):
                guard !afterDashes else { return false }
                dashes += 1
                sawContent = true
            case UInt8(ascii: ":"):
                if dashes > 0 { afterDashes = true } else if sawContent { return false }
                sawContent = true
            case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0B, 0x0C:
                if dashes > 0 { afterDashes = true }
            default:
                return false
            }
            index += 1
        }
        return dashes > 0 || (markers > 0 && !sawContent)
    }

    /// ASCII punctuation, which a backslash escapes.
    static func isPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }
}

/// Where a possible link reference definition's title is, from just after its `]:`.
enum ReferenceTitle {
    enum Shape {
        /// The title opens and does not close on the line: it may run to the paragraph's end.
        case open
        /// The definition ends on its line.
        case closed
        /// Nothing follows the destination: a title may start on the next line.
        case mayFollow
    }

    static func afterDestination(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Shape {
        var index = skipBlanks(bytes, start, end)
        guard index < end else { return .open }
        if bytes[index] == UInt8(ascii: "<") {
            while index < end, bytes[index] != UInt8(ascii: ">") { index += 1 }
            index += 1
        } else {
            while index < end, bytes[index] != UInt8(ascii: " "), bytes[index] != UInt8(ascii: "\t") { index += 1 }
        }
        index = skipBlanks(bytes, index, end)
        guard index < end else { return .mayFollow }
        return staysOpen(bytes, index, end) ? .open : .closed
    }

    /// Whether a line starts (after blanks) a title that it does not close.
    static func opensAndStaysOpen(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let index = skipBlanks(bytes, start, end)
        return index < end && staysOpen(bytes, index, end)
    }

    /// Whether the title opening at `index` (with `"`, `'` or `(`) has no closing mark on the line.
    private static func staysOpen(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        let open = bytes[index]
        let close: UInt8
        switch open {
        case UInt8(ascii: "\""), UInt8(ascii: "'"): close = open
        case UInt8(ascii: "("): close = UInt8(ascii: ")")
        default: return false
        }
        var position = index + 1
        while position < end {
            if bytes[position] == UInt8(ascii: "\\") {
                position += 2
                continue
            }
            if bytes[position] == close { return false }
            position += 1
        }
        return true
    }

    private static func skipBlanks(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var index = start
        while index < end, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        return index
    }
}

/// The kinds of HTML block CommonMark ends at a given text (4.6, kinds 1 to 5), by their start.
enum HTMLBlockStart {
    /// The lowercase text that ends the block starting with `<` at `index`; nil for a block that
    /// ends at a blank line.
    static func endMarker(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> [UInt8]? {
        let after = index + 1
        for name in ["script", "pre", "style", "textarea"] {
            let tagEnd = after + name.utf8.count
            guard tagEnd <= end,
                zip(bytes[after..<tagEnd], name.utf8).allSatisfy({ MarkdownLimitScan.lowercased($0) == $1 })
            else { continue }
            if tagEnd == end || [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ">")].contains(bytes[tagEnd]) {
                return Array("</\(name)>".utf8)
            }
        }
        if MarkdownLimitScan.hasPrefix(bytes, after, end, "!--") { return Array("-->".utf8) }
        if MarkdownLimitScan.hasPrefix(bytes, after, end, "?") { return Array("?>".utf8) }
        if MarkdownLimitScan.hasPrefix(bytes, after, end, "![CDATA[") { return Array("]]>".utf8) }
        if MarkdownLimitScan.hasPrefix(bytes, after, end, "!"), after + 1 < end,
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(MarkdownLimitScan.lowercased(bytes[after + 1]))
        {
            return Array(">".utf8)
        }
        return nil
    }
}

/// cmark-gfm 0.29.0.gfm.6's autolink extension checks the text before a `:` that precedes an
/// address (`to:me@example.org`) against `mailto:` and `xmpp:`, reading back past the start of
/// its buffer when that text starts a paragraph, heading or table cell (GHSA-c944-cv5f-hpvr).
enum ProtocolPrefix {
    /// Whether the `:` at `colon` is followed by an address and preceded, back to where a
    /// buffer may start (the line's text, or a table cell), by the end of `mailto` or `xmpp`.
    static func readsBeforeItsText(
        _ bytes: UnsafeBufferPointer<UInt8>, colon: Int, _ end: Int, contentStart: Int
    ) -> Bool {
        var index = colon + 1
        while index < end, isLocalPart(bytes[index]) { index += 1 }
        guard index + 1 < end, bytes[index] == UInt8(ascii: "@"), MarkdownLimitScan.isAlphanumeric(bytes[index + 1])
        else { return false }
        var starts = [contentStart]
        var cell = colon
        while cell > contentStart, bytes[cell - 1] != UInt8(ascii: "|") { cell -= 1 }
        if cell > contentStart {
            while cell < colon, bytes[cell] == UInt8(ascii: " ") || bytes[cell] == UInt8(ascii: "\t") { cell += 1 }
            starts.append(cell)
        }
        return starts.contains { start in
            guard start <= colon, colon - start <= 6 else { return false }
            let before = Array(bytes[start..<colon])
            return Array("mailto".utf8).reversed().starts(with: before.reversed())
                || Array("xmpp".utf8).reversed().starts(with: before.reversed())
        }
    }

    private static func isLocalPart(_ byte: UInt8) -> Bool {
        MarkdownLimitScan.isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
}
