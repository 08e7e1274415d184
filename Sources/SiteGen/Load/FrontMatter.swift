/// A roadmap or topic file split into its YAML front matter and its Markdown body.
struct FrontMatter: Sendable, Hashable {
    /// The YAML text between the `---` fences.
    var yaml: String
    /// The Markdown after the closing fence.
    var body: String
    /// The number of file lines before the body (for mapping body lines to file lines).
    var bodyLineOffset: Int

    /// The file line that holds the YAML's first line, minus one.
    static let yamlLineOffset = 1

    /// Reads the file at `path` and splits it, or reports why it cannot be used.
    static func read(_ path: String, isRequired: Bool = true) -> Result<FrontMatter, Diagnostic> {
        InputText.read(path).flatMap { split($0, path: path, isRequired: isRequired) }
    }

    /// Splits a file's text, or reports why it has no usable front matter.
    ///
    /// Front matter is required in a roadmap file, where an empty file or one that does not
    /// start with a `---` line is an error. It is optional in a topic file (`isRequired`
    /// false): such a file is all body, with empty `yaml`.
    ///
    /// Only the front matter's lines are scanned; the body is copied in one piece.
    static func split(_ text: String, path: String, isRequired: Bool = true) -> Result<FrontMatter, Diagnostic> {
        let start = SourceLocation(file: path, line: 1, column: 1)
        if isRequired, text.allSatisfy(\.isWhitespace) {
            return .failure(
                .error(
                    "the file is empty", at: start,
                    hint: "start it with front matter: a `---` line, `title: ...`, and a closing `---` line; "
                        + AuthoringGuide.see("front-matter")))
        }
        var contiguous = text
        switch contiguous.withUTF8(FenceScan.init) {
        case .noOpeningFence:
            guard isRequired else { return .success(FrontMatter(yaml: "", body: text, bodyLineOffset: 0)) }
            return .failure(
                .error(
                    "no front matter: the file must start with a `---` line", at: start,
                    hint: "put `---`, `title: ...` and a closing `---` at the top of the file; "
                        + AuthoringGuide.see("front-matter")))
        case .notClosed:
            return .failure(
                .error(
                    "the front matter is not closed", at: start,
                    hint: "end the front matter with a `---` line before the Markdown starts"))
        case .closed(let yaml, let body, let closingLine):
            let utf8 = text.utf8
            func slice(_ offsets: Range<Int>) -> String {
                let lower = utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)
                let upper = utf8.index(lower, offsetBy: offsets.count)
                return String(text[lower..<upper])
            }
            return .success(FrontMatter(yaml: slice(yaml), body: slice(body), bodyLineOffset: closingLine))
        }
    }
}

/// Where the front matter's fences are in a file's UTF-8 bytes; lines end at `\n` (`InputText`
/// has turned every other line ending into one).
private enum FenceScan {
    /// The first line is not `---`.
    case noOpeningFence
    /// No `---` or `...` line follows the opening one.
    case notClosed
    /// The byte ranges of the YAML and the body, and the closing fence's 1-based line.
    case closed(yaml: Range<Int>, body: Range<Int>, closingLine: Int)

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let firstEnd = Self.lineEnd(in: bytes, from: 0)
        guard Self.isFence(bytes[0..<firstEnd], closing: false) else {
            self = .noOpeningFence
            return
        }
        let yamlStart = firstEnd + 1
        var lineStart = yamlStart
        var line = 1
        while lineStart <= bytes.count {
            line += 1
            let end = Self.lineEnd(in: bytes, from: lineStart)
            if Self.isFence(bytes[lineStart..<end], closing: true) {
                self = .closed(
                    yaml: yamlStart..<max(yamlStart, lineStart - 1), body: min(end + 1, bytes.count)..<bytes.count,
                    closingLine: line)
                return
            }
            lineStart = end + 1
        }
        self = .notClosed
    }

    /// The offset of the `\n` that ends the line starting at `start`, or the end of the text.
    private static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { return index }
            index += 1
        }
        return bytes.count
    }

    /// Whether a line is `---` (or, closing, `...`), ignoring trailing spaces and tabs.
    private static func isFence(_ line: Slice<UnsafeBufferPointer<UInt8>>, closing: Bool) -> Bool {
        var end = line.endIndex
        while end > line.startIndex, line[end - 1] == UInt8(ascii: " ") || line[end - 1] == UInt8(ascii: "\t") {
            end -= 1
        }
        guard end - line.startIndex == 3 else { return false }
        let marks = line[line.startIndex..<end]
        return marks.allSatisfy { $0 == UInt8(ascii: "-") } || (closing && marks.allSatisfy { $0 == UInt8(ascii: ".") })
    }
}
