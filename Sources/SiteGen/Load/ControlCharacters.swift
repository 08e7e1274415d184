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
        // Sixteen bytes at a time (the standard library's SIMD16: SSE2 on x86-64, NEON on arm64):
        // a block is looked at byte by byte only when it holds a byte below 0x20 other than tab,
        // line feed and carriage return, or 0x7F, or 0xC2 (which starts U+0080 to U+00BF, the C1
        // controls among them). Eight bytes at a time by bit tricks, which stopped at every line
        // feed, was 0.8% of a topic-corpus build's samples; a byte at a time, 1%.
        if let base = bytes.baseAddress {
            while index + 16 <= count {
                if mayHoldControl(UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)) {
                    for offset in index..<index + 16 where isRefused(at: offset) { return offset }
                }
                index += 16
            }
        }
        while index < count {
            if isRefused(at: index) { return index }
            index += 1
        }
        return nil
    }

    /// Whether one of the 16 bytes of `block` is below 0x20 but for tab, line feed and carriage
    /// return, or is 0x7F or 0xC2 (exact, no false answer either way).
    @inline(__always)
    private static func mayHoldControl(_ block: SIMD16<UInt8>) -> Bool {
        var found = block .< SIMD16(repeating: 0x20)
        found .&= block .!= SIMD16(repeating: 0x09)
        found .&= block .!= SIMD16(repeating: 0x0A)
        found .&= block .!= SIMD16(repeating: 0x0D)
        found .|= block .== SIMD16(repeating: 0x7F)
        found .|= block .== SIMD16(repeating: 0xC2)
        // The mask's halves as integers: `any(_:)` would call a lane-by-lane reduction.
        let halves = unsafeBitCast(found, to: SIMD2<UInt64>.self)
        return halves[0] | halves[1] != 0
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
