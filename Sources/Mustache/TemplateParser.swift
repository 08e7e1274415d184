import Foundation

/// Parses Mustache templates into nodes: variables, sections, inverted sections, comments,
/// partials, set-delimiter tags and inheritance (parents and blocks), each tag with its position.
///
/// Whitespace follows the specification (`specs/*.yml` of github.com/mustache/spec): a line
/// holding only a standalone tag leaves no trace in the output; every line a standalone partial,
/// parent or block brings in is indented as the tag was (the `.lineStart` nodes mark where);
/// inside a parent, where text is ignored, a tag may stand alone after the parent's opening tag
/// or after a block; and the lines of a block whose opening tag is standalone lose the
/// indentation the first of them has (its intrinsic indentation), which becomes the block's.
struct TemplateParser {
    private let source: [UInt8]
    private var offset = 0
    private var open: [UInt8] = Self.defaultOpen
    private var close: [UInt8] = Self.defaultClose
    private var frames: [Frame]
    private var positions = TextPositions()
    /// Whether the current line has no node yet, so that the next node starts it.
    private var atLineStart = true

    private static let defaultOpen = Array("{{".utf8)
    private static let defaultClose = Array("}}".utf8)

    private init(_ text: String) {
        source = Array(text.utf8)
        frames = [Frame(kind: .root, name: "", position: TemplatePosition(line: 1, column: 1))]
    }

    /// The nodes of `text`; throws the first syntax error.
    static func parse(_ text: String) throws(TemplateSyntaxError) -> [TemplateNode] {
        var parser = TemplateParser(text)
        return try parser.parseAll()
    }

    private mutating func parseAll() throws(TemplateSyntaxError) -> [TemplateNode] {
        var textStart = 0
        while let tagStart = find(open, from: offset) {
            let tag = try readTag(at: tagStart)
            let left = tag.mayStandAlone ? leftClearance(before: tag.start, closing: tag.sigil == "/") : nil
            let right = tag.mayStandAlone ? rightClearance(after: tag.end) : nil
            let standalone = left != nil && right != nil
            // A parent's or block's opening tag with only whitespace before it may still stand
            // alone with its closing tag: its whitespace waits for that tag.
            let waits = !standalone && left != nil && (tag.sigil == "<" || (tag.sigil == "$" && !inParent))
            appendText(from: textStart, to: standalone || waits ? left! : tag.start)
            let whitespace = left.map { indentation(from: $0, to: tag.start) } ?? []
            offset = standalone ? right! : tag.end
            textStart = offset

            switch tag.sigil {
            case "!":
                break
            case "=":
                guard tag.body.hasSuffix("="), let delimiters = Self.delimiters(String(tag.body.dropLast())) else {
                    throw TemplateSyntaxError(message: "a set-delimiter tag is malformed", position: tag.position)
                }
                (open, close) = delimiters
            case "#", "^":
                if !standalone { startLine() }
                frames.append(frame(tag.sigil == "#" ? .section : .inverted, for: tag))
            case "$":
                openBlock(tag, standalone: standalone, waitingWhitespace: waits ? whitespace : nil)
            case "<":
                var frame = frame(.parent, for: tag)
                if standalone {
                    frame.indentation = whitespace
                    frame.standalone = true
                } else if waits {
                    frame.waiting = (whitespace, atLineStart)
                } else {
                    startLine()
                }
                frame.clearFrom = offset
                frames.append(frame)
            case "/":
                try closeFrame(tag, standalone: standalone, endsLine: right != nil)
            case ">":
                if standalone {
                    append(.partial(name: tag.name, indentation: whitespace, at: tag.position))
                } else {
                    startLine()
                    append(.partial(name: tag.name, indentation: nil, at: tag.position))
                }
            default:
                startLine()
                append(.variable(path: TemplateNode.path(tag.name), escaped: tag.sigil == " ", at: tag.position))
            }
            if standalone, offset > tag.end, source[offset - 1] == UInt8(ascii: "\n") { atLineStart = true }
        }
        appendText(from: textStart, to: source.count)
        if frames.count > 1, let unclosed = frames.last {
            throw TemplateSyntaxError(
                message: "`\(unclosed.name)` is opened here but never closed", position: unclosed.position)
        }
        return frames[0].nodes
    }

    // MARK: Tags

    /// One tag: its kind (`#`, `^`, `/`, `!`, `>`, `<`, `$`, `=`, `&`, or a space for an escaped
    /// variable), its trimmed name, and where it starts and ends.
    private struct Tag {
        var sigil: Character
        var name: String
        /// What follows the sigil, untrimmed (a set-delimiter tag's content).
        var body: String
        var start: Int
        var end: Int
        var position: TemplatePosition

        /// Whether the tag may stand alone on its line (variables never do).
        var mayStandAlone: Bool { sigil != " " && sigil != "&" }
    }

