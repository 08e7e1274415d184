/// Why a template does not parse, and where (1-based line and column in the template file).
struct TemplateSyntaxError: Error, Sendable, Hashable {
    var message: String
    var line: Int
    var column: Int
}
