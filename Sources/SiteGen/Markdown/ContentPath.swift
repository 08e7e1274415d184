/// Where a relative URL written in a roadmap file points among the files of
/// `content/roadmaps/`: the folder the roadmap file sits in, which is also the base of the
/// links in its topic files (docs/authoring.md#images-and-other-files:
/// `![diagram](backend/diagram.png)` works from the roadmap and from its topics).
enum ContentPath {
    /// `url` cut before its first `#` or `?`: the path, and the rest (`#setup`, or empty). Cut
    /// at the code point, as the URL Standard parses (a combining mark after `#` does not hide
    /// it), and found among UTF-8 bytes: breaking the text into characters was 0.6% of a topic
    /// corpus build.
    static func split(_ url: String) -> (path: Substring, suffix: String) {
        let whole = Substring(url)
        guard let mark = url.utf8.firstIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }) else {
            return (whole, "")
        }
        return (whole[..<mark], String(whole[mark...]))
    }

    /// Whether `url` is written relative to the file it is in: not empty, not a fragment alone,
    /// not a root path (`/x`) and without a scheme (`https:`, `mailto:`).
    static func isRelative(_ url: String) -> Bool {
        !url.isEmpty && !url.hasPrefix("/") && !url.hasPrefix("#") && !LinkRewriter.hasScheme(url)
    }

    /// The segments of a relative `path` from `content/roadmaps/`, `.` and `..` resolved
    /// (`backend/../python.md` is `["python.md"]`, `./backend/x.md` is `["backend", "x.md"]`);
    /// nil when the path leads out of `content/roadmaps/`.
    static func components(_ path: Substring) -> [String]? {
        // Without a segment that starts with `.` (so without `.` and `..`), the segments are the
        // answer: most links, and every map link, are written so. Building the stack below for
        // them was most of a map's link resolving.
        if !hasDotSegment(path) {
            let segments = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true)
            return segments.isEmpty ? nil : segments.map { String(Substring($0)) }
        }
        // Resolved from the content folder, so that `../roadmaps/python.md` stays inside.
        var stack = ["content", "roadmaps"]
        // Split among UTF-8 bytes (`/` is one), not characters: see `split(_:)`.
        for component in path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true) {
            if component.elementsEqual(".".utf8) { continue }
            if component.elementsEqual("..".utf8) {
                if !stack.isEmpty { stack.removeLast() }
                continue
            }
            stack.append(String(Substring(component)))
        }
        guard stack.count > 2, stack[0] == "content", stack[1] == "roadmaps" else { return nil }
        return Array(stack[2...])
    }

    /// Whether a segment of `path` starts with `.`.
    private static func hasDotSegment(_ path: Substring) -> Bool {
        var previous = UInt8(ascii: "/")
        for byte in path.utf8 {
            if previous == UInt8(ascii: "/"), byte == UInt8(ascii: ".") { return true }
            previous = byte
        }
        return false
    }
}
