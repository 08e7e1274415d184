import Glibc

/// Gives every image of rendered Markdown `loading="lazy"` and `decoding="async"`, so that a
/// long roadmap's pictures are fetched as the reader scrolls to them and decoded without
/// holding the page up (HTML Living Standard, "Lazy loading attributes", and the `img`
/// element's `decoding`).
///
/// The attributes are added to the finished HTML of a body, after each `<img` start tag's
/// name: cmark-gfm writes an image as `<img src="…" alt="…" />`, and text, code and attribute
/// values never hold `<img` (they are escaped), so each one is a tag. This reaches every image
/// (those in table cells, where a syntax tree cannot take a custom node, and the raw HTML ones
/// a site keeps) and keeps cmark-gfm's escaping and `alt` text. An attribute the tag already
/// has (`loading="eager"` in raw HTML) is left as the author wrote it, never doubled.
enum LazyImages {
    /// The attributes, each with the space before it.
    static let attributes: [(name: String, text: String)] = [
        ("loading", " loading=\"lazy\""), ("decoding", " decoding=\"async\""),
    ]

    /// `html` with the attributes added to each `img` start tag that lacks them.
    static func marking(_ html: String) -> String {
        var html = html
        return html.withUTF8 { bytes -> String? in
            guard var start = nextImageTag(in: bytes, from: 0) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 64)
            var copied = 0
            while true {
                let nameEnd = start + 4
                let end = tagEnd(in: bytes, from: nameEnd)
                output.append(contentsOf: bytes[copied..<nameEnd])
                let names = attributeNames(in: bytes[nameEnd..<end])
                for attribute in attributes where !names.contains(attribute.name) {
                    output.append(contentsOf: attribute.text.utf8)
                }
                copied = nameEnd
                guard let next = nextImageTag(in: bytes, from: end) else { break }
                start = next
            }
            output.append(contentsOf: bytes[copied...])
            return String(decoding: output, as: UTF8.self)
        } ?? html
    }

    /// Where the next `<img` start tag (any case, then a blank, `/` or `>`) begins.
    /// Each `<` is found with `memchr`: most of a body's bytes are text between tags.
    private static func nextImageTag(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var index = start
        while index + 4 < bytes.count {
            guard let found = memchr(base + index, Int32(UInt8(ascii: "<")), bytes.count - 4 - index) else {
                return nil
            }
            index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if bytes[index + 1] | 0x20 == UInt8(ascii: "i"),
                bytes[index + 2] | 0x20 == UInt8(ascii: "m"), bytes[index + 3] | 0x20 == UInt8(ascii: "g"),
                isNameEnd(bytes[index + 4])
            {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Whether `byte` ends a tag's name here: a blank, `/` or `>`.
    private static func isNameEnd(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "/"), UInt8(ascii: ">"): true
        default: false
        }
    }

    /// Where the tag whose attributes start at `start` ends: after its `>` (outside quotes), or
    /// at the end of `bytes`.
    private static func tagEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var quote: UInt8?
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            }
            index += 1
        }
        return bytes.count
    }

    /// The lowercased names of the attributes in a tag's attribute text.
    private static func attributeNames(in text: Slice<UnsafeBufferPointer<UInt8>>) -> Set<String> {
        var names: Set<String> = []
        var quote: UInt8?
        var name: [UInt8] = []
        var afterBlank = true
        for byte in text {
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                quote = byte
            case UInt8(ascii: "="), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "/"),
                UInt8(ascii: ">"):
                if !name.isEmpty { names.insert(String(decoding: name, as: UTF8.self).lowercased()) }
                name.removeAll()
                afterBlank = byte != UInt8(ascii: "=")
            default:
                if afterBlank { name.append(byte) }
            }
        }
        if !name.isEmpty { names.insert(String(decoding: name, as: UTF8.self).lowercased()) }
        return names
    }
}