    private mutating func readTag(at tagStart: Int) throws(TemplateSyntaxError) -> Tag {
        let position = positions.position(of: tagStart, in: source)
        var contentStart = tagStart + open.count
        var isTriple = false
        if open == Self.defaultOpen, contentStart < source.count, source[contentStart] == UInt8(ascii: "{") {
            isTriple = true
            contentStart += 1
        }
        let closing = isTriple ? Array("}".utf8) + close : close
        guard let contentEnd = find(closing, from: contentStart) else {
            throw TemplateSyntaxError(
                message: "a tag is not closed with `\(String(decoding: close, as: UTF8.self))`", position: position)
        }
        var body = String(decoding: source[contentStart..<contentEnd], as: UTF8.self)
        var sigil: Character = isTriple ? "&" : " "
        if !isTriple, let first = body.first, "#^/!>&<$=".contains(first) {
            sigil = first
            body.removeFirst()
        }
        let name = body.trimmingCharacters(in: .whitespacesAndNewlines)
        if sigil != "!", sigil != "=", name.isEmpty {
            throw TemplateSyntaxError(message: "a tag has no name", position: position)
        }
        if sigil == ">" || sigil == "<", name.hasPrefix("*") {
            throw TemplateSyntaxError(
                message: "a template name taken from the data (`\(name)`) is not supported", position: position)
        }
        return Tag(
            sigil: sigil, name: name, body: body, start: tagStart, end: contentEnd + closing.count, position: position)
    }

    // MARK: Sections, parents and blocks

    /// An open section, parent or block and what it holds so far.
    private struct Frame {
        enum Kind { case root, section, inverted, parent, block }
        var kind: Kind
        var name: String
        var position: TemplatePosition
        var nodes: [TemplateNode] = []
        /// Whitespace taken off the start of each line inside: the intrinsic indentation of this
        /// block and of the blocks around it.
        var strip: [UInt8] = []
        /// A parent's: where a tag directly inside may start its line (text there is ignored):
        /// the end of the parent's opening tag or of the last block closed in it.
        var clearFrom: Int?
        /// Whether the opening tag stood alone on its line.
        var standalone = false
        /// A block's or parent's indentation, once known.
        var indentation: [UInt8] = []
        /// For a parent's or block's opening tag that had only whitespace before it but did not
        /// stand alone: that whitespace, and whether its line had started before it.
        var waiting: (whitespace: [UInt8], atLineStart: Bool)?
    }

    /// A new frame for `tag`'s section, parent or block, inside the innermost open frame.
    private func frame(_ kind: Frame.Kind, for tag: Tag) -> Frame {
        var frame = Frame(kind: kind, name: tag.name, position: tag.position)
        frame.strip = frames[frames.count - 1].strip
        return frame
    }

    /// Whether the innermost open frame is a parent (where blocks are arguments, not places).
    private var inParent: Bool { frames[frames.count - 1].kind == .parent }

    private mutating func openBlock(_ tag: Tag, standalone: Bool, waitingWhitespace: [UInt8]?) {
        var frame = frame(.block, for: tag)
        if standalone {
            frame.indentation = indentation(ofLineAt: offset)
            frame.strip += frame.indentation
        } else if let whitespace = waitingWhitespace {
            frame.waiting = (whitespace, atLineStart)
            atLineStart = true
        } else if inParent {
            atLineStart = true
        } else {
            startLine()
        }
        frames.append(frame)
    }

    private mutating func closeFrame(_ tag: Tag, standalone: Bool, endsLine: Bool) throws(TemplateSyntaxError) {
        let frame = frames[frames.count - 1]
        guard frame.kind != .root else {
            throw TemplateSyntaxError(message: "`\(tag.name)` is closed but was never opened", position: tag.position)
        }
        guard frame.name == tag.name else {
            throw TemplateSyntaxError(
                message:
                    "`\(tag.name)` is closed, but the open section is `\(frame.name)` (line \(frame.position.line))",
                position: tag.position)
        }
        if !standalone, frame.kind != .parent { startLine() }
        frames.removeLast()
        switch frame.kind {
        case .root:
            break
        case .section, .inverted:
            append(
                .section(
                    path: TemplateNode.path(frame.name), inverted: frame.kind == .inverted, children: frame.nodes,
                    at: frame.position))
        case .block:
            var children = frame.nodes
            var indentation = frame.indentation
            if let waiting = frame.waiting {
                if endsLine {
                    indentation = waiting.whitespace
                } else {
                    if children.first == .lineStart { children.removeFirst() }
                    emitWaiting(waiting)
                }
                atLineStart = false
            }
            append(.block(name: frame.name, indentation: indentation, children: children, at: frame.position))
        case .parent:
            var indentation: [UInt8]? = nil
            if let waiting = frame.waiting {
                if endsLine { indentation = waiting.whitespace } else { emitWaiting(waiting) }
            } else if frame.standalone {
                indentation = frame.indentation
            }
            atLineStart = false
            var blocks: [String: [TemplateNode]] = [:]
            for case .block(let name, _, let children, _) in frame.nodes where blocks[name] == nil {
                blocks[name] = children
            }
            append(.parent(name: frame.name, indentation: indentation, blocks: blocks, at: frame.position))
        }
        if inParent { frames[frames.count - 1].clearFrom = offset }
    }

