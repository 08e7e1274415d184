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
/// comparing names: cheaper than hashing the name for every lookup. A name's UTF-8 length is
/// compared first (stored in the string, so free), which skips most full comparisons.
public struct TemplateObject: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    private var names: [String] = []
    private var values: [TemplateValue] = []

    /// An object with the given members.
    public init(_ members: [String: TemplateValue] = [:]) {
        for (name, value) in members.sorted(by: { $0.key < $1.key }) {
            names.append(name)
            values.append(value)
        }
    }

    /// An object with the members of a literal, in its order. A name should appear once (checked
    /// in debug builds); written twice, the last one is found, as before.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        names.reserveCapacity(elements.count)
        values.reserveCapacity(elements.count)
        for (name, value) in elements {
            assert(index(of: name) == nil, "`\(name)` is named twice in one object literal")
            names.append(name)
            values.append(value)
        }
    }

    /// The value named `name`, nil when the object has no such member.
    public subscript(name: String) -> TemplateValue? {
        get { index(of: name).map { values[$0] } }
        set {
            if let index = index(of: name) {
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

    /// Where the member named `name` is in the list: the last one, should a literal name it twice.
    private func index(of name: String) -> Int? {
        let length = name.utf8.count
        for index in names.indices.reversed() where names[index].utf8.count == length && names[index] == name {
            return index
        }
        return nil
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
}
