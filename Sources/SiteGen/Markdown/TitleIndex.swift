/// Where each title of a page leads (a section's `#id`, a topic's page), looked up by a title
/// as a reader compares them (`key(_:)`): "What You’ll Learn:" and "what you'll learn" are one.
struct TitleIndex: Sendable, Equatable {
    private var hrefs: [String: String] = [:]

    /// An empty index.
    init() {}

    /// Adds `title` leading to `href`, unless a title that reads the same is in already: the
    /// first added wins (so the first of two sections of one title, and a section before a
    /// topic when sections are added first).
    mutating func add(title: String, href: String) {
        let key = Self.key(title)
        guard !key.isEmpty, hrefs[key] == nil else { return }
        hrefs[key] = href
    }

    /// Where a title that reads as `title` leads, if one is in the index.
    func href(for title: String) -> String? {
        hrefs[Self.key(title)]
    }

    /// `title` as a reader compares it: lowercased; typographic apostrophes and quotes
    /// (`’ ‘ ʼ “ ”`) as the typewriter ones; each run of white space as one space, none at the
    /// ends; and no trailing `.`, `,`, `:`, `;`, `!`, `?` or `…` (a list item's full stop, a
    /// heading's colon). Other punctuation counts: "C++" and "C" differ.
    static func key(_ title: String) -> String {
        var key = ""
        key.reserveCapacity(title.utf8.count)
        var pendingSpace = false
        for character in title.lowercased() {
            if character.isWhitespace {
                pendingSpace = !key.isEmpty
                continue
            }
            if pendingSpace {
                key.append(" ")
                pendingSpace = false
            }
            switch character {
            case "\u{2019}", "\u{2018}", "\u{02BC}": key.append("'")
            case "\u{201C}", "\u{201D}": key.append("\"")
            default: key.append(character)
            }
        }
        while let last = key.last, last == " " || Self.trailingPunctuation.contains(last) { key.removeLast() }
        return key
    }

    private static let trailingPunctuation: Set<Character> = [".", ",", ":", ";", "!", "?", "\u{2026}"]
}
