import Escaping

/// Writes compact JSON into UTF-8 bytes as it is told, members in the order written, for
/// JSON-LD: the same input always gives the same bytes.
///
/// The JSON-LD of a page is written straight, with no tree of values to build, walk and free
/// for each of 10,000 topic pages (1.5% of a topic-corpus build's samples went to that tree).
/// Commas are placed by the writer: a value, object or array written after another in the same
/// object or array gets one; a value after `key(_:)` does not.
///
/// Member names and `literal` values are text fixed when sitegen is compiled (`@type`,
/// `https://schema.org`): they are written as they are, not escaped on every page (escaping them
/// was half the strings of a topic page's JSON-LD), so they must need no escaping (checked in
/// debug builds). Other text is escaped by `Escape.appendJSONString`, safe inside an HTML
/// `<script>` element.
struct JSONWriter {
    /// The JSON written so far, as UTF-8.
    private(set) var bytes: [UInt8] = []
    /// Whether the next value opens its object or array, or follows a key: no comma before it.
    private var startsList = true

    /// A writer with room for `capacity` bytes (a topic page's JSON-LD is about 1 KB).
    init(capacity: Int = 2_048) {
        bytes.reserveCapacity(capacity)
    }

    /// The JSON written so far, as text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Opens an object: `{`.
    mutating func openObject() { open(UInt8(ascii: "{")) }

    /// Closes the innermost object: `}`.
    mutating func closeObject() { close(UInt8(ascii: "}")) }

    /// Opens an array: `[`.
    mutating func openArray() { open(UInt8(ascii: "[")) }

    /// Closes the innermost array: `]`.
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Writes a member's name and `:`; the member's value is written next.
    mutating func key(_ name: StaticString) {
        literal(name)
        bytes.append(UInt8(ascii: ":"))
        startsList = true
    }

    /// Writes `text` as a JSON string, escaped.
    mutating func string(_ text: String) {
        separate()
        Escape.appendJSONString(text, to: &bytes)
    }

    /// Writes `text`, fixed when sitegen is compiled, as a JSON string without escaping it.
    mutating func literal(_ text: StaticString) {
        separate()
        let utf8 = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        assert(
            Escape.jsonString(String(decoding: utf8, as: UTF8.self)).utf8.count == utf8.count + 2,
            "`\(text)` needs escaping: write it with string(_:)")
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: utf8)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes `number` in decimal.
    mutating func integer(_ number: Int) {
        separate()
        bytes.append(contentsOf: String(number).utf8)
    }

    /// A member whose value is `text`, escaped.
    mutating func member(_ name: StaticString, _ text: String) {
        key(name)
        string(text)
    }

    /// A member whose value is `text`, fixed when sitegen is compiled, not escaped.
    mutating func member(_ name: StaticString, literal text: StaticString) {
        key(name)
        literal(text)
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        startsList = true
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        startsList = false
    }

    /// A comma, unless the value about to be written is the first of its list or follows a key.
    private mutating func separate() {
        if startsList {
            startsList = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
    }
}
