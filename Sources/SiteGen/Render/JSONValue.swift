/// A JSON value written deterministically (keys in the order given), for JSON-LD.
public indirect enum JSONValue: Sendable, Hashable {
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized == rhs.serialized }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized) }

    /// The value as compact JSON, safe to place inside an HTML `<script>` element.
    public var serialized: String {
        switch self {
        case .string(let text):
            return Escape.jsonString(text)
        case .array(let items):
            return "[" + items.map(\.serialized).joined(separator: ",") + "]"
        case .object(let members):
            return "{" + members.map { Escape.jsonString($0.0) + ":" + $0.1.serialized }.joined(separator: ",") + "}"
        }
    }
}
