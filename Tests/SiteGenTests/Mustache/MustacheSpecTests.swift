import Foundation
import Testing

@testable import Mustache

/// The Mustache specification's own test cases (github.com/mustache/spec, `specs/*.yml`), kept
/// as data in `Fixtures/mustache-spec/`: one file per part of the specification, each case with
/// its template, data, partials and expected output.
@Suite("Mustache specification")
struct MustacheSpecTests {
    /// The parts of the specification the engine implements, as named in
    /// `Fixtures/mustache-spec/`, with the number of cases each holds (all of the part's cases).
    static let caseCounts = [
        "comments": 12, "delimiters": 14, "interpolation": 42, "inverted": 22, "partials": 12, "sections": 34,
        "inheritance": 27,
    ]

    /// The optional parts of the specification the engine leaves out, and why; their cases are
    /// not in `Fixtures/mustache-spec/`.
    static let unsupported = [
        "~lambdas": "template values are data (text, flags, lists, objects), never code",
        "~dynamic-names": "`{{>*name}}` takes a template's name from the data, so a theme's missing partials and "
            + "cycles could not be found before rendering, nor the pages a template edit touches in the preview; "
            + "the parser refuses the tag (`dynamicNamesAreRefused`)",
    ]

    @Test(arguments: try SpecCase.load(caseCounts.keys.sorted()))
    func specCase(_ spec: SpecCase) throws {
        let output = try spec.render()
        #expect(output == spec.expected, "\(spec.desc)")
    }

    @Test(arguments: caseCounts.keys.sorted())
    func everyCaseOfAPartIsRun(_ file: String) throws {
        #expect(try SpecCase.load([file]).count == Self.caseCounts[file])
    }

    @Test func dynamicNamesAreRefused() {
        for text in ["{{>*name}}", "{{<*name}}{{/*name}}"] {
            #expect(throws: TemplateSyntaxError.self) { try Template(parsing: text) }
        }
    }
}

/// One test case of the specification.
struct SpecCase: Decodable, Sendable, CustomTestStringConvertible {
    var file = ""
    var name: String
    var desc: String
    var template: String
    var data: SpecData
    var partials: [String: String]?
    var expected: String

    /// `file/name`, such as `sections/Doubled`.
    var id: String { "\(file)/\(name)" }
    var testDescription: String { id }

    private enum CodingKeys: String, CodingKey {
        case name, desc, template, data, partials, expected
    }

    /// Every case of the named files, in order.
    static func load(_ files: [String]) throws -> [SpecCase] {
        struct File: Decodable { var cases: [SpecCase] }
        return try files.flatMap { file in
            let url = URL(fileURLWithPath: TestFiles.fixtures + "/mustache-spec/\(file).json")
            return try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).cases.map { spec in
                var spec = spec
                spec.file = file
                return spec
            }
        }
    }

    /// The template rendered with the case's data and partials.
    func render() throws -> String {
        let name = "spec template"
        #expect(partials?[name] == nil)
        var templates = [name: try Template(parsing: template)]
        for (partial, text) in partials ?? [:] { templates[partial] = try Template(parsing: text) }
        return String(decoding: TemplateRenderer(templates: templates).render(name, data.value), as: UTF8.self)
    }
}

/// A value of the specification's data as a template value. The engine has no numbers (sitegen
/// formats every number it shows, such as dates, before rendering), so a number becomes the
/// text the specification expects it to render as: `85` for an integer, `1.21` for `1.210`.
struct SpecData: Decodable, Sendable {
    var value: TemplateValue

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            value = .null
        } else if let flag = try? container.decode(Bool.self) {
            value = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            value = .string(number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : "\(number)")
        } else if let text = try? container.decode(String.self) {
            value = .string(text)
        } else if let list = try? container.decode([SpecData].self) {
            value = .list(list.map(\.value))
        } else {
            value = .object(TemplateObject(try container.decode([String: SpecData].self).mapValues(\.value)))
        }
    }
}
