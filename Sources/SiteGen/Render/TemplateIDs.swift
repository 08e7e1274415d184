/// The element ids a template writes as they are (`id="main"`), not from a value
/// (`id="{{id}}"`), with where each is written.
enum TemplateIDs {
    struct Literal: Equatable {
        var id: String
        var line: Int
        var column: Int
    }

    /// Every `id="..."` or `id='...'` attribute of `text` whose value holds no `{{`.
    static func literals(in text: String) -> [Literal] {
        var found: [Literal] = []
        var line = 1
        for lineText in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = lineText[...]
            while let attribute = rest.range(of: "id=") {
                let before =
                    attribute.lowerBound == lineText.startIndex
                    ? " " : lineText[lineText.index(before: attribute.lowerBound)]
                rest = rest[attribute.upperBound...]
                guard before == " " || before == "\t", let quote = rest.first, quote == "\"" || quote == "'" else {
                    continue
                }
                let value = rest.dropFirst()
                guard let end = value.firstIndex(of: quote) else { break }
                let id = String(value[..<end])
                rest = value[end...]
                if !id.contains("{{") {
                    let column =
                        lineText.unicodeScalars.distance(from: lineText.startIndex, to: attribute.lowerBound) + 1
                    found.append(Literal(id: id, line: line, column: column))
                }
            }
            line += 1
        }
        return found
    }

    /// Whether a heading could be given `id`: it is its own slug (lowercase, no punctuation
    /// but `-` and `_`), as `search` is and `siteSearch` or `a.b` are not.
    static func couldBeHeadingID(_ id: String) -> Bool {
        HeadingSlugger.baseSlug(id) == id
    }
}
