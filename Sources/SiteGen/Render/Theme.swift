import Foundation
import Mustache

/// The site's look: the Mustache templates of its `ThemeSource` (a layout, partials and one
/// template per page kind: the built-in default theme's, or the templates folder's files of the
/// same name), parsed once and checked before anything is rendered.
public struct Theme: Sendable {
    /// The templates every theme must have, one per page kind.
    static let pageTemplates = PageKind.allCases.map(\.template)

    /// Where the templates and assets are read from.
    let source: ThemeSource
    private let renderer: TemplateRenderer
    /// The partials and parents each template names, by template name (`partials/head`).
    let references: [String: Set<String>]

    /// Reads and checks every template of the theme whose templates folder is `directory` (the
    /// built-in ones, and the folder's `.mustache` files outside `assets/`); nil when any
    /// template does not parse, names a missing partial, or a page template is missing.
    public static func load(directory: String, into diagnostics: inout Diagnostics) -> Theme? {
        load(ThemeSource(directory: directory), into: &diagnostics)
    }

    /// Reads and checks every template of `source`; nil when any template does not parse,
    /// names a missing partial, or a page template is missing.
    static func load(_ source: ThemeSource, into diagnostics: inout Diagnostics) -> Theme? {
        let errorsBefore = diagnostics.errorCount
        guard let (sources, unreadable) = templateSources(of: source, into: &diagnostics) else { return nil }
        var templates: [String: Template] = [:]
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            let template: Template
            do {
                template = try Template(parsing: source.text)
            } catch {
                diagnostics.error(
                    "the template does not parse: \(error.message)", at: source.location(error.position))
                continue
            }
            templates[name] = template
            reportHeadingLikeIDs(in: source.text, path: source.path, into: &diagnostics)
            var reported: Set<String> = []
            for reference in template.references
            where sources[reference.name] == nil && !unreadable.contains(reference.name)
                && reported.insert(reference.name).inserted
            {
                diagnostics.error(
                    "the template uses \(Excerpt.quoted(reference.name)), but there is no \(Excerpt.of(reference.name)).mustache",
                    at: source.location(reference.position),
                    hint: Suggestion.closest(to: reference.name, in: sources.keys.sorted()).map {
                        "did you mean `\($0)`?"
                    })
            }
        }
        if let cycle = TemplateCycles.first(in: templates), let source = sources[cycle.names[0]] {
            diagnostics.error(
                "templates include each other without end: \(cycle.names.joined(separator: " → "))",
                at: source.location(cycle.position),
                hint: "a partial or parent must not lead back to the template that uses it")
        }
        for name in pageTemplates where sources[name] == nil {
            diagnostics.error(
                "the theme has no \(name).mustache",
                at: SourceLocation(file: FilePaths.join(source.directory, "\(name).mustache")),
                hint: "every theme needs index, roadmap, faq, related, topic and 404 templates")
        }
        guard diagnostics.errorCount == errorsBefore else { return nil }
        return Theme(
            source: source, renderer: TemplateRenderer(templates: templates),
            references: templates.mapValues { Set($0.references.map(\.name)) })
    }

    /// Warns about each id the template writes as it is that a roadmap's heading could also be
    /// given (see `PageIDs`).
    private static func reportHeadingLikeIDs(in text: String, path: String, into diagnostics: inout Diagnostics) {
        for literal in TemplateIDs.literals(in: text)
        where !PageIDs.reserved.contains(literal.id) && TemplateIDs.couldBeHeadingID(literal.id) {
            diagnostics.warning(
                "a heading in a roadmap could be given the id `\(literal.id)` too, and an id must be unique on its page",
                at: SourceLocation(file: path, line: literal.line, column: literal.column),
                hint: "give it a capital letter or a `.` (`siteSearch`), which heading ids never have, or use one "
                    + "of the ids headings are kept from: \(PageIDs.reserved.map { "`\($0)`" }.joined(separator: ", "))"
            )
        }
    }

    /// Lays out a page of the given kind with its context.
    func render(_ kind: PageKind, _ context: TemplateValue) -> [UInt8] {
        render(kind.template, context)
    }

    /// Renders the template named `template` with its context.
    func render(_ template: String, _ context: TemplateValue) -> [UInt8] {
        renderer.render(template, context)
    }

    private struct Source {
        var path: String
        var text: String

        /// The place in this file of a position in its text.
        func location(_ position: TemplatePosition) -> SourceLocation {
            SourceLocation(file: path, line: position.line, column: position.column)
        }
    }

    /// The templates of `source` by name, and the names of those in the templates folder that
    /// cannot be read (reported into `diagnostics`); nil when the templates folder is a file.
    private static func templateSources(
        of source: ThemeSource, into diagnostics: inout Diagnostics
    ) -> (sources: [String: Source], unreadable: Set<String>)? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: source.directory, isDirectory: &isDirectory),
            !isDirectory.boolValue
        {
            diagnostics.error(
                "the templates folder is a file", at: SourceLocation(file: source.directory),
                hint: "remove it to use the built-in theme, or pass --templates DIR")
            return nil
        }
        let listing = source.templates()
        diagnostics.append(contentsOf: listing.problems)
        let suffix = ".mustache"
        var unreadable = Set(
            listing.problems.map { $0.file.dropFirst(source.directory.count + 1) }.filter { $0.hasSuffix(suffix) }
                .map { String($0.dropLast(suffix.count)) })
        var sources: [String: Source] = [:]
        // In name order, so that the problems come out in the same order on every run.
        for (name, file) in listing.templates.sorted(by: { $0.key < $1.key }) {
            switch file.text() {
            case .success(let text):
                sources[name] = Source(path: file.path, text: text)
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                unreadable.insert(name)
            }
        }
        return (sources, unreadable)
    }
}
