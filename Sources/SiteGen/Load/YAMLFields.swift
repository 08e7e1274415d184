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
    let entries: [(key: String, keyNode: Node, value: Node)]

    /// Parses `yaml`, reporting syntax errors at their file line and column.
    static func parse(
        _ yaml: String, path: String, lineOffset: Int, emptyIsMapping: Bool = true
    ) -> Result<YAMLFields, Diagnostic> {
        if let line = YAMLNesting.firstLineDeeperThan(maximumNesting, in: yaml) {
            return .failure(
                .error(
                    "the YAML is nested more than \(maximumNesting) levels deep",
                    at: SourceLocation(file: path, line: lineOffset + line, column: 1)))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, path: path, lineOffset: lineOffset))
        } catch {
            return .failure(
                .error("the YAML cannot be read: \(error)", at: SourceLocation(file: path, line: lineOffset + 1)))
        }
        guard let root else {
            return .success(YAMLFields(path: path, lineOffset: lineOffset, entries: []))
        }
        guard case .mapping(let mapping) = root else {
            let fields = YAMLFields(path: path, lineOffset: lineOffset, entries: [])
            return .failure(
                .error(
                    "the YAML is \(describe(root)), not a mapping of keys to values", at: fields.location(of: root),
                    hint: "write one `key: value` per line"))
        }
        var entries: [(String, Node, Node)] = []
        for (key, value) in mapping {
            entries.append((key.string ?? "", key, value))
        }
        return .success(YAMLFields(path: path, lineOffset: lineOffset, entries: entries))
    }

    /// Where a node starts in the file.
    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: path, line: lineOffset + 1, column: 1) }
        return SourceLocation(file: path, line: lineOffset + mark.line, column: mark.column)
    }

    /// The value node of a key.
    func node(_ key: String) -> Node? {
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
        guard let node = node(key), !Self.isNull(node) else { return nil }
        guard case .scalar(let scalar) = node else {
            diagnostics.error(
                "`\(key)` must be text, not \(Self.describe(node))", at: location(of: node),
                hint: "write `\(key): some text` on one line")
            return nil
        }
        return scalar.string
    }

    /// A text value that must be present and not blank; reports it missing, mistyped or empty.
    func requiredText(_ key: String, missing: String, hint: String, into diagnostics: inout Diagnostics) -> String? {
        guard let node = node(key), !Self.isNull(node) else {
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

    /// A boolean value; nil when absent; reports anything that is not `true` or `false`.
    func flag(_ key: String, into diagnostics: inout Diagnostics) -> Bool? {
        guard let node = node(key), !Self.isNull(node) else { return nil }
        if case .scalar = node, let value = node.bool { return value }
        diagnostics.error("`\(key)` must be true or false, not \(Self.describe(node))", at: location(of: node))
        return nil
    }

    /// A list of text items with each item's node; nil when absent or null.
    func list(_ key: String, example: String, into diagnostics: inout Diagnostics) -> [(String, Node)]? {
        guard let node = node(key), !Self.isNull(node) else { return nil }
        guard case .sequence(let sequence) = node else {
            diagnostics.error(
                "`\(key)` must be a list, not \(Self.describe(node))", at: location(of: node),
                hint: "write `\(key): \(example)`")
            return nil
        }
        var items: [(String, Node)] = []
        for item in sequence {
            guard case .scalar(let scalar) = item, !Self.isNull(item) else {
                diagnostics.error(
                    "each item of `\(key)` must be text, not \(Self.describe(item))", at: location(of: item))
                continue
            }
            items.append((scalar.string, item))
        }
        return items
    }

    /// Reports every key that is not one of `known`, with the closest known key as a hint.
    func reportUnknownKeys(known: [String], into diagnostics: inout Diagnostics) {
        for entry in entries where !known.contains(entry.key) {
            let hint = Suggestion.closest(to: entry.key, in: known).map { "did you mean `\($0)`?" }
            diagnostics.warning("unknown key `\(entry.key)` is ignored", at: location(of: entry.keyNode), hint: hint)
        }
    }

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        case .scalar(let scalar): return "`\(scalar.string)`"
        }
    }

    private static func diagnostic(for error: YamlError, path: String, lineOffset: Int) -> Diagnostic {
        func at(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: path, line: lineOffset + (mark?.line ?? 1), column: mark?.column ?? 1)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { " (\($0.text) at line \(lineOffset + $0.mark.line))" } ?? ""
            return .error("malformed YAML: \(problem)\(detail)", at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "`\($0)`" }.joined(separator: ", ")
            return .error("the key \(keys) is written more than once", at: at(context.mark))
        case .reader(let problem, _, _, _):
            return .error("unreadable YAML: \(problem)", at: at(nil))
        default:
            return .error("malformed YAML: \(error)", at: at(nil))
        }
    }
}
