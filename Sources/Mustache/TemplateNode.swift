/// One piece of a parsed Mustache template. Tags keep the position of their opening delimiter.
enum TemplateNode: Sendable, Hashable {
    /// Literal text, as UTF-8 bytes; it holds at most one line (a newline only at its end).
    case text([UInt8])
    /// The start of a line of the template's text (one that a standalone tag did not remove):
    /// where the indentation of the standalone partial, parent or block that brings the line in
    /// is written.
    case lineStart
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (as is).
    case variable(path: [String], escaped: Bool, at: TemplatePosition)
    /// `{{#name}}...{{/name}}`, or `{{^name}}...{{/name}}` when inverted.
    case section(path: [String], inverted: Bool, children: [TemplateNode], at: TemplatePosition)
    /// `{{> name}}`; `indentation` is the whitespace before a standalone tag, nil when the tag
    /// is not standalone (then the partial's lines are not indented).
    case partial(name: String, indentation: [UInt8]?, at: TemplatePosition)
    /// `{{< name}}...{{/name}}`: the named template with some of its blocks replaced;
    /// `indentation` as for a partial.
    case parent(name: String, indentation: [UInt8]?, blocks: [String: [TemplateNode]], at: TemplatePosition)
    /// `{{$ name}}...{{/name}}`: a block a parent's child may replace; `indentation` is added to
    /// each line of what fills it (the whitespace before a standalone pair of tags, or the
    /// indentation the block's own lines had when its opening tag is standalone).
    case block(name: String, indentation: [UInt8], children: [TemplateNode], at: TemplatePosition)

    /// A dotted name split into its parts; `.` stays whole (the current value).
    static func path(_ name: String) -> [String] {
        name == "." ? ["."] : name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    /// The partials and parents `nodes` name, depth first.
    static func references(in nodes: [TemplateNode]) -> [TemplateReference] {
        var references: [TemplateReference] = []
        for node in nodes {
            switch node {
            case .partial(let name, _, let position):
                references.append(TemplateReference(name: name, position: position))
            case .parent(let name, _, let blocks, let position):
                references.append(TemplateReference(name: name, position: position))
                for children in blocks.values { references += Self.references(in: children) }
            case .section(_, _, let children, _), .block(_, _, let children, _):
                references += Self.references(in: children)
            case .text, .lineStart, .variable:
                break
            }
        }
        return references
    }
}
