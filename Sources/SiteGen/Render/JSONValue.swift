import Escaping

/// A JSON value written deterministically (keys in the order given), for JSON-LD.
///
/// Member names and `literal` values are text fixed when sitegen is compiled (`@type`,
/// `https://schema.org`): they are written as they are, not escaped on every page (escaping them
/// was half the strings of a topic page's JSON-LD), so they must need no escaping (checked in
/// debug builds).
public enum JSONValue: Sendable, Hashable {
    /// Text, escaped (`Escape.jsonString`).
    case string(String)
    /// Text written as it is: a schema.org type or address.
    case literal(StaticString)
    case integer(Int)
    case array([JSONValue])
    /// Members in the order given.
    case object([(StaticString, JSONValue)])

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
        case .literal(let text):
            Self.appendLiteral(text, to: &output)
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
                Self.appendLiteral(key, to: &output)
                output.append(UInt8(ascii: ":"))
                value.write(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Appends `text` as a JSON string, quoted but not escaped.
    private static func appendLiteral(_ text: StaticString, to output: inout [UInt8]) {
        let bytes = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        assert(
            Escape.jsonString(String(decoding: bytes, as: UTF8.self)).utf8.count == bytes.count + 2,
            "`\(text)` needs escaping: write it as .string")
        output.append(UInt8(ascii: "\""))
        output.append(contentsOf: bytes)
        output.append(UInt8(ascii: "\""))
    }
}
