import Testing

@testable import Mustache

/// Thousands of templates made of tag fragments, whitespace and text through the parser and
/// the renderer: none may crash or hang, and every syntax error must point into the text.
@Suite("Template fuzzing")
struct TemplateFuzzTests {
    static let pieces = [
        "{{", "}}", "{{#a}}", "{{/a}}", "{{^a}}", "{{$b}}", "{{/b}}", "{{<p}}", "{{/p}}", "{{>p}}", "{{>q}}",
        "{{=<% %>=}}", "<%", "%>", "<%/b%>", "<%$b%>", "<%={{ }}=%>", "{{! c }}", "{{{a}}}", "{{& a.b}}", "{{.}}",
        "\n", "\r\n", "  ", "\t", "x", "é", "{",
    ]

    static func randomTemplate(_ generator: inout FuzzTests.SeededGenerator) -> String {
        (0..<Int.random(in: 1...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
            .joined()
    }

    @Test func randomTemplatesParseOrFailAtAPlaceInTheirText() {
        var generator = FuzzTests.SeededGenerator(state: 11)
        let value: TemplateValue = .object(["a": ["1", .object(["b": "<2>"])], "b": true])
        var parsed = 0
        for _ in 0..<2_500 {
            let texts = ["main": Self.randomTemplate(&generator), "p": Self.randomTemplate(&generator)]
            var templates: [String: Template] = [:]
            for (name, text) in texts {
                do {
                    templates[name] = try Template(parsing: text)
                } catch {
                    let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                    #expect((1...lines.count).contains(error.position.line), "\(text.debugDescription)")
                    #expect(error.position.column >= 1, "\(text.debugDescription)")
                }
            }
            guard templates["main"] != nil else { continue }
            parsed += 1
            _ = TemplateRenderer(templates: templates).render("main", value)
        }
        #expect(parsed > 300)
    }
}
