#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension String {
    /// The string with every occurrence of `target` replaced by `replacement`, matched byte for
    /// byte in UTF-8; the string itself when `target` does not occur.
    ///
    /// Meant for markup the build wrote itself (such as `href="#fn-`), where byte equality is
    /// the equality that matters; much cheaper than `replacing(_:with:)`, which compares
    /// characters.
    func replacingUTF8(_ target: String, with replacement: String) -> String {
        var text = self
        var target = target
        return text.withUTF8 { bytes in
            target.withUTF8 { needle in
                guard !needle.isEmpty, let base = bytes.baseAddress, let first = Self.find(needle, in: bytes, from: 0)
                else { return self }
                var output: [UInt8] = []
                output.reserveCapacity(bytes.count + 4 * replacement.utf8.count)
                var start = 0
                var match: Int? = first
                while let found = match {
                    output.append(contentsOf: UnsafeBufferPointer(start: base + start, count: found - start))
                    output.append(contentsOf: replacement.utf8)
                    start = found + needle.count
                    match = Self.find(needle, in: bytes, from: start)
                }
                output.append(contentsOf: UnsafeBufferPointer(start: base + start, count: bytes.count - start))
                return String(decoding: output, as: UTF8.self)
            }
        }
    }

    /// The byte offset of the first `needle` in `bytes` at or after `start`.
    private static func find(
        _ needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> Int? {
        guard let base = bytes.baseAddress, let needleBase = needle.baseAddress else { return nil }
        var offset = start
        while bytes.count - offset >= needle.count {
            guard let found = memchr(base + offset, Int32(needle[0]), bytes.count - offset - needle.count + 1)
            else { return nil }
            offset = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if memcmp(base + offset, needleBase, needle.count) == 0 { return offset }
            offset += 1
        }
        return nil
    }
}
