/// A roadmap's identifier and URL segment: lowercase ASCII letters and digits in
/// dash-separated words, such as `system-design`. It is the roadmap's file name without `.md`.
public struct Slug: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The slug's text.
    public let value: String

    /// Creates a slug, or nil when `text` breaks the slug rule.
    public init?(_ text: String) {
        guard Slug.isValid(text) else { return nil }
        value = text
    }

    public var description: String { value }

    public static func < (lhs: Slug, rhs: Slug) -> Bool { lhs.value < rhs.value }

    /// Whether `text` is lowercase ASCII letters and digits in dash-separated, non-empty words.
    public static func isValid(_ text: String) -> Bool {
        var previousWasDash = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasDash = false
            case UInt8(ascii: "-"):
                if previousWasDash { return false }
                previousWasDash = true
            default:
                return false
            }
        }
        return !previousWasDash
    }
}
