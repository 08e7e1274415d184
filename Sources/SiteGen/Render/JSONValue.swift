import Escaping

/// A JSON value written deterministically (keys in the order given), for JSON-LD.
public enum JSONValue: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized == rhs.serialized }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized) }

    /// The value as compact JSON, safe to place inside an HTML `<script>` element.
    public var serialized: String {
        var output: [UInt8] = []
        // A topic page's JSON-LD is about 1 KB: room for it at once, not a dozen regrowths.
        output.reserveCapacity(2_048)
        write(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the value as compact JSON to UTF-8 `output`.
    private func write(to output: inout [UInt8]) {
        switch self {
        case .string(let text):
            Escape.appendJSONString(text, to: &output)
        case .integer(let number):
            output.append(contentsOf: String(number).utf8)
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                item.write(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Escape.appendJSONString(key, to: &output)
                output.append(UInt8(ascii: ":"))
                value.write(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }
}
