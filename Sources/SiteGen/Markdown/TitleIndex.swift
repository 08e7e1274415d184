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
        asciiKey(title) ?? characterKey(title)
    }

    /// `key(_:)` of a title in ASCII, typographic quotes and dashes (`’ ‘ “ ” – —`), byte by
    /// byte: a fifth of the time of `characterKey`, which asks Unicode's tables about every
    /// character; nil for a title with any other character.
    static func asciiKey(_ title: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(title.utf8.count)
        var pendingSpace = false
        var utf8 = title.utf8.makeIterator()
        while let byte = utf8.next() {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                // The ASCII characters `Character.isWhitespace` is true for.
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            switch byte {
            case 0x41...0x5A: bytes.append(byte | 0x20)
            case 0xE2:
                // U+2013 to U+201D: E2 80 93 to E2 80 9D.
                guard utf8.next() == 0x80, let last = utf8.next() else { return nil }
                switch last {
                case 0x93, 0x94: bytes.append(contentsOf: [0xE2, 0x80, last])
                case 0x98, 0x99: bytes.append(UInt8(ascii: "'"))
                case 0x9C, 0x9D: bytes.append(UInt8(ascii: "\""))
                default: return nil
                }
            case 0x80...: return nil
            default: bytes.append(byte)
            }
        }
        while let last = bytes.last, Self.trailingASCII.contains(last) { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `key(_:)` of any title, character by character.
    static func characterKey(_ title: String) -> String {
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
    /// `trailingPunctuation` in ASCII, and the space.
    private static let trailingASCII: [UInt8] = Array(" .,:;!?".utf8)
}
