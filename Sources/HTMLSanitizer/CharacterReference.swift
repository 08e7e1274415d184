/// Decoding of character references (`&amp;`, `&#60;`, `&#x3C;`) as the HTML tokenizer does it
/// (WHATWG HTML, "character reference state" and the states after it).
enum CharacterReference {
    /// Each name of `namedTable` (as written after `&`, `;` included when it has one) with the
    /// UTF-8 of the characters it stands for.
    static let named: [[UInt8]: [UInt8]] = {
        var table: [[UInt8]: [UInt8]] = [:]
        table.reserveCapacity(2_300)
        for line in namedTable.utf8.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: " "))
            var value: [UInt8] = []
            for field in fields.dropFirst() {
                let scalar = Unicode.Scalar(UInt32(String(decoding: field, as: UTF8.self), radix: 16) ?? 0xFFFD)
                value.append(contentsOf: String(scalar ?? "\u{FFFD}").utf8)
            }
            table[Array(fields[0])] = value
        }
        return table
    }()

    /// The longest name in the table, `;` included.
    static let longestName = 33

    /// Decodes the character reference whose `&` is at `ampersand`, reading no further than
    /// `end`. Returns the UTF-8 of the characters it stands for and the index after it, or nil
    /// when the `&` starts no reference and is a literal `&`.
    ///
    /// `inAttribute` applies the attribute-value rule: a legacy name without `;` followed by
    /// `=` or an alphanumeric (`?a=1&copy=2`) is left as it is.
    static func decode(_ bytes: [UInt8], ampersand: Int, end: Int, inAttribute: Bool) -> (value: [UInt8], next: Int)? {
        let start = ampersand + 1
        guard start < end else { return nil }
        if bytes[start] == UInt8(ascii: "#") {
            return decodeNumeric(bytes, hash: start, end: end)
        }
        var nameEnd = start
        while nameEnd < end, nameEnd - start < longestName, isASCIIAlphanumeric(bytes[nameEnd]) { nameEnd += 1 }
        if nameEnd < end, nameEnd - start < longestName, bytes[nameEnd] == UInt8(ascii: ";") { nameEnd += 1 }
        guard nameEnd > start else { return nil }
        // The longest name in the table that the text starts with.
        var length = nameEnd - start
        while length > 0 {
            if let value = named[Array(bytes[start..<start + length])] {
                let next = start + length
                let endsWithSemicolon = bytes[next - 1] == UInt8(ascii: ";")
                if !endsWithSemicolon, inAttribute, next < end,
                    bytes[next] == UInt8(ascii: "=") || isASCIIAlphanumeric(bytes[next])
                {
                    return nil
                }
                return (value, next)
            }
            length -= 1
        }
        return nil
    }

    /// `&#123;` or `&#x7B;`, the `;` optional; nil when no digit follows (`&#` is literal).
    private static func decodeNumeric(_ bytes: [UInt8], hash: Int, end: Int) -> (value: [UInt8], next: Int)? {
        var index = hash + 1
        var isHex = false
        if index < end, bytes[index] == UInt8(ascii: "x") || bytes[index] == UInt8(ascii: "X") {
            isHex = true
            index += 1
        }
        let digitsStart = index
        var code: UInt32 = 0
        while index < end, let digit = digitValue(bytes[index], hex: isHex) {
            // Past U+10FFFF the value is replaced anyway; stop growing it.
            if code <= 0x10FFFF { code = code * (isHex ? 16 : 10) + digit }
            index += 1
        }
        guard index > digitsStart else { return nil }
        if index < end, bytes[index] == UInt8(ascii: ";") { index += 1 }
        let scalar = scalar(forNumericReference: code)
        // A control character other than whitespace is dropped, as it is when written as it is.
        if isDroppedControl(scalar) { return ([], index) }
        return (Array(String(scalar).utf8), index)
    }

    /// The character a numeric reference stands for, after the spec's replacements: NUL,
    /// surrogates and values past U+10FFFF become U+FFFD, and 0x80...0x9F are read as
    /// windows-1252, as browsers do.
    static func scalar(forNumericReference code: UInt32) -> Unicode.Scalar {
        if code == 0 || code > 0x10FFFF || (0xD800...0xDFFF).contains(code) { return "\u{FFFD}" }
        if (0x80...0x9F).contains(code), let replacement = windows1252[code] {
            return Unicode.Scalar(replacement) ?? "\u{FFFD}"
        }
        return Unicode.Scalar(code) ?? "\u{FFFD}"
    }

    /// C0 controls other than tab, LF, FF and CR; DEL; C1 controls.
    static func isDroppedControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x01...0x08, 0x0B, 0x0E...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }

    /// The numeric character reference replacements for 0x80...0x9F (WHATWG HTML, "numeric
    /// character reference end state").
    private static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        isASCIIAlpha(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    static func isASCIIAlpha(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }
}
