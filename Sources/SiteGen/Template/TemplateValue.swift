/// A value a template sees: text, a flag, a list, an object of named values, or nothing.
///
/// Templates look names up in objects; `null` is a value, so a name that is present but null
/// stops the lookup there instead of climbing to an enclosing object.
public indirect enum TemplateValue: Sendable, Hashable {
    case string(String)
    case bool(Bool)
    case list([TemplateValue])
    case object(TemplateObject)
    case null

    /// Text, or null when there is none.
    public static func optional(_ text: String?) -> TemplateValue {
        text.map(TemplateValue.string) ?? .null
    }

    /// Whether a section over this value is skipped (and an inverted section shown): null,
    /// false, an empty list and empty text.
    var isFalsey: Bool {
        switch self {
        case .null: true
        case .bool(let flag): !flag
        case .list(let items): items.isEmpty
        case .string(let text): text.isEmpty
        case .object: false
        }
    }
}

/// Named template values, such as a page's `site`, `page` and `roadmap`.
public struct TemplateObject: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    /// The values by name.
    public var members: [String: TemplateValue]

    /// An object with the given members.
    public init(_ members: [String: TemplateValue] = [:]) {
        self.members = members
    }

    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        members = Dictionary(elements, uniquingKeysWith: { _, last in last })
    }

    /// The value named `name`, nil when the object has no such member.
    public subscript(name: String) -> TemplateValue? {
        get { members[name] }
        set { members[name] = newValue }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
}
