// The RCDATA, RAWTEXT and script data states of `HTMLTokenizer`, and its reading of characters.

extension HTMLTokenizer {
    /// The index of the `<` of the first `</name` followed by whitespace, `/` or `>` at or after
    /// `start` (an "appropriate end tag"); nil if there is none.
    func appropriateEndTag(_ name: String, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), isAppropriateEndTag(name, at: index) { return index }
            index += 1
        }
        return nil
    }

    func isAppropriateEndTag(_ name: String, at index: Int) -> Bool {
        let delimiter = index + 2 + name.utf8.count
        guard delimiter < bytes.count, bytes[index + 1] == UInt8(ascii: "/"), starts(with: name, at: index + 2)
        else { return false }
        let byte = bytes[delimiter]
        return Self.isWhitespace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
    }

    /// The index of the `<` of the `</script` that ends a script's text starting at `start`, or
    /// the end of the fragment: the script data, escaped and double-escaped states, where
    /// `<!--` ... `<script>` ... `-->` hides a `</script>`.
    func scriptDataEnd(from start: Int) -> Int {
        enum State { case data, escaped, doubleEscaped }
        var state = State.data
        // Dashes just read in an escaped state: `>` after two or more leaves it.
        var dashes = 0
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            switch state {
            case .data:
                if byte == UInt8(ascii: "<") {
                    if isAppropriateEndTag("script", at: index) { return index }
                    if starts(with: "<!--", at: index) {
                        state = .escaped
                        dashes = 2
                        index += 4
                        continue
                    }
                }
            case .escaped, .doubleEscaped:
                if byte == UInt8(ascii: "-") {
                    dashes += 1
                    index += 1
                    continue
                }
                if byte == UInt8(ascii: ">"), dashes >= 2 {
                    state = .data
                } else if byte == UInt8(ascii: "<") {
                    if state == .escaped, isAppropriateEndTag("script", at: index) { return index }
                    if state == .escaped, isScriptTagName(at: index + 1) {
                        state = .doubleEscaped
                        index += 7
                        dashes = 0
                        continue
                    }
                    if state == .doubleEscaped, bytes.count > index + 1, bytes[index + 1] == UInt8(ascii: "/"),
                        isScriptTagName(at: index + 2)
                    {
                        state = .escaped
                        index += 8
                        dashes = 0
                        continue
                    }
                }
                dashes = 0
            }
            index += 1
        }
        return bytes.count
    }

    /// Whether `script` (any case) followed by whitespace, `/` or `>` is at `index`.
    func isScriptTagName(at index: Int) -> Bool {
        let delimiter = index + 6
        guard delimiter < bytes.count, starts(with: "script", at: index) else { return false }
        let byte = bytes[delimiter]
        return Self.isWhitespace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
    }

    // MARK: Characters

    /// The text from `start` to `end` in a state other than data, preprocessed; with character
    /// references decoded when `decoding` is set (RCDATA).
    func appendingText(from start: Int, to end: Int, decoding: Bool) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(end - start)
        var index = start
        while index < end {
            if decoding, bytes[index] == UInt8(ascii: "&"),
                let reference = CharacterReference.decode(bytes, ampersand: index, end: end, inAttribute: false)
            {
                text.append(contentsOf: reference.value)
                index = reference.next
                continue
            }
            index += appendCharacter(at: index, to: &text, keepsNUL: true)
        }
        return text
    }

    /// Appends the character whose first byte is at `index`, preprocessed: CRLF and CR become
    /// LF; C0 controls other than whitespace, DEL and C1 controls are dropped; NUL becomes U+FFFD
    /// where `keepsNUL` (names, attribute values, text outside the data state) and is dropped in
    /// the data state (the tree builder ignores it there). Returns how many bytes it read.
    @inline(__always)
    func appendCharacter(
        at index: Int, to output: inout [UInt8], keepsNUL: Bool, lowercasing: Bool = false
    ) -> Int {
        let byte = bytes[index]
        switch byte {
        case 0x0D:
            output.append(0x0A)
            return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0x00:
            if keepsNUL { output.append(contentsOf: [0xEF, 0xBF, 0xBD]) }
            return 1
        case 0x01...0x08, 0x0B, 0x0E...0x1F, 0x7F:
            return 1
        case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
            return 2
        case UInt8(ascii: "A")...UInt8(ascii: "Z") where lowercasing:
            output.append(byte | 0x20)
            return 1
        default:
            output.append(byte)
            return 1
        }
    }

    /// Whether `text` (ASCII) is at `index`, ignoring ASCII case unless told otherwise.
    func starts(with text: String, at index: Int, ignoringCase: Bool = true) -> Bool {
        var position = index
        for expected in text.utf8 {
            guard position < bytes.count else { return false }
            let byte = bytes[position]
            let matches =
                ignoringCase && CharacterReference.isASCIIAlpha(expected)
                ? byte | 0x20 == expected | 0x20 : byte == expected
            guard matches else { return false }
            position += 1
        }
        return true
    }

    /// ASCII whitespace as the tokenizer reads it (CR included: preprocessing makes it LF).
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
