/// A value a template sees: text, a flag, a list, an object of named values, or nothing.
///
/// Templates look names up in objects; `null` is a value, so a name that is present but null
/// stops the lookup there instead of climbing to an enclosing object.
public enum TemplateValue: Sendable, Hashable {
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
///
/// Objects are small (a dozen members at most), so members are kept in a list and found by
/// comparing names: cheaper than hashing the name for every lookup.
public struct TemplateObject: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    private var names: [String] = []
    private var values: [TemplateValue] = []

    /// An object with the given members.
    public init(_ members: [String: TemplateValue] = [:]) {
        for (name, value) in members.sorted(by: { $0.key < $1.key }) { self[name] = value }
    }

    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        names.reserveCapacity(elements.count)
        values.reserveCapacity(elements.count)
        for (name, value) in elements { self[name] = value }
    }

    /// The value named `name`, nil when the object has no such member.
    public subscript(name: String) -> TemplateValue? {
        get {
            for index in names.indices where names[index] == name { return values[index] }
            return nil
        }
        set {
            if let index = names.firstIndex(of: name) {
                if let newValue {
                    values[index] = newValue
                } else {
                    names.remove(at: index)
                    values.remove(at: index)
                }
            } else if let newValue {
                names.append(name)
                values.append(newValue)
            }
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
}
