/// A short quotation of input text for a message, so that no diagnostic ever repeats more of a
/// file than it needs to point at the problem: a value mistyped in `site.yml` is quoted, a
/// private key or a `.netrc` read by mistake is not.
///
/// Only the first line is kept, at most `maximumLength` characters of it; anything cut is
/// marked with `…`.
enum Excerpt {
    /// The most characters quoted from one value.
    static let maximumLength = 40

    /// `text` cut to its first line and `maximumLength` characters.
    static func of(_ text: some StringProtocol) -> String {
        let firstLine = text.prefix { !$0.isNewline }
        guard firstLine.count > maximumLength || firstLine.endIndex != text.endIndex else { return String(text) }
        return String(firstLine.prefix(maximumLength)) + "…"
    }

    /// `text` cut as `of` does, in backticks, as messages quote values.
    static func quoted(_ text: some StringProtocol) -> String {
        "`" + of(text) + "`"
    }
}
