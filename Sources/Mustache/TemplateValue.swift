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
///
/// The list is the literal's own array of name and value pairs: an object written as a literal
/// (every page makes a dozen) keeps the array Swift made for it, where two lists of names and of
/// values were two more arrays to allocate, fill and free (1.5% of a topic-corpus build).
public struct TemplateObject: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    /// The members, name and value. (Unlabelled, as the literal's elements are: an array of
    /// labelled pairs would be a copy of that array, made with a cast.)
    private var members: [(String, TemplateValue)] = []

    /// An object with the given members.
    public init(_ members: [String: TemplateValue] = [:]) {
        self.members = members.sorted(by: { $0.key < $1.key }).map { ($0.key, $0.value) }
    }

    /// An object with the members of a literal, in its order. A name should appear once (checked
    /// in debug builds); written twice, the last one is found, as before.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        members = elements
        assert(Set(members.map(\.0)).count == members.count, "a name is written twice in one object literal")
    }

    /// The value named `name`, nil when the object has no such member.
    public subscript(name: String) -> TemplateValue? {
        get { index(of: name).map { members[$0].1 } }
        set {
            if let index = index(of: name) {
                if let newValue {
                    members[index].1 = newValue
                } else {
                    members.remove(at: index)
                }
            } else if let newValue {
                members.append((name, newValue))
            }
        }
    }

    /// Where the member named `name` is in the list: the last one, should a literal name it twice.
    private func index(of name: String) -> Int? {
        let length = name.utf8.count
        for index in members.indices.reversed()
        where members[index].0.utf8.count == length && members[index].0 == name {
            return index
        }
        return nil
    }

    public static func == (lhs: TemplateObject, rhs: TemplateObject) -> Bool {
        lhs.members.count == rhs.members.count
            && zip(lhs.members, rhs.members).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(members.count)
        for member in members {
            hasher.combine(member.0)
            hasher.combine(member.1)
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
}
