/// Fixes for YAML lines whose plain value holds what YAML reads as syntax.
enum YAMLQuoting {
    /// libyaml's complaint about a `: ` inside a plain value (`title: Go: the language`).
    static let colonInValueProblem = "mapping values are not allowed in this context"

    /// The line with its whole value quoted (`title: "Go: the language"`), without its
    /// indentation; nil when the line is not `key: value` or `- item`, or its value is quoted
    /// already. A trailing comment stays outside the quotes.
    static func quotingValue(ofLine line: Substring) -> String? {
        let text = line.drop(while: { $0 == " " })
        let prefix: Substring
        let value: Substring
        if text.hasPrefix("- ") {
            prefix = text.prefix(2)
            value = text.dropFirst(2)
        } else if let colon = text.firstRange(of: ": ") {
            prefix = text[..<colon.upperBound]
            value = text[colon.upperBound...]
        } else {
            return nil
        }
        var content = value.drop(while: { $0 == " " })
        var comment: Substring = ""
        if let mark = content.firstRange(of: " #") {
            comment = content[mark.lowerBound...]
            content = content[..<mark.lowerBound]
        }
        while content.last == " " { content = content.dropLast() }
        guard let first = content.first, first != "\"", first != "'" else { return nil }
        return prefix + quoted(content) + comment
    }

    /// `text` as a YAML quoted scalar: in double quotes, or in single quotes when it holds a
    /// double quote and no single one.
    static func quoted(_ text: Substring) -> String {
        if text.contains("\""), !text.contains("'") { return "'" + text + "'" }
        return "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }
}
