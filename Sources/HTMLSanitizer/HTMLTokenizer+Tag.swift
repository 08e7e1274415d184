// The tag states of `HTMLTokenizer`.

extension HTMLTokenizer {
    /// The tag whose `<` is at `start` and whose name starts at `nameStart`: the tag name,
    /// attribute name and value (all three quotings), after-attribute and self-closing states.
    func tag(at start: Int, nameStart: Int, isEnd: Bool) -> (token: HTMLToken?, next: Int) {
        enum State {
            case name, beforeAttributeName, attributeName, afterAttributeName, beforeAttributeValue
            case doubleQuotedValue, singleQuotedValue, unquotedValue, afterQuotedValue, selfClosing
        }
        var state = State.name
        var name: [UInt8] = []
        var attributes: [HTMLAttribute] = []
        var attributeName: [UInt8] = []
        var attributeValue: [UInt8] = []
        var hasValue = false
        var inAttribute = false
        var isSelfClosing = false

        func finishAttribute() {
            guard inAttribute else { return }
            inAttribute = false
            let finished = String(decoding: attributeName, as: UTF8.self)
            // A repeated attribute is dropped; the first one counts.
            if !attributes.contains(where: { $0.name == finished }) {
                attributes.append(HTMLAttribute(name: finished, value: attributeValue, hasValue: hasValue))
            }
        }
        func startAttribute() {
            inAttribute = true
            attributeName.removeAll()
            attributeValue.removeAll()
            hasValue = false
        }
        func emit(_ next: Int) -> (token: HTMLToken?, next: Int) {
            finishAttribute()
            let tagName = String(decoding: name, as: UTF8.self)
            if isEnd { return (.endTag(name: tagName, offset: start), next) }
            let tag = HTMLStartTag(name: tagName, attributes: attributes, isSelfClosing: isSelfClosing, offset: start)
            return (.startTag(tag), next)
        }

        var index = nameStart
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch state {
            case .name:
                if Self.isWhitespace(byte) {
                    state = .beforeAttributeName
                } else if byte == UInt8(ascii: "/") {
                    state = .selfClosing
                } else if byte == UInt8(ascii: ">") {
                    return emit(index)
                } else {
                    index += appendCharacter(at: index - 1, to: &name, keepsNUL: true, lowercasing: true) - 1
                }
            case .beforeAttributeName:
                if Self.isWhitespace(byte) { continue }
                if byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") {
                    state = .afterAttributeName
                    index -= 1
                } else {
                    startAttribute()
                    state = .attributeName
                    // `=` here starts a name (a parse error); anything else is read again.
                    if byte == UInt8(ascii: "=") { attributeName.append(byte) } else { index -= 1 }
                }
            case .attributeName:
                if Self.isWhitespace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") {
                    state = .afterAttributeName
                    index -= 1
                } else if byte == UInt8(ascii: "=") {
                    state = .beforeAttributeValue
                } else {
                    index +=
                        appendCharacter(at: index - 1, to: &attributeName, keepsNUL: true, lowercasing: true) - 1
                }
            case .afterAttributeName:
                if Self.isWhitespace(byte) { continue }
                if byte == UInt8(ascii: "/") {
                    finishAttribute()
                    state = .selfClosing
                } else if byte == UInt8(ascii: "=") {
                    state = .beforeAttributeValue
                } else if byte == UInt8(ascii: ">") {
                    return emit(index)
                } else {
                    finishAttribute()
                    startAttribute()
                    state = .attributeName
                    index -= 1
                }
            case .beforeAttributeValue:
                if Self.isWhitespace(byte) { continue }
                hasValue = true
                if byte == UInt8(ascii: "\"") {
                    state = .doubleQuotedValue
                } else if byte == UInt8(ascii: "'") {
                    state = .singleQuotedValue
                } else if byte == UInt8(ascii: ">") {
                    return emit(index)
                } else {
                    state = .unquotedValue
                    index -= 1
                }
            case .doubleQuotedValue, .singleQuotedValue:
                let quote = state == .doubleQuotedValue ? UInt8(ascii: "\"") : UInt8(ascii: "'")
                if byte == quote {
                    state = .afterQuotedValue
                } else {
                    index = appendValueCharacter(at: index - 1, to: &attributeValue)
                }
            case .unquotedValue:
                if Self.isWhitespace(byte) {
                    finishAttribute()
                    state = .beforeAttributeName
                } else if byte == UInt8(ascii: ">") {
                    return emit(index)
                } else {
                    index = appendValueCharacter(at: index - 1, to: &attributeValue)
                }
            case .afterQuotedValue:
                finishAttribute()
                if Self.isWhitespace(byte) {
                    state = .beforeAttributeName
                } else if byte == UInt8(ascii: "/") {
                    state = .selfClosing
                } else if byte == UInt8(ascii: ">") {
                    return emit(index)
                } else {
                    state = .beforeAttributeName
                    index -= 1
                }
            case .selfClosing:
                if byte == UInt8(ascii: ">") {
                    isSelfClosing = true
                    return emit(index)
                }
                state = .beforeAttributeName
                index -= 1
            }
        }
        // The fragment ends inside the tag: the tag is dropped.
        return (nil, bytes.count)
    }

    /// Appends the attribute-value character at `index` (decoding a character reference) and
    /// returns the index after it.
    func appendValueCharacter(at index: Int, to value: inout [UInt8]) -> Int {
        if bytes[index] == UInt8(ascii: "&"),
            let reference = CharacterReference.decode(bytes, ampersand: index, end: bytes.count, inAttribute: true)
        {
            value.append(contentsOf: reference.value)
            return reference.next
        }
        return index + appendCharacter(at: index, to: &value, keepsNUL: true)
    }
}
