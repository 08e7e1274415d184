import Testing

@testable import SiteGen

/// YAML aliases are refused before parsing, so alias chains cannot hang or crash a build.
@Suite("YAML aliases")
struct YAMLAliasesTests {
    @Test(arguments: [
        ("a: *x", 1, 4),
        ("a: [b, *x]", 1, 8),
        ("a:\n  - b\n  - *x", 3, 5),
        ("a: &x [q]\nb: [*x]", 2, 5),
        ("? *x\n: y", 1, 3),
    ])
    func findsAliases(_ yaml: String, _ line: Int, _ column: Int) {
        let found = YAMLAliases.firstAlias(in: yaml)
        #expect(found?.line == line)
        #expect(found?.column == column)
    }

    @Test(arguments: [
        "title: Tom & Jerry *really*",
        "description: \"*quoted*\"",
        "description: '*quoted*'",
        "related: [full-stack, a*b]",
        "title: x # a comment with *star",
        "url: http://example.org/*",
        "title: don't *stop*",
        "level: Beginner\nupdated: 2026-01-01",
    ])
    func leavesOtherTextAlone(_ yaml: String) {
        #expect(YAMLAliases.firstAlias(in: yaml) == nil)
    }

    @Test func anAliasChainIsAnErrorNotAHang() {
        var lines = ["title: A", "x0: &a0 [q, q, q, q, q, q, q, q, q, q]"]
        for index in 1...8 {
            let previous = "*a\(index - 1)"
            lines.append(
                "x\(index): &a\(index) [" + Array(repeating: previous, count: 10).joined(separator: ", ") + "]")
        }
        lines.append("related: *a8")
        let site = TestSite(roadmaps: ["a": roadmapFile(lines.joined(separator: "\n"))])
        #expect(
            site.build().messages == ["content/roadmaps/a.md:4:10: error: YAML aliases (`*name`) are not allowed here"])
    }
}
