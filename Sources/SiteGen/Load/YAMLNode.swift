import Yams

/// A node of a YAML text as the loaders read it: what it holds and where it starts.
///
/// Made from the node Yams composes, or directly by `FlatYAML` for the one-line
/// `key: value` mappings most front matter is; both give the same node for the same text.
struct YAMLNode {
    /// What a node holds.
    enum Content {
        /// Text. `isPlain` when written without quotes or block indicators; `isTaggedText`
        /// when quoted or tagged `!!str`, so never read as true or false. (A key's tag is
        /// resolved by Yams's duplicate check, so its `isTaggedText` means nothing.)
        case scalar(String, isPlain: Bool, isTaggedText: Bool)
        /// A list of nodes.
        case sequence([YAMLNode])
        /// A mapping (whose entries the loaders never read below the top level).
        case mapping
        /// An alias to an anchored node.
        case alias
    }

    var content: Content
    /// The 1-based line and column (in Unicode scalars) of the node's start within the YAML.
    var mark: (line: Int, column: Int)?
    /// Whether the node is a scalar in single or double quotes (not a block scalar, not one
    /// tagged `!!str`).
    var isQuoted = false

    /// The node Yams composed.
    init(_ node: Node) {
        mark = node.mark.map { ($0.line, $0.column) }
        switch node {
        case .scalar(let scalar):
            isQuoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            content = .scalar(
                scalar.string, isPlain: scalar.style == .plain,
                isTaggedText: scalar.tag.description == Tag.Name.str.rawValue)
        case .sequence(let sequence):
            content = .sequence(sequence.map(YAMLNode.init))
        case .mapping:
            content = .mapping
        case .alias:
            content = .alias
        }
    }

    /// A node read without Yams (`FlatYAML`, whose only scalars that are not plain are quoted).
    init(_ content: Content, line: Int, column: Int) {
        self.content = content
        mark = (line, column)
        if case .scalar(_, false, _) = content { isQuoted = true }
    }

    /// The scalar's text; nil for a list, mapping or alias.
    var text: String? {
        guard case .scalar(let text, _, _) = content else { return nil }
        return text
    }

    /// Whether the node is a null (`~`, `null` or nothing, unquoted).
    var isNull: Bool {
        guard case .scalar(let text, true, _) = content else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// The scalar as a boolean of YAML 1.2's core schema: `true`, `True`, `TRUE`, `false`,
    /// `False` or `FALSE`, not quoted or tagged text; nil for anything else, YAML 1.1's `yes`,
    /// `no`, `on` and `off` included (Yams's `Node.bool` reads those too).
    var bool: Bool? {
        guard case .scalar(let text, _, false) = content else { return nil }
        return Self.coreBoolean(text)
    }

    /// `text` as a boolean of YAML 1.2's core schema, written plain; nil for any other text.
    static func coreBoolean(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// The boolean an author most likely meant by the scalar's text, quotes aside: what YAML 1.1
    /// reads it as (`yes`, `On`, `"FALSE"`: `true`, `true`, `false`), for the hint of a value
    /// `bool` refuses; nil for any other text.
    var meantBool: Bool? {
        guard case .scalar(let text, _, _) = content else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    /// How a message names the node: a short excerpt of its text in backticks (never a whole
    /// multi-line value; quoted text with its quotes, so that `"false"` is not shown as
    /// `false`), or what kind of node it is.
    var description: String {
        guard case .scalar(let text, let isPlain, _) = content else { return kind }
        return Excerpt.quoted(isPlain ? text : YAMLQuoting.quoted(Substring(text)))
    }

    /// What kind of node it is, without quoting it: `text`, `a list`, `a mapping` or `an alias`.
    var kind: String {
        switch content {
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        case .scalar: return "text"
        }
    }
}
