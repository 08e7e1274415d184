import Foundation

/// What a file name in `content/roadmaps/` is: a roadmap, a file to pass over, or a misnamed
/// roadmap with the name it should have.
enum RoadmapFileName: Equatable {
    /// `<slug>.md`: a roadmap.
    case roadmap(Slug)
    /// A file that is not content and is passed over without a word: hidden files, editors'
    /// backups and swap files, and the folder's README (which GitHub shows for the folder).
    case skipped
    /// A Markdown file whose name is not `<slug>.md`, with the valid name closest to it, if any.
    case misnamed(suggestion: String?)
    /// A file that is not Markdown at all.
    case notMarkdown

    /// The extensions Markdown files are saved with, compared without regard to case; only
    /// `.md` in lowercase is a roadmap's.
    static let markdownExtensions: Set<String> = ["md", "markdown", "mdown", "mkd", "mkdn", "mdwn"]

    /// Classifies a file name.
    init(_ name: String) {
        if Self.isEditorScratch(name) {
            self = .skipped
            return
        }
        let dot = name.lastIndex(of: ".")
        let stem = dot.map { String(name[..<$0]) } ?? name
        let fileExtension = dot.map { String(name[name.index(after: $0)...]) } ?? ""
        if stem.lowercased() == "readme" {
            self = .skipped
        } else if !Self.markdownExtensions.contains(fileExtension.lowercased()) {
            self = .notMarkdown
        } else if fileExtension == "md", let slug = Slug(stem) {
            self = .roadmap(slug)
        } else {
            self = .misnamed(suggestion: Self.suggestedSlug(for: stem).map { $0 + ".md" })
        }
    }

    /// Whether a file name is one editors and tools write beside the real files: hidden
    /// (`.x.swp`, `.#x`, `.DS_Store`), backups (`x~`, `#x#`, `x.bak`, `x.orig`), swap and
    /// temporary files (`x.swp`, `x.swo`, `x.swx`, `x.tmp`) and vim's write test `4913`.
    static func isEditorScratch(_ name: String) -> Bool {
        if name.isEmpty || name.hasPrefix(".") || name.hasSuffix("~") || name == "4913" { return true }
        if name.count > 1, name.hasPrefix("#"), name.hasSuffix("#") { return true }
        let lowered = name.lowercased()
        return [".swp", ".swo", ".swx", ".tmp", ".bak", ".orig"].contains { lowered.hasSuffix($0) }
    }

    /// A valid slug made from `stem`: letters transliterated to ASCII (`café` → `cafe`),
    /// lowercased, and every run of other characters made one dash; nil when nothing is left.
    static func suggestedSlug(for stem: String) -> String? {
        var words: [String] = []
        var word = ""
        for scalar in transliterated(stem).lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        let slug = words.joined(separator: "-")
        return Slug.isValid(slug) ? slug : nil
    }

    /// Latin letters with their marks taken off (`é` → `e`, by canonical decomposition) and
    /// the letters that do not decompose spelled in ASCII (`ß` → `ss`, `æ` → `ae`, `ø` → `o`);
    /// other characters are left as they are.
    static func transliterated(_ text: String) -> String {
        var result = ""
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if let spelled = asciiSpellings[scalar] {
                result += spelled
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Latin letters without a canonical decomposition, as they are usually written in ASCII.
    private static let asciiSpellings: [Unicode.Scalar: String] = [
        "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
        "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H",
    ]
}
