/// Plain text with its white space collapsed, as descriptions, titles and map labels show it.
enum CollapsedWhitespace {
    /// `text` with its ends trimmed and each run of white space made one space: white space is
    /// what `Character.isWhitespace` says (Unicode's White_Space property of a character's first
    /// scalar), so a non-breaking or ideographic space counts as well.
    ///
    /// ASCII text, most of it, is collapsed on its UTF-8 bytes (its white space is then tab,
    /// line feed, vertical tab, form feed, carriage return and space, and each byte is a
    /// character but `\r\n`, which is white space too); any other text on its characters,
    /// looking up the Unicode properties of those that do not start with an ASCII byte only.
    /// Looking them up for every character was 7% of a topic corpus build.
    static func collapsed(_ text: String) -> String {
        var text = text
        let ascii: String? = text.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { output in
                var count = 0
                var spacePending = false
                for byte in bytes {
                    if byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte) {
                        spacePending = count > 0
                        continue
                    }
                    if spacePending {
                        output[count] = UInt8(ascii: " ")
                        count += 1
                        spacePending = false
                    }
                    output[count] = byte
                    count += 1
                }
                return count
            }
        }
        return ascii ?? text.split(whereSeparator: isWhitespace).joined(separator: " ")
    }

    /// `character.isWhitespace`, told from its first byte when that is ASCII: the property is
    /// its first scalar's, and the Unicode lookup is for the others only.
    private static func isWhitespace(_ character: Character) -> Bool {
        let first = character.utf8.first ?? 0
        guard first >= 0x80 else { return first == UInt8(ascii: " ") || (0x09...0x0D).contains(first) }
        return character.isWhitespace
    }

    /// `collapsed(_:)`'s answer worked out on characters and their Unicode properties alone (the
    /// reference the tests compare it with).
    static func collapsedByCharacters(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
