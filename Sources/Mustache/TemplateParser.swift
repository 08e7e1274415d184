import Foundation

/// Parses Mustache templates: variables, sections, inverted sections, comments, partials,
/// set-delimiter tags and inheritance (parents and blocks), with the specification's rule that
/// a line holding only a standalone tag leaves no trace in the output.
public struct TemplateParser {
    private let source: [UInt8]
    private var position = 0
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)

    /// An open section, parent or block and what it holds so far.
    private struct Frame {
        enum Kind { case root, section, inverted, parent, block }
        var kind: Kind
        var name: String
        var nodes: [TemplateNode] = []
        var offset: Int
    }

    private init(_ text: String) {
        source = Array(text.utf8)
    }

    /// The nodes of `text`, or the first syntax error with its line and column.
    public static func parse(_ text: String) -> Result<[TemplateNode], TemplateSyntaxError> {
        var parser = TemplateParser(text)
        return parser.parseAll()
    }

    private mutating func parseAll() -> Result<[TemplateNode], TemplateSyntaxError> {
        var frames = [Frame(kind: .root, name: "", offset: 0)]
        var textStart = 0
        while let tagStart = find(open, from: position) {
            var contentStart = tagStart + open.count
            var isTriple = false
            if open == Array("{{".utf8), contentStart < source.count, source[contentStart] == UInt8(ascii: "{") {
                isTriple = true
                contentStart += 1
            }
            let closing = isTriple ? Array("}".utf8) + close : close
            guard let contentEnd = find(closing, from: contentStart) else {
                return .failure(
                    error("a tag is not closed with `\(String(decoding: close, as: UTF8.self))`", at: tagStart))
            }
            let tagEnd = contentEnd + closing.count
            var content = String(decoding: source[contentStart..<contentEnd], as: UTF8.self)
            var sigil: Character = isTriple ? "&" : " "
            if !isTriple, let first = content.first, "#^/!>&<$=".contains(first) {
                sigil = first
                content.removeFirst()
            }
            let name = content.trimmingCharacters(in: .whitespacesAndNewlines)

            var lineStart = tagStart
            var lineEnd = tagEnd
            let standalone = sigil != " " && sigil != "&" && isStandalone(tagStart, tagEnd, &lineStart, &lineEnd)
            appendText(from: textStart, to: standalone ? lineStart : tagStart, into: &frames)
            position = standalone ? lineEnd : tagEnd
            textStart = position

            if sigil != "!", sigil != "=", name.isEmpty {
                return .failure(error("a tag has no name", at: tagStart))
            }
            switch sigil {
            case "!":
                continue
            case "=":
                guard content.hasSuffix("="), let delimiters = Self.delimiters(String(content.dropLast())) else {
                    return .failure(error("a set-delimiter tag is malformed", at: tagStart))
                }
                (open, close) = delimiters
            case "#", "^", "<", "$":
                let kind: Frame.Kind =
                    sigil == "#" ? .section : sigil == "^" ? .inverted : sigil == "<" ? .parent : .block
                frames.append(Frame(kind: kind, name: name, offset: tagStart))
            case "/":
                let frame = frames.removeLast()
                guard frame.kind != .root else {
                    return .failure(error("`\(name)` is closed but was never opened", at: tagStart))
                }
                guard frame.name == name else {
                    let (line, _) = lineAndColumn(frame.offset)
                    return .failure(
                        error(
                            "`\(name)` is closed, but the open section is `\(frame.name)` (line \(line))", at: tagStart)
                    )
                }
                frames[frames.count - 1].nodes.append(Self.node(for: frame))
            case ">":
                frames[frames.count - 1].nodes.append(.partial(name: name))
            default:
                frames[frames.count - 1].nodes.append(.variable(path: TemplateNode.path(name), escaped: sigil == " "))
            }
        }
        appendText(from: textStart, to: source.count, into: &frames)
        if frames.count > 1, let unclosed = frames.last {
            return .failure(error("`\(unclosed.name)` is opened here but never closed", at: unclosed.offset))
        }
        return .success(frames[0].nodes)
    }

    /// The node a closed frame becomes.
    private static func node(for frame: Frame) -> TemplateNode {
        switch frame.kind {
        case .section, .root:
            return .section(path: TemplateNode.path(frame.name), inverted: false, children: frame.nodes)
        case .inverted:
            return .section(path: TemplateNode.path(frame.name), inverted: true, children: frame.nodes)
        case .block:
            return .block(name: frame.name, children: frame.nodes)
        case .parent:
            var blocks: [String: [TemplateNode]] = [:]
            for case .block(let name, let children) in frame.nodes where blocks[name] == nil {
                blocks[name] = children
            }
            return .parent(name: frame.name, blocks: blocks)
        }
    }

    private func appendText(from start: Int, to end: Int, into frames: inout [Frame]) {
        guard end > start else { return }
        frames[frames.count - 1].nodes.append(.text(Array(source[start..<end])))
    }

    /// Whether the tag is alone on its line (only spaces and tabs beside it); if so, sets the
    /// range to drop: from the line's start to just past its newline.
    private func isStandalone(_ tagStart: Int, _ tagEnd: Int, _ lineStart: inout Int, _ lineEnd: inout Int) -> Bool {
        var start = tagStart
        while start > 0, source[start - 1] != UInt8(ascii: "\n") {
            guard source[start - 1] == UInt8(ascii: " ") || source[start - 1] == UInt8(ascii: "\t") else {
                return false
            }
            start -= 1
        }
        var end = tagEnd
        while end < source.count, source[end] != UInt8(ascii: "\n") {
            guard [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r")].contains(source[end]) else {
                return false
            }
            end += 1
        }
        lineStart = start
        lineEnd = end < source.count ? end + 1 : end
        return true
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

    private func error(_ message: String, at offset: Int) -> TemplateSyntaxError {
        let (line, column) = lineAndColumn(offset)
        return TemplateSyntaxError(message: message, line: line, column: column)
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset.
    private func lineAndColumn(_ offset: Int) -> (Int, Int) {
        var line = 1
        var column = 1
        for byte in source.prefix(max(offset, 0)) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
