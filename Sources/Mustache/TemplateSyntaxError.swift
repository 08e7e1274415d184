/// Why a template does not parse, and where (1-based line and column in the template file).
public struct TemplateSyntaxError: Error, Sendable, Hashable {
    public var message: String
    public var line: Int
    public var column: Int
}
