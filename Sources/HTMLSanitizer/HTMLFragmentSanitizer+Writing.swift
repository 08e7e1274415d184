// How `HTMLFragmentSanitizer` writes what it keeps: HTML's serialization of tags, attributes
// and text, and the spaces that stand for dropped elements.

extension HTMLFragmentSanitizer {
    /// Writes a kept start tag with its kept attributes (HTML's serialization: values in
    /// double quotes, `&`, `"` and no-break spaces escaped).
    mutating func writeStartTag(_ tag: HTMLStartTag) {
        written.append(UInt8(ascii: "<"))
        written.append(contentsOf: tag.name.utf8)
        let added = policy.addedAttributes[tag.name] ?? [:]
        for attribute in tag.attributes {
            guard added[attribute.name] == nil, let value = keptValue(of: attribute, on: tag.name) else { continue }
            if !attribute.hasValue, value.isEmpty {
                written.append(UInt8(ascii: " "))
                written.append(contentsOf: attribute.name.utf8)
                continue
            }
            writeAttribute(attribute.name, value: value)
        }
        for (name, value) in added.sorted(by: { $0.key < $1.key }) {
            writeAttribute(name, value: Array(value.utf8))
        }
        written.append(UInt8(ascii: ">"))
    }

    /// The value an attribute keeps on a kept element, or nil if it is dropped.
    func keptValue(of attribute: HTMLAttribute, on element: String) -> [UInt8]? {
        guard policy.keeps(attribute: attribute.name, on: element) else { return nil }
        guard let rule = policy.urlRules[element]?[attribute.name] else { return attribute.value }
        // Browsers ignore whitespace around a URL; it is dropped before the scheme is checked.
        let value = Array(
            attribute.value.drop(while: HTMLTokenizer.isWhitespace).reversed().drop(while: HTMLTokenizer.isWhitespace)
                .reversed())
        return rule.allows(value) ? value : nil
    }

    mutating func writeAttribute(_ name: String, value: [UInt8]) {
        written.append(UInt8(ascii: " "))
        written.append(contentsOf: name.utf8)
        written.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "\"")])
        writeEscaped(value, inAttribute: true)
        written.append(UInt8(ascii: "\""))
    }

    /// Writes text: escaped for HTML, as it is for text.
    mutating func writeText(_ text: [UInt8]) {
        if output == .html { writeEscaped(text, inAttribute: false) } else { written.append(contentsOf: text) }
    }

    /// Writes `bytes` escaped as HTML's serialization escapes them: `&` and no-break spaces, and
    /// `"` in an attribute value or `<` and `>` in text.
    mutating func writeEscaped(_ bytes: [UInt8], inAttribute: Bool) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "&"): written.append(contentsOf: Array("&amp;".utf8))
            case UInt8(ascii: "\"") where inAttribute: written.append(contentsOf: Array("&quot;".utf8))
            case UInt8(ascii: "<") where !inAttribute: written.append(contentsOf: Array("&lt;".utf8))
            case UInt8(ascii: ">") where !inAttribute: written.append(contentsOf: Array("&gt;".utf8))
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0:
                written.append(contentsOf: Array("&nbsp;".utf8))
                index += 1
            default: written.append(byte)
            }
            index += 1
        }
    }

    mutating func writeSpaceBefore(droppedElement name: String) {
        guard policy.whitespaceElements.contains(name) else { return }
        written.append(UInt8(ascii: " "))
        spaceBeforeDroppedElement = tokenCount
    }

    mutating func writeSpaceAfter(droppedElement name: String) {
        guard policy.whitespaceElements.contains(name), spaceBeforeDroppedElement != tokenCount - 1 else { return }
        written.append(UInt8(ascii: " "))
    }
}
