import Foundation
import Mustache

/// The site's look: the Mustache templates in `templates/` (a layout, partials and one template
/// per page kind), parsed once and checked before anything is rendered.
public struct Theme: Sendable {
    /// The templates every theme must have, one per page kind.
    public static let pageTemplates = ["index", "roadmap", "faq", "related", "404"]

    /// The folder the templates were read from.
    public let directory: String
    private let renderer: TemplateRenderer

    /// Reads and checks every `.mustache` file under `directory` (except `assets/`); nil when
    /// any template does not parse, names a missing partial, or a page template is missing.
    public static func load(directory: String, into diagnostics: inout Diagnostics) -> Theme? {
        guard let sources = templateSources(in: directory, into: &diagnostics) else { return nil }
        let errorsBefore = diagnostics.errorCount
        var templates: [String: [TemplateNode]] = [:]
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            switch TemplateParser.parse(source.text) {
            case .success(let nodes):
                templates[name] = nodes
            case .failure(let error):
                diagnostics.error(
                    "the template does not parse: \(error.message)",
                    at: SourceLocation(file: source.path, line: error.line, column: error.column))
            }
            let named = Set(TemplateCycles.references(in: templates[name] ?? []))
            let located = TemplateReferences.find(in: source.text)
            for missing in named.sorted() where sources[missing] == nil {
                let reference = located.first { $0.name == missing }
                diagnostics.error(
                    "the template uses `\(missing)`, but there is no \(missing).mustache",
                    at: SourceLocation(file: source.path, line: reference?.line, column: reference?.column),
                    hint: Suggestion.closest(to: missing, in: sources.keys.sorted()).map { "did you mean `\($0)`?" })
            }
        }
        if let cycle = TemplateCycles.first(in: templates), let source = sources[cycle[0]] {
            let reference = TemplateReferences.find(in: source.text).first { $0.name == cycle[1] }
            diagnostics.error(
                "templates include each other without end: \(cycle.joined(separator: " → "))",
                at: SourceLocation(file: source.path, line: reference?.line, column: reference?.column),
                hint: "a partial or parent must not lead back to the template that uses it")
        }
        for name in pageTemplates where sources[name] == nil {
            diagnostics.error(
                "the theme has no \(name).mustache",
                at: SourceLocation(file: FilePaths.join(directory, "\(name).mustache")),
                hint: "every theme needs index, roadmap, faq, related and 404 templates")
        }
        guard diagnostics.errorCount == errorsBefore else { return nil }
        return Theme(directory: directory, renderer: TemplateRenderer(templates: templates))
    }

    /// Renders a page template with its context.
    func render(_ template: String, _ context: TemplateValue) -> [UInt8] {
        renderer.render(template, context)
    }

    private struct Source {
        var path: String
        var text: String
    }

    /// The `.mustache` files under `directory` by name; nil when there is no such folder.
    private static func templateSources(in directory: String, into diagnostics: inout Diagnostics) -> [String: Source]?
    {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue,
            let enumerator = FileManager.default.enumerator(atPath: directory)
        else {
            diagnostics.error(
                "there is no templates folder", at: SourceLocation(file: directory),
                hint: "copy the default theme's templates/ folder, or pass --templates DIR")
            return nil
        }
        var sources: [String: Source] = [:]
        while let relative = enumerator.nextObject() as? String {
            if relative == "assets" || relative.hasPrefix("assets/") {
                enumerator.skipDescendants()
                continue
            }
            guard relative.hasSuffix(".mustache") else { continue }
            let path = FilePaths.join(directory, relative)
            switch InputText.read(path) {
            case .success(let text):
                sources[String(relative.dropLast(".mustache".count))] = Source(path: path, text: text)
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            }
        }
        return sources
    }
}

/// The partials (`{{> name}}`) and parents (`{{< name}}`) a template names, with where.
enum TemplateReferences {
    struct Reference: Equatable {
        var name: String
        var line: Int
        var column: Int
    }

    /// Every partial or parent named in `text` (default `{{ }}` delimiters).
    static func find(in text: String) -> [Reference] {
        var references: [Reference] = []
        var line = 1
        for lineText in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = lineText[...]
            while let open = rest.range(of: "{{") {
                let column = lineText.unicodeScalars.distance(from: lineText.startIndex, to: open.lowerBound) + 1
                var tag = rest[open.upperBound...]
                guard let close = tag.range(of: "}}") else { break }
                rest = tag[close.upperBound...]
                tag = tag[..<close.lowerBound]
                guard let sigil = tag.first, sigil == ">" || sigil == "<" else { continue }
                let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                if !name.isEmpty, !name.hasPrefix("*") {
                    references.append(Reference(name: name, line: line, column: column))
                }
            }
            line += 1
        }
        return references
    }
}
