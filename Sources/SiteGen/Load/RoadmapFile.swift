/// What one roadmap file says about itself, checked but not yet related to the other roadmaps.
struct RoadmapFile: Sendable {
    /// The slugs named under `related`, each with where it is written.
    struct RelatedEntry: Sendable {
        var text: String
        var location: SourceLocation
    }

    var slug: Slug
    var title: String
    var level: Level?
    var description: String?
    var related: [RelatedEntry]
    var updated: Day?
    var updatedSource = LastUpdatedSource.frontMatter
    var isDraft: Bool
    var source: RoadmapSource

    /// The keys front matter may hold.
    static let knownKeys = ["title", "level", "description", "related", "updated", "draft"]

    /// Reads and checks the roadmap file at `path`; nil when it cannot be used.
    static func load(path: String, slug: Slug, into diagnostics: inout Diagnostics) -> RoadmapFile? {
        let split = FrontMatter.read(path)
        guard case .success(let frontMatter) = split else {
            if case .failure(let diagnostic) = split { diagnostics.append(diagnostic) }
            return nil
        }
        let fields: YAMLFields
        switch YAMLFields.parse(frontMatter.yaml, path: path, lineOffset: FrontMatter.yamlLineOffset) {
        case .success(let parsed): fields = parsed
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        return read(fields, frontMatter: frontMatter, slug: slug, path: path, into: &diagnostics)
    }

    /// Reads the typed fields of parsed front matter. A file with wrong fields is still returned
    /// (its errors are in `diagnostics`), so that its related slugs and body are checked too.
    static func read(
        _ fields: YAMLFields, frontMatter: FrontMatter, slug: Slug, path: String, into diagnostics: inout Diagnostics
    ) -> RoadmapFile? {
        fields.reportUnknownKeys(known: knownKeys, into: &diagnostics)
        let title = fields.requiredText(
            "title", missing: "the front matter has no `title`", hint: "add `title: Backend Developer Roadmap`",
            into: &diagnostics)
        var level: Level?
        if let text = fields.text("level", into: &diagnostics) {
            level = Level(rawValue: text)
            if level == nil {
                let suggestion = Level.allCases.first { $0.rawValue.lowercased() == text.lowercased() }
                diagnostics.error(
                    "`level` is \(Excerpt.quoted(text)); it must be Beginner, Intermediate or Advanced",
                    at: fields.location(of: fields.node("level")!),
                    hint: suggestion.map { "write `\($0.rawValue)`, capitalized" })
            }
        }
        var description = fields.text("description", into: &diagnostics)
        if description?.allSatisfy(\.isWhitespace) ?? true {
            description = MarkdownText.firstParagraph(of: frontMatter.body)
        }
        let related = fields.list("related", example: "[backend, python]", into: &diagnostics) ?? []
        var updated: Day?
        var updatedSource = LastUpdatedSource.frontMatter
        switch fields.day("updated", into: &diagnostics) {
        case .day(let day): updated = day
        // A date written wrong is reported where it is; no other date is looked for.
        case .invalid: updatedSource = .unknown
        case .absent: break
        }
        let isDraft = fields.flag("draft", into: &diagnostics) ?? false
        return RoadmapFile(
            slug: slug, title: title ?? slug.value, level: level, description: description,
            related: related.map { RelatedEntry(text: $0.0, location: fields.location(of: $0.1)) },
            updated: updated, updatedSource: updatedSource, isDraft: isDraft,
            source: RoadmapSource(path: path, bodyLineOffset: frontMatter.bodyLineOffset))
    }
}
