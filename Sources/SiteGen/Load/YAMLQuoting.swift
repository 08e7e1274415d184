/// Fixes for YAML lines whose plain value holds what YAML reads as syntax, or whose quote or
/// bracket is left open.
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

    /// The hint for a quote, `[` or `{` that opens at `opening` (libyaml's context mark: the
    /// 1-based line and column, in Unicode scalars, in `lines`) and is never closed: libyaml
    /// reached the end of the YAML in a quoted scalar (`problem` in `context`), or found no `,`
    /// where one was expected in a flow list or mapping that has no closing bracket anywhere
    /// after it. Nil for another cause. It names no line, and quotes none: the message is
    /// reported where the quote or bracket opens.
    static func unclosedHint(
        problem: String, context: String, opening: (line: Int, column: Int), lines: [Substring]
    ) -> String? {
        guard opening.line >= 1, opening.line <= lines.count, opening.column >= 1 else { return nil }
        let line = lines[opening.line - 1].unicodeScalars
        guard let index = line.index(line.startIndex, offsetBy: opening.column - 1, limitedBy: line.endIndex),
            index < line.endIndex
        else { return nil }
        let opener = line[index]
        switch opener {
        case "\"", "'":
            guard context.contains("quoted scalar"),
                problem == "found unexpected end of stream" || problem == "found unexpected document indicator"
            else { return nil }
            return "the `\(opener)` that starts here is not closed; end the value with `\(opener)`"
        case "[", "{":
            let closer: Unicode.Scalar = opener == "[" ? "]" : "}"
            let after = [Substring(line[line.index(after: index)...])] + lines.dropFirst(opening.line)
            guard context.contains("flow"), problem.hasPrefix("did not find expected ','"),
                !after.contains(where: { $0.unicodeScalars.contains(closer) })
            else { return nil }
            return "the `\(opener)` that starts here is not closed; end the \(opener == "[" ? "list" : "mapping") "
                + "with `\(closer)`"
        default:
            return nil
        }
    }

    /// `text` as a YAML quoted scalar: in double quotes, or in single quotes when it holds a
    /// double quote and no single one.
    static func quoted(_ text: Substring) -> String {
        if text.contains("\""), !text.contains("'") { return "'" + text + "'" }
        return "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }
}
