/// A set of up to nine byte values (and, optionally, every byte below a bound), searched for
/// 16 bytes at a time.
///
/// The escapings and the Markdown limit scan look for a handful of bytes in text that mostly
/// has none; testing byte by byte made them 2-4% of a topic corpus build's samples. Here each
/// block of 16 bytes is compared with every byte of the set at once (the standard library's
/// `SIMD16`: SSE2 on x86-64, NEON on arm64), and only a block with a match is looked into.
package struct ByteSearch: Sendable {
    /// The set's bytes, each in all 16 lanes (the last repeated to fill the nine).
    @usableFromInline let lanes:
        (
            SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>,
            SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>
        )
    /// Every byte below this is in the set too.
    @usableFromInline let below: SIMD16<UInt8>
    /// Bit `b % 64` of word `b / 64` is set for each byte `b` in the set.
    @usableFromInline let bits: (UInt64, UInt64, UInt64, UInt64)

    /// The set of `bytes` (one to nine of them) and of every byte below `below`.
    package init(_ bytes: [UInt8], below: UInt8 = 0) {
        precondition((1...9).contains(bytes.count), "a ByteSearch holds one to nine bytes")
        let filled = bytes + Array(repeating: bytes[bytes.count - 1], count: 9 - bytes.count)
        let vectors = filled.map { SIMD16<UInt8>(repeating: $0) }
        lanes = (
            vectors[0], vectors[1], vectors[2], vectors[3], vectors[4], vectors[5], vectors[6], vectors[7], vectors[8]
        )
        self.below = SIMD16(repeating: below)
        var words: [UInt64] = [0, 0, 0, 0]
        for byte in bytes + (0..<below) { words[Int(byte) / 64] |= 1 << UInt64(byte % 64) }
        bits = (words[0], words[1], words[2], words[3])
    }

    /// Whether `byte` is in the set.
    @inlinable @inline(__always)
    package func contains(_ byte: UInt8) -> Bool {
        let word = byte < 128 ? (byte < 64 ? bits.0 : bits.1) : (byte < 192 ? bits.2 : bits.3)
        return word >> UInt64(byte & 63) & 1 == 1
    }

    /// The first of the eight lanes (bytes in memory order) that `word`, read from a mask, has
    /// all ones in.
    @inlinable @inline(__always)
    package static func firstLane(_ word: UInt64) -> Int {
        #if _endian(little)
            word.trailingZeroBitCount / 8
        #else
            word.leadingZeroBitCount / 8
        #endif
    }

    /// The offset of the first byte of the set from `start` up to `end` in `bytes`, or `end`
    /// when there is none (or when `start` is past `end`).
    ///
    /// Blocks are read wherever 16 bytes fit in `bytes`, so a block may look past `end`, never
    /// past the buffer; the buffer's last 15 bytes are tested one by one.
    @inlinable @inline(__always)
    package func first(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        guard let base = bytes.baseAddress else { return end }
        while index < end, index + 16 <= bytes.count {
            let block = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
            var found = block .< below
            found .|= block .== lanes.0
            found .|= block .== lanes.1
            found .|= block .== lanes.2
            found .|= block .== lanes.3
            found .|= block .== lanes.4
            found .|= block .== lanes.5
            found .|= block .== lanes.6
            found .|= block .== lanes.7
            found .|= block .== lanes.8
            // The mask's halves as integers: `any(_:)` would call a lane-by-lane reduction.
            let halves = unsafeBitCast(found, to: SIMD2<UInt64>.self)
            if halves[0] != 0 { return min(index + Self.firstLane(halves[0]), end) }
            if halves[1] != 0 { return min(index + 8 + Self.firstLane(halves[1]), end) }
            index += 16
        }
        while index < end, !contains(bytes[index]) { index += 1 }
        return min(index, end)
    }
}
