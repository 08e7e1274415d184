/// A roadmap file split into its YAML front matter and its Markdown body.
struct FrontMatter: Sendable, Hashable {
    /// The YAML text between the `---` fences.
    var yaml: String
    /// The Markdown after the closing fence.
    var body: String
    /// The number of file lines before the body (for mapping body lines to file lines).
    var bodyLineOffset: Int

    /// The file line that holds the YAML's first line, minus one.
    static let yamlLineOffset = 1

    /// Splits a file's text, or reports why it has no usable front matter.
    static func split(_ text: String, path: String) -> Result<FrontMatter, Diagnostic> {
        let start = SourceLocation(file: path, line: 1, column: 1)
        if text.allSatisfy(\.isWhitespace) {
            return .failure(
                .error(
                    "the file is empty", at: start,
                    hint: "start it with front matter: a `---` line, `title: ...`, and a closing `---` line"))
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.popFirst(), isFence(first, closing: false) else {
            return .failure(
                .error(
                    "no front matter: the file must start with a `---` line", at: start,
                    hint: "put `---`, `title: ...` and a closing `---` at the top of the file"))
        }
        var yamlLines: [Substring] = []
        var lineNumber = 1
        while let line = lines.popFirst() {
            lineNumber += 1
            if isFence(line, closing: true) {
                return .success(
                    FrontMatter(
                        yaml: yamlLines.joined(separator: "\n"),
                        body: lines.joined(separator: "\n"),
                        bodyLineOffset: lineNumber))
            }
            yamlLines.append(line)
        }
        return .failure(
            .error(
                "the front matter is not closed", at: start,
                hint: "end the front matter with a `---` line before the Markdown starts"))
    }

    private static func isFence(_ line: Substring, closing: Bool) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == " " || last == "\t" { trimmed.removeLast() }
        return trimmed == "---" || (closing && trimmed == "...")
    }
}
