/// One piece of a parsed Mustache template.
public enum TemplateNode: Sendable, Hashable {
    /// Literal text, as UTF-8 bytes.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (as is).
    case variable(path: [String], escaped: Bool)
    /// `{{#name}}...{{/name}}`, or `{{^name}}...{{/name}}` when inverted.
    case section(path: [String], inverted: Bool, children: [TemplateNode])
    /// `{{> name}}`.
    case partial(name: String)
    /// `{{< name}}...{{/name}}`: the named template with some of its blocks replaced.
    case parent(name: String, blocks: [String: [TemplateNode]])
    /// `{{$ name}}...{{/name}}`: a block a child template may replace.
    case block(name: String, children: [TemplateNode])

    /// A dotted name split into its parts; `.` stays whole (the current value).
    static func path(_ name: String) -> [String] {
        name == "." ? ["."] : name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }
}
