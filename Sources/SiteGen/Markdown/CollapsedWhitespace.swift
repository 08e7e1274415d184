/// Plain text with its white space collapsed, as descriptions, titles and map labels show it.
enum CollapsedWhitespace {
    /// `text` with its ends trimmed and each run of white space made one space: white space is
    /// what `Character.isWhitespace` says (Unicode's White_Space property of a character's first
    /// scalar), so a non-breaking or ideographic space counts as well.
    ///
    /// Worked out on UTF-8 bytes, a scalar at a time, where each scalar is its own character as
    /// far as white space goes: ASCII, and any text whose non-ASCII scalars next to white space
    /// are among `standsAlone`'s (a dash between spaces). Otherwise (a combining mark after a
    /// space joins it into one white-space character) on characters, `collapsedByCharacters`.
    /// Looking up each character's Unicode properties was 7% of a topic corpus build.
    static func collapsed(_ text: String) -> String {
        var text = text
        var joinsWhitespace = false
        let byScalars = text.withUTF8 { bytes in
            // Written straight into the new string's storage: the result is never longer.
            String(unsafeUninitializedCapacity: bytes.count) { output in
                var count = 0
                var spacePending = false
                var previousIsWhitespace = false
                var previousMayJoin = false
                var index = 0
                while index < bytes.count {
                    let lead = bytes[index]
                    let length: Int
                    let isWhitespace: Bool
                    let mayJoin: Bool
                    if lead < 0x80 {
                        // ASCII, most of any text: white space is tab to carriage return and space.
                        length = 1
                        isWhitespace = lead == 0x20 || (lead >= 0x09 && lead <= 0x0D)
                        mayJoin = false
                    } else {
                        length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                        var value = UInt32(lead) & (0x7F >> length)
                        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                        isWhitespace = Self.isWhitespace(value)
                        mayJoin = !isWhitespace && !standsAlone(value)
                    }
                    if (isWhitespace && previousMayJoin) || (mayJoin && previousIsWhitespace) {
                        joinsWhitespace = true
                        return 0
                    }
                    if isWhitespace {
                        spacePending = count > 0
                    } else {
                        if spacePending {
                            output[count] = UInt8(ascii: " ")
                            count += 1
                            spacePending = false
                        }
                        for offset in 0..<length { output[count + offset] = bytes[index + offset] }
                        count += length
                    }
                    previousIsWhitespace = isWhitespace
                    previousMayJoin = mayJoin
                    index += length
                }
                return count
            }
        }
        return joinsWhitespace ? collapsedByCharacters(text) : byScalars
    }

    /// Whether the scalar `value` has Unicode's White_Space property (PropList.txt): tab to
    /// carriage return, space, next line, no-break space, ogham space mark, the spaces from en
    /// quad to hair space, line and paragraph separators, narrow no-break space, medium
    /// mathematical space and ideographic space.
    static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Whether the non-ASCII scalar `value` is known never to join a white-space scalar next to
    /// it into one character (its grapheme cluster break property is neither Extend, ZWJ,
    /// SpacingMark nor Prepend): Latin-1 and Latin Extended letters, the general punctuation
    /// (dashes, quotes, bullets, ellipsis) and arrows. The tests check it against Swift's own
    /// character breaking.
    static func standsAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0x80...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF: true
        default: false
        }
    }

    /// `collapsed(_:)`'s answer worked out on characters and their Unicode properties alone (the
    /// reference the tests compare it with).
    static func collapsedByCharacters(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
