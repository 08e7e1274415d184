import Testing

@testable import SiteGen

@Suite("Content paths: where a relative link points among content/roadmaps/")
struct ContentPathTests {
    @Test(arguments: [
        ("backend/caching.md", "backend/caching.md", ""),
        ("python.md#setup", "python.md", "#setup"),
        ("a.md?x=1#y", "a.md", "?x=1#y"),
        ("a.md#b?c", "a.md", "#b?c"),
        ("#only", "", "#only"),
        ("café/é.md#à", "café/é.md", "#à"),
        // A combining mark after `#` makes one character of both; the URL is still cut there.
        ("a.md#\u{301}x", "a.md", "#\u{301}x"),
    ])
    func splitsBeforeTheFirstHashOrQuestionMark(url: String, path: String, suffix: String) {
        let split = ContentPath.split(url)
        #expect(String(split.path) == path)
        #expect(split.suffix == suffix)
    }

    @Test(arguments: [
        ("backend/caching.md", ["backend", "caching.md"] as [String]?),
        ("./backend//x.md", ["backend", "x.md"]),
        ("backend/../python.md", ["python.md"]),
        ("../roadmaps/python.md", ["python.md"]),
        ("../../x.md", nil),
        ("..", nil),
        ("café/\u{301}é.md", ["café", "\u{301}é.md"]),
        // Without a segment that starts with `.` (split as they are), and with one.
        ("python.md", ["python.md"]),
        ("/backend/x.md", ["backend", "x.md"]),
        ("", nil),
        ("/", nil),
        ("backend/.x.md", ["backend", ".x.md"]),
        (".backend/x.md", [".backend", "x.md"]),
        ("backend/x.md/..", ["backend"]),
    ])
    func resolvesDotSegmentsFromTheRoadmapsFolder(path: String, components: [String]?) {
        #expect(ContentPath.components(Substring(path)) == components)
    }
}
