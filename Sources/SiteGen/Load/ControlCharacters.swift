/// The control characters content may not hold: C0 controls other than tab, line feed and
/// carriage return, DEL, and the C1 controls (U+0080 to U+009F).
///
/// HTML calls each of them a parse error ("control-character-in-input-stream", HTML Living
/// Standard, 13.2.3.5) and XML 1.0 refuses the C0 ones, so none may reach a page or a feed.
/// They are invisible in most editors; C1 controls are mostly Windows-1252 punctuation
/// (U+0092 for ’) decoded as Latin-1.
enum ControlCharacters {
    /// Whether `scalar` is one of the refused control characters.
    static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }

    /// The byte offset in UTF-8 `bytes` of the first refused control character, if any.
    static func firstOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        /// Whether a refused character starts at `index`.
        func isRefused(at index: Int) -> Bool {
            let byte = bytes[index]
            if byte < 0x20 { return byte != 0x09 && byte != 0x0A && byte != 0x0D }
            return byte == 0x7F || (byte == 0xC2 && index + 1 < count && bytes[index + 1] < 0xA0)
        }
        var index = 0
        // Eight bytes at a time, by the "has a zero byte" and "has a byte less than n" tests of
        // Sean Anderson's "Bit Twiddling Hacks": a word with a byte below 0x20, 0x7F or 0xC2 is
        // looked at byte by byte (most such words hold only a line feed or a tab, which are let
        // through), the others are skipped whole. A byte-by-byte scan was 1% of a topic corpus
        // build.
        if let base = bytes.baseAddress {
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if mayHoldControl(word) {
                    for offset in index..<index + 8 where isRefused(at: offset) { return offset }
                }
                index += 8
            }
        }
        while index < count {
            if isRefused(at: index) { return index }
            index += 1
        }
        return nil
    }

    /// Whether one of the eight bytes of `word` is below 0x20, 0x7F or 0xC2 (exact, no false
    /// answer either way).
    @inline(__always)
    private static func mayHoldControl(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let below0x20 = (word &- ones &* 0x20) & ~word & highs != 0
        return below0x20 || hasZeroByte(word ^ (ones &* 0x7F)) || hasZeroByte(word ^ (ones &* 0xC2))
    }

    /// How a message names a refused control character: `U+001B (escape)`.
    static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let names: [UInt32: String] = [
            0x00: "NUL", 0x07: "bell", 0x08: "backspace", 0x0B: "vertical tab", 0x0C: "form feed",
            0x1B: "escape", 0x7F: "delete",
        ]
        if let name = names[scalar.value] { return "\(code) (\(name))" }
        return scalar.value >= 0x80 ? "\(code) (a C1 control, often a Windows-1252 character read as Latin-1)" : code
    }
}
