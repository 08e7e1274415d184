import Testing

@testable import SiteGen

@Suite("LinkCheck: finding external links")
struct LinkCheckFinderTests {
    private let source = RoadmapSource(path: "content/roadmaps/backend.md", bodyLineOffset: 5)

    private func found(_ markdown: String) -> [String] {
        ExternalLinkFinder.links(inBody: markdown, source: source).map {
            "\($0.location.line ?? 0):\($0.location.column ?? 0) \($0.kind.rawValue) \($0.url)"
        }
    }

    @Test func findsInlineReferenceAndImageLinksAtTheirFileLocations() {
        let markdown = """
            Intro with [MDN](https://developer.mozilla.org/en-US/) here.

            - ![logo](http://example.org/logo.png) and [ref][docs]

            [docs]: https://docs.example.org/start#install
            """
        #expect(
            found(markdown) == [
                "6:12 link https://developer.mozilla.org/en-US/",
                "8:3 image http://example.org/logo.png",
                "8:44 link https://docs.example.org/start#install",
            ])
    }

    @Test func findsAngleAndBareAutolinks() {
        let markdown = """
            See <https://example.org/a> or
            read https://example.org/b now, and www.example.org/c too.
            """
        #expect(
            found(markdown) == [
                "6:5 link https://example.org/a",
                "7:6 link https://example.org/b",
                "7:37 link http://www.example.org/c",
            ])
    }

    @Test func findsRepeatedAutolinksInListsAndTablesInOrder() {
        let markdown = """
            - first https://example.org/x, then <https://example.org/x>
              and https://example.org/x again

            | Site | Link |
            | --- | --- |
            | Docs | https://example.org/t |
            """
        #expect(
            found(markdown) == [
                "6:9 link https://example.org/x",
                "6:37 link https://example.org/x",
                "7:7 link https://example.org/x",
                "11:10 link https://example.org/t",
            ])
    }

    @Test func countsColumnsInCharactersNotBytes() {
        #expect(found("Café — [docs](https://example.org/é)") == ["6:8 link https://example.org/é"])
    }

    @Test func skipsRelativeLinksOtherSchemesAndCode() {
        let markdown = """
            [next](python.md) [mail](mailto:a@example.org) [top](#top) [root](/x)
            `https://example.org/in-code`

                https://example.org/in-block
            """
        #expect(found(markdown).isEmpty)
    }
}
