/// A parsed Mustache template: what `TemplateRenderer` renders, and the other templates it
/// names.
public struct Template: Sendable, Hashable {
    /// The template's parsed nodes.
    let nodes: [TemplateNode]
    /// The partials (`{{> name}}`) and parents (`{{< name}}`) the template names, in the order
    /// they appear in its text; a name used twice is there twice. Names in comments, and text
    /// that only looks like a tag after a set-delimiter tag, are not references.
    public let references: [TemplateReference]

    /// Parses `text` (the specification's interpolation, sections, inverted sections, comments,
    /// partials, set-delimiter tags and inheritance); throws the first syntax error.
    public init(parsing text: String) throws(TemplateSyntaxError) {
        nodes = try TemplateParser.parse(text)
        references = TemplateNode.references(in: nodes).sorted { $0.position < $1.position }
    }
}

/// A partial or parent a template names, and where its tag is.
public struct TemplateReference: Sendable, Hashable {
    /// The template named, such as `partials/head`.
    public var name: String
    public var position: TemplatePosition
}
