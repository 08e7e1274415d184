/// The ids a built HTML page defines and the `href`/`src` references it makes, each with its
/// line and column, read from the HTML sitegen wrote (attributes double-quoted).
struct HTMLReferences: Sendable {
    /// One `href` or `src` value.
    struct Reference: Sendable, Hashable {
        var url: String
        var line: Int
        var column: Int
    }

    var ids: Set<String> = []
    var references: [Reference] = []

    /// Reads the ids and references of `html`.
    init(html: String) {
        var line = 1
        var column = 1
        var previous: Character = " "
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if previous.isWhitespace, let (name, value, end) = Self.attribute(in: html, at: index) {
                switch name {
                case "id": ids.insert(Self.unescape(value))
                case "href", "src": references.append(Reference(url: Self.unescape(value), line: line, column: column))
                default: break
                }
                for skipped in html[index..<end] {
                    if skipped == "\n" {
                        line += 1
                        column = 1
                    } else {
                        column += 1
                    }
                }
                previous = "\""
                index = end
                continue
            }
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            previous = character
            index = html.index(after: index)
        }
    }

    /// The `id`, `href` or `src` attribute starting at `index`, its value, and where it ends.
    private static func attribute(in html: String, at index: String.Index) -> (String, String, String.Index)? {
        for name in ["id", "href", "src"] {
            let prefix = name + "=\""
            guard html[index...].hasPrefix(prefix) else { continue }
            let valueStart = html.index(index, offsetBy: prefix.count)
            guard let close = html[valueStart...].firstIndex(of: "\"") else { return nil }
            return (name, String(html[valueStart..<close]), html.index(after: close))
        }
        return nil
    }

    /// An attribute value with the character references sitegen writes decoded.
    static func unescape(_ value: String) -> String {
        guard value.contains("&") else { return value }
        return value.replacing("&quot;", with: "\"").replacing("&#39;", with: "'").replacing("&lt;", with: "<")
            .replacing("&gt;", with: ">").replacing("&amp;", with: "&")
    }
}
