import Yams

/// A YAML mapping read from a file (front matter or `site.yml`), with typed, located access
/// to its values. Every getter reports a wrongly typed value into the diagnostics it is given.
struct YAMLFields {
    /// The deepest nesting accepted; deeper YAML is refused before it is parsed.
    static let maximumNesting = 64

    let path: String
    /// The file line before the YAML's first line.
    let lineOffset: Int
    /// The keys in the order written, with their key and value nodes.
    let entries: [(key: String, keyNode: YAMLNode, value: YAMLNode)]

    /// Parses `yaml`, reporting syntax errors at their file line and column.
    ///
    /// One-line `key: value` mappings are read by `FlatYAML`; anything else by Yams.
    static func parse(
        _ yaml: String, path: String, lineOffset: Int, emptyIsMapping: Bool = true
    ) -> Result<YAMLFields, Diagnostic> {
        if let entries = FlatYAML.entries(of: yaml) {
            return .success(YAMLFields(path: path, lineOffset: lineOffset, entries: entries))
        }
        return parseWithYams(yaml, path: path, lineOffset: lineOffset)
    }

    /// Parses `yaml` with Yams (which is told the text is UTF-8, rather than asked to find out
    /// for every file from the environment).
    static func parseWithYams(_ yaml: String, path: String, lineOffset: Int) -> Result<YAMLFields, Diagnostic> {
        if let line = YAMLNesting.firstLineDeeperThan(maximumNesting, in: yaml) {
            return .failure(
                .error(
                    "the YAML is nested more than \(maximumNesting) levels deep",
                    at: SourceLocation(file: path, line: lineOffset + line, column: 1)))
        }
        if let alias = YAMLAliases.firstAlias(in: yaml) {
            return .failure(
                .error(
                    "YAML aliases (`*name`) are not allowed here",
                    at: SourceLocation(file: path, line: lineOffset + alias.line, column: alias.column),
                    hint: "write the value out in full"))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, in: yaml, path: path, lineOffset: lineOffset))
        } catch {
            return .failure(
                .error(
                    "the YAML cannot be read: \(Excerpt.of(String(describing: error)))",
                    at: SourceLocation(file: path, line: lineOffset + 1)))
        }
        guard let root else {
            return .success(YAMLFields(path: path, lineOffset: lineOffset, entries: []))
        }
        guard case .mapping(let mapping) = root else {
            // Not quoted: a file that is not a mapping may be anything read by mistake (a key).
            let fields = YAMLFields(path: path, lineOffset: lineOffset, entries: [])
            let node = YAMLNode(root)
            return .failure(
                .error(
                    "the YAML is \(node.kind), not a mapping of keys to values", at: fields.location(of: node),
                    hint: "write one `key: value` per line"))
        }
        var entries: [(String, YAMLNode, YAMLNode)] = []
        for (key, value) in mapping {
            entries.append((key.string ?? "", YAMLNode(key), YAMLNode(value)))
        }
        return .success(YAMLFields(path: path, lineOffset: lineOffset, entries: entries))
    }

    /// Where a node starts in the file.
    func location(of node: YAMLNode) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: path, line: lineOffset + 1, column: 1) }
        return SourceLocation(file: path, line: lineOffset + mark.line, column: mark.column)
    }

    /// The value node of a key.
    func node(_ key: String) -> YAMLNode? {
        entries.first { $0.key == key }?.value
    }

    /// The location of a key, or of the start of the mapping when it is absent.
    func location(ofKey key: String) -> SourceLocation {
        guard let entry = entries.first(where: { $0.key == key }) else {
            return SourceLocation(file: path, line: lineOffset + 1, column: 1)
        }
        return location(of: entry.keyNode)
    }

    /// A text value; nil when absent or null; reports a value that is a list or mapping.
    func text(_ key: String, into diagnostics: inout Diagnostics) -> String? {
        guard let node = node(key), !node.isNull else { return nil }
        guard let text = node.text else {
            diagnostics.error(
                "`\(key)` must be text, not \(node.description)", at: location(of: node),
                hint: "write `\(key): some text` on one line")
            return nil
        }
        return hasControlCharacter(text, named: "`\(key)`", node: node, into: &diagnostics) ? nil : text
    }

    /// Reports a value that holds a control character (which only a double-quoted escape such
    /// as `"\a"` or `"\x1b"` can put there: the file itself may not hold one).
    private func hasControlCharacter(
        _ text: String, named name: String, node: YAMLNode, into diagnostics: inout Diagnostics
    ) -> Bool {
        guard let scalar = text.unicodeScalars.first(where: ControlCharacters.isRefused) else { return false }
        diagnostics.error(
            "\(name) holds the control character \(ControlCharacters.name(scalar)), written as an escape",
            at: location(of: node), hint: "remove the escape: web pages and feeds may not hold the character")
        return true
    }

    /// A text value that must be present and not blank; reports it missing, mistyped or empty.
    func requiredText(_ key: String, missing: String, hint: String, into diagnostics: inout Diagnostics) -> String? {
        guard let node = node(key), !node.isNull else {
            diagnostics.error(missing, at: location(ofKey: key), hint: hint)
            return nil
        }
        guard let value = text(key, into: &diagnostics) else { return nil }
        guard value.contains(where: { !$0.isWhitespace }) else {
            diagnostics.error("`\(key)` is empty", at: location(of: node), hint: hint)
            return nil
        }
        return value
    }

    /// A date field as written.
    enum DateField {
        /// No date is written (or null).
        case absent
        /// Something other than a date is written; it has been reported, and no date stands in.
        case invalid
        case day(Day)

        /// The date, when one is written.
        var day: Day? {
            if case .day(let day) = self { return day }
            return nil
        }
    }

    /// A date written `YYYY-MM-DD`; reports any other text.
    func day(_ key: String, into diagnostics: inout Diagnostics) -> DateField {
        guard let text = text(key, into: &diagnostics) else {
            return node(key).map { $0.isNull ? .absent : .invalid } ?? .absent
        }
        if let day = Day(iso: text) { return .day(day) }
        diagnostics.error(
            Day.hasISOShape(text)
                ? "`\(key)` is \(Excerpt.quoted(text)), which is not a real date"
                : "`\(key)` must be a date written YYYY-MM-DD, not \(Excerpt.quoted(text))",
            at: location(of: node(key)!), hint: "for example `\(key): 2026-04-27`")
        return .invalid
    }

    /// A boolean value (`YAMLNode.bool`: YAML 1.2's `true` or `false`); nil when absent; reports
    /// anything else, with the value an author most likely meant (`yes`, `"false"`) as the hint.
    func flag(_ key: String, into diagnostics: inout Diagnostics) -> Bool? {
        guard let node = node(key), !node.isNull else { return nil }
        if let value = node.bool { return value }
        var hint = "write `\(key): true` or `\(key): false`"
        if let meant = node.meantBool, case .scalar(let text, let isPlain, let isTaggedText) = node.content {
            if node.isQuoted, YAMLNode.coreBoolean(text) != nil {
                // `"true"`: only the quotes are wrong.
                hint = "write it without quotes: `\(key): \(meant)`"
            } else if isPlain, isTaggedText {
                // `!!str true`: only the tag is.
                hint = "write it without the `!!str` tag: `\(key): \(meant)`"
            } else {
                hint = "write `\(key): \(meant)`"
            }
        }
        diagnostics.error(
            "`\(key)` must be true or false, not \(node.description)", at: location(of: node), hint: hint)
        return nil
    }

    /// A list of text items with each item's node; nil when absent or null.
    func list(_ key: String, example: String, into diagnostics: inout Diagnostics) -> [(String, YAMLNode)]? {
        guard let node = node(key), !node.isNull else { return nil }
        guard case .sequence(let sequence) = node.content else {
            diagnostics.error(
                "`\(key)` must be a list, not \(node.description)", at: location(of: node),
                hint: "write `\(key): \(example)`")
            return nil
        }
        var items: [(String, YAMLNode)] = []
        for item in sequence {
            guard let text = item.text, !item.isNull else {
                diagnostics.error(
                    "each item of `\(key)` must be text, not \(item.description)", at: location(of: item))
                continue
            }
            if hasControlCharacter(text, named: "each item of `\(key)`", node: item, into: &diagnostics) { continue }
            items.append((text, item))
        }
        return items
    }

    /// Reports every key that is not one of `known`, with the closest known key as a hint.
    func reportUnknownKeys(known: [String], into diagnostics: inout Diagnostics) {
        for entry in entries where !known.contains(entry.key) {
            let hint = Suggestion.closest(to: entry.key, in: known).map { "did you mean `\($0)`?" }
            diagnostics.warning(
                "unknown key \(Excerpt.quoted(entry.key)) is ignored", at: location(of: entry.keyNode), hint: hint)
        }
    }

    private static func diagnostic(for error: YamlError, in yaml: String, path: String, lineOffset: Int) -> Diagnostic {
        func at(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: path, line: lineOffset + (mark?.line ?? 1), column: mark?.column ?? 1)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            // libyaml's problem and context are fixed phrases; Yams's own descriptions, which
            // quote the file's lines, are never used.
            let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
            let line = mark.line >= 1 && mark.line <= lines.count ? lines[mark.line - 1] : nil
            var hint: String?
            if problem == YAMLQuoting.colonInValueProblem, let line, let fixed = YAMLQuoting.quotingValue(ofLine: line)
            {
                hint = "a `: ` inside a value must be quoted; quote the whole value: `\(fixed)`"
            } else if let line, mark.column >= 1, line.unicodeScalars.dropFirst(mark.column - 1).first == "\t" {
                hint = "YAML indents with spaces, not tabs"
            }
            guard let context else { return .error("malformed YAML: \(problem)", at: at(mark), hint: hint) }
            if hint == nil {
                hint = YAMLQuoting.unclosedHint(
                    problem: problem, context: context.text, opening: (context.mark.line, context.mark.column),
                    lines: lines)
            }
            // The message names one place, the one it is reported at. A block mapping or list
            // starts where the front matter does, far from a mistake in it, and a plain scalar's
            // problem (a tab, a `:`) is where it is found: there the problem's mark is where to
            // look, and the context is only words. Anything else (a quoted scalar, a `[` list)
            // starts where the mistake is, and its problem is often found only at the end of the
            // YAML (an unclosed quote): the context's mark is where to look.
            if context.mark.line == mark.line && context.mark.column == mark.column
                || context.text.contains("block") || context.text.contains("plain scalar")
            {
                return .error("malformed YAML: \(problem) (\(context.text))", at: at(mark), hint: hint)
            }
            return .error(
                "malformed YAML: \(problem), \(context.text) that starts here", at: at(context.mark), hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map(Excerpt.quoted).joined(separator: ", ")
            return .error("the key \(keys) is written more than once", at: at(context.mark))
        case .reader(let problem, _, _, _):
            return .error("unreadable YAML: \(problem)", at: at(nil))
        default:
            // Not `\(error)`: Yams's descriptions quote the lines of the file around the problem.
            return .error("the YAML cannot be read", at: at(nil))
        }
    }
}
