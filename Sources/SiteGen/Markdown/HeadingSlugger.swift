/// Gives headings the anchor ids GitHub gives them, unique within one page.
///
/// github-slugger's rule (its `script/generate-regex.js`, Unicode 13.0): the text is
/// lowercased; every character of the general categories Other_Number, Symbol, Punctuation
/// other than Connector_Punctuation and `-`, Separator other than the space, Control,
/// Private_Use, Format and Unassigned is dropped, unless it is Alphabetic (such as `Ⓐ`, a
/// symbol); each space becomes a hyphen. So letters, marks, decimal and letter numbers, `_`
/// and `-` stay, and `²` (Other_Number) goes: `Sorting in O(n²)` is `sorting-in-on`. A
/// character Unicode 13.0 did not assign is dropped too, as that regex drops it. A repeated
/// id gets `-1`, `-2`, ... appended, as on GitHub; an id that would be empty is `section`.
public struct HeadingSlugger: Sendable {
    private var occurrences: [String: Int] = [:]
    /// Ids taken before any heading, when they are few (the page template's): looked through
    /// rather than hashed into `occurrences` up front, since a dictionary filled per body was
    /// 1.2% of a topic corpus build. Longer lists (a body's footnote ids) go into `occurrences`,
    /// so that the work stays linear in headings plus ids.
    private let reserved: [String]

    /// Up to this many reserved ids are looked through; more are hashed.
    private static let listedReservedLimit = 8

    /// A slugger for one page; `reserved` ids (used by the page template) are treated as taken.
    public init(reserved: [String] = []) {
        if reserved.count <= Self.listedReservedLimit {
            self.reserved = reserved
        } else {
            self.reserved = []
            for id in reserved { occurrences[id] = 0 }
        }
    }

    /// The unique id for a heading with the given text.
    public mutating func slug(for text: String) -> String {
        var base = Self.baseSlug(text)
        if base.isEmpty { base = "section" }
        var candidate = base
        while occurrences[candidate] != nil || reserved.contains(candidate) {
            let count = (occurrences[base] ?? 0) + 1
            occurrences[base] = count
            candidate = "\(base)-\(count)"
        }
        occurrences[candidate] = 0
        return candidate
    }

    /// The id for `text` before uniquing.
    public static func baseSlug(_ text: String) -> String {
        if let slug = asciiBaseSlug(text) { return slug }
        let lowered = text.lowercased()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lowered.utf8.count)
        for scalar in lowered.unicodeScalars {
            if scalar == " " {
                bytes.append(UInt8(ascii: "-"))
            } else if scalar.isASCII {
                if scalar == "-" || keeps(scalar) { bytes.append(UInt8(scalar.value)) }
            } else if keeps(scalar) {
                bytes.append(contentsOf: scalar.utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `baseSlug` of an ASCII text, worked out on its bytes; nil when the text is not ASCII.
    private static func asciiBaseSlug(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { slug in
                var count = 0
                for byte in bytes {
                    switch byte {
                    case UInt8(ascii: " "): slug[count] = UInt8(ascii: "-")
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): slug[count] = byte + 0x20
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                        UInt8(ascii: "-"), UInt8(ascii: "_"):
                        slug[count] = byte
                    default: continue
                    }
                    count += 1
                }
                return count
            }
        }
    }

    /// Whether github-slugger keeps a character other than the space and `-` (see the type's
    /// documentation).
    static func keeps(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value)
                || scalar == "_"
        }
        let properties = scalar.properties
        guard let age = properties.age, age.major < 13 || (age.major == 13 && age.minor == 0) else { return false }
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark,
            .decimalNumber, .letterNumber,
            .connectorPunctuation:
            return true
        default:
            return false
        }
    }
}
