/// The ids cmark-gfm gives footnotes, read off its rendering of footnote definitions.
///
/// A definition is `<li id="fn-LABEL">` and links back to each reference, whose ids are
/// `fnref-LABEL`, `fnref-LABEL-2`, ... in the text (`href="#fnref-..."`). Read from the HTML
/// rather than worked out from the labels, so they are the ids the library really writes;
/// other ids and links a footnote holds are not footnotes' own.
enum FootnoteIDs {
    /// Every definition's id and every reference's id, in the order written.
    static func ids(inFootnotesHTML html: String) -> [String] {
        var ids: [String] = []
        for (marker, prefix) in [(" id=\"", "fn-"), (" href=\"#", "fnref-")] {
            var rest = html[...]
            while let start = rest.range(of: marker + prefix) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                ids.append(prefix + rest[..<end])
                rest = rest[end...]
            }
        }
        return ids
    }
}