    // MARK: Text and lines

    /// Appends `node` to the innermost open frame.
    private mutating func append(_ node: TemplateNode) {
        frames[frames.count - 1].nodes.append(node)
    }

    /// Marks the start of the current line before its first node.
    private mutating func startLine() {
        guard atLineStart else { return }
        append(.lineStart)
        atLineStart = false
    }

    /// Writes the whitespace a parent or block tag held back, once it is known not to stand alone.
    private mutating func emitWaiting(_ waiting: (whitespace: [UInt8], atLineStart: Bool)) {
        if waiting.atLineStart { append(.lineStart) }
        if !waiting.whitespace.isEmpty { append(.text(waiting.whitespace)) }
    }

    /// Appends `source[start..<end]` as text, one line per node, without the inner blocks'
    /// intrinsic indentation at the start of each line.
    private mutating func appendText(from start: Int, to end: Int) {
        var lineStart = start
        while lineStart < end {
            var lineEnd = lineStart
            while lineEnd < end, source[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let endsWithNewline = lineEnd < end
            if endsWithNewline { lineEnd += 1 }
            var textStart = lineStart
            if isLineStart(lineStart) { textStart += stripped(at: lineStart, before: lineEnd) }
            if textStart < lineEnd {
                startLine()
                append(.text(Array(source[textStart..<lineEnd])))
            }
            if endsWithNewline { atLineStart = true }
            lineStart = lineEnd
        }
    }

    private func isLineStart(_ index: Int) -> Bool {
        index == 0 || source[index - 1] == UInt8(ascii: "\n")
    }

    /// How many bytes at `index` (a line's start) are the innermost frame's strip, or its start.
    private func stripped(at index: Int, before end: Int) -> Int {
        let strip = frames[frames.count - 1].strip
        var count = 0
        while count < strip.count, index + count < end, source[index + count] == strip[count] { count += 1 }
        return count
    }

    /// The whitespace `source[start..<end]`, without the strip when `start` begins a line.
    private func indentation(from start: Int, to end: Int) -> [UInt8] {
        let skip = isLineStart(start) ? stripped(at: start, before: end) : 0
        return Array(source[(start + skip)..<end])
    }

    /// The spaces and tabs the line at `start` begins with, after the strip.
    private func indentation(ofLineAt start: Int) -> [UInt8] {
        var end = start
        while end < source.count, source[end] == UInt8(ascii: " ") || source[end] == UInt8(ascii: "\t") { end += 1 }
        return indentation(from: start, to: end)
    }

    /// Where the whitespace before a tag starts, when only spaces and tabs are between the tag
    /// and its line's start (or, directly inside a parent, the parent's clear point); else nil.
    /// A parent's closing tag stands alone after its clear point only when its opening tag had
    /// nothing but whitespace before it: the pair then stands alone as one tag would.
    private func leftClearance(before tagStart: Int, closing: Bool) -> Int? {
        let frame = frames[frames.count - 1]
        let clearFrom = closing && !frame.standalone && frame.waiting == nil ? nil : frame.clearFrom
        var start = tagStart
        while start > 0, source[start - 1] != UInt8(ascii: "\n"), start != clearFrom {
            guard source[start - 1] == UInt8(ascii: " ") || source[start - 1] == UInt8(ascii: "\t") else {
                return nil
            }
            start -= 1
        }
        return start
    }

    /// Just past the newline that ends a tag's line, when only whitespace follows the tag on
    /// it (the end of the text when the line has no newline); else nil.
    private func rightClearance(after tagEnd: Int) -> Int? {
        var end = tagEnd
        while end < source.count, source[end] != UInt8(ascii: "\n") {
            guard [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r")].contains(source[end]) else { return nil }
            end += 1
        }
        return end < source.count ? end + 1 : end
    }

    /// The new open and close delimiters of a set-delimiter tag's content (`<% %>`).
    private static func delimiters(_ content: String) -> ([UInt8], [UInt8])? {
        let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard parts.count == 2, !parts[0].contains("="), !parts[1].contains("=") else { return nil }
        return (Array(parts[0].utf8), Array(parts[1].utf8))
    }

    /// The first offset at or after `start` where `pattern` occurs.
    private func find(_ pattern: [UInt8], from start: Int) -> Int? {
        guard !pattern.isEmpty, source.count >= pattern.count else { return nil }
        var index = start
        let last = source.count - pattern.count
        while index <= last {
            if source[index] == pattern[0] {
                var matched = true
                for offset in 1..<pattern.count where source[index + offset] != pattern[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}
