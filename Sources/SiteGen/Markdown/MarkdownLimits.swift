/// The limits a roadmap's Markdown must keep so that cmark-gfm 0.29.0.gfm.6, the version
/// Debian 12 ships and sitegen links, parses it in time and memory linear in its length.
///
/// That version lacks the fixes of seven advisories published since (0.29.0.gfm.7 to .13).
/// Each limit bounds what one of them is quadratic in, checked by one linear pass over the
/// text before cmark-gfm sees it (`MarkdownLimitScan`); a text past a limit is refused with an
/// error at the line, never parsed. The scan reads the block structure conservatively: where it
/// cannot tell, it counts as if the worst were true, so it may refuse a contrived text cmark-gfm
/// would parse quickly, but never lets a slow one through.
///
/// - GHSA-w4qg-3vf7-m9x5 (CVE-2023-37463, fixed in .12): a table row's cells cost the square of
///   their number to render, and rows shorter than the header are filled with empty cells, so a
///   wide header over many short rows writes rows × columns cells (a 6 KB page took 4 s and
///   315 MB). At most `maximumTableCells` cells a line, and no table fills in more cells than its
///   rows and header write.
/// - GHSA-29g3-96g3-jg6c (CVE-2023-22483, .7): a line shaped like a table's delimiter row
///   makes the whole paragraph above it be read again as a header row, and each of its lines be
///   scanned back to the previous `|`: that work is bounded (`headerWorkAllowance`) per
///   paragraph. Also, a plain URL is scanned to its end once per `www.`, `://`, `@` and `)` in
///   it: a URL-like word may be `maximumLinkWordLength` bytes long (the sitemap protocol's
///   limit) and hold `maximumLinkTriggers` of the first three and `maximumLinkParentheses` `)`.
/// - GHSA-r572-jvj2-3m8p (CVE-2023-22486, .7) and GHSA-29g3's emphasis and strikethrough cases:
///   link brackets and emphasis runs cost the square of their number in one paragraph (at most
///   `maximumInlineMarks`), and so do runs of `~` (at most `maximumTildeRuns`). Each unclosed
///   `<?` or `<![CDATA[` is scanned to the paragraph's end: at most `maximumUnclosedHTMLStarts`.
/// - GHSA-66g8-4hjf-77xh (CVE-2023-24824, .10/.11) and GHSA-29g3's nested block quotes: every
///   node added costs the depth of the blocks it sits in: at most `maximumNesting` levels.
/// - GHSA-29g3's reference definition case: each use of a link reference copies its URL and
///   title, so a long definition used often writes their product: the longest definition times
///   the number of `]` may not pass `maximumReferenceExpansion(textLength:)`.
/// - GHSA-c944-cv5f-hpvr (CVE-2023-22485, .7): an address like `to:me@example.org` at the
///   start of a paragraph, heading or table cell makes the autolink extension read up to 8
///   bytes before its buffer (a heap over-read that can change the output): refused.
///
/// GHSA-24f7-9frr-5h2r (`<!--` repeated) and GHSA-r8vr-c48j-fcc5 (nested `_` and list numbers
/// in the CommonMark, man and LaTeX renderers) do not apply: 0.29.0.gfm.6 parses the first in
/// linear time, and sitegen renders HTML only.
enum MarkdownLimits {
    /// The deepest nesting of block quotes, list items and footnote definitions (the number
    /// cmark-gfm 0.29.0.gfm.11 itself stops list nesting at).
    static let maximumNesting = 100
    /// The most table cells (or `|`-separated parts) one line may have.
    static let maximumTableCells = 128
    /// The most link brackets and emphasis runs in one paragraph.
    static let maximumInlineMarks = 2_000
    /// The most runs of `~` (strikethrough marks) in one paragraph.
    static let maximumTildeRuns = 256
    /// The most `<?` and `<![CDATA[` in one paragraph.
    static let maximumUnclosedHTMLStarts = 64
    /// The longest word holding `www.`, `://` or `@` (a URL or address), in bytes.
    static let maximumLinkWordLength = 2_048
    /// The most `www.`, `://` and `@` in one such word.
    static let maximumLinkTriggers = 8
    /// The most `)` in one such word.
    static let maximumLinkParentheses = 32
    /// How much reading again delimiter-like lines may cost in one paragraph: 32 times its
    /// length, plus 64 KB.
    static func headerWorkAllowance(paragraphLength: Int) -> Int { 32 * paragraphLength + 65_536 }
    /// The most bytes reference links may copy: 8 times the text, and at least 2 MB (cmark
    /// 0.30 allows the text's length, at least 100 KB, and quietly stops expanding past it).
    static func maximumReferenceExpansion(textLength: Int) -> Int { max(2_000_000, 8 * textLength) }

    /// One limit a text breaks, at the 1-based line and byte column where it first does.
    struct Violation: Error, Hashable {
        var line: Int
        var byteColumn: Int
        var message: String
        var hint: String
    }

    /// Every limit `markdown` breaks, the first place for each kind, in the order found.
    static func violations(in markdown: String) -> [Violation] {
        var text = markdown
        return text.withUTF8(violations(in:))
    }

    /// `violations(in:)` of UTF-8 `bytes`.
    static func violations(in bytes: UnsafeBufferPointer<UInt8>) -> [Violation] {
        var scan = MarkdownLimitScan(bytes: bytes)
        scan.run()
        return scan.violations
    }
}
