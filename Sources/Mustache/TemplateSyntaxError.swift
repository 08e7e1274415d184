/// Why a template does not parse, and where (in the template's own text).
public struct TemplateSyntaxError: Error, Sendable, Hashable {
    public var message: String
    public var position: TemplatePosition

    public init(message: String, position: TemplatePosition) {
        self.message = message
        self.position = position
    }
}
