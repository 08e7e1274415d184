import Testing

@testable import SiteGen

/// `FlatYAML` must read exactly what Yams reads, or leave the text to Yams.
@Suite("Flat YAML")
struct FlatYAMLTests {
    /// The entries as text: each key with its text and position, and each value with its kind
    /// and position.
    static func dump(_ entries: [(key: String, keyNode: YAMLNode, value: YAMLNode)]) -> [String] {
        entries.map { entry in
            let mark = entry.keyNode.mark.map { "@\($0.line):\($0.column)" } ?? "@?"
            return "\(entry.key) \(entry.keyNode.text.debugDescription)\(mark) = \(dump(entry.value))"
        }
    }

    static func dump(_ node: YAMLNode) -> String {
        let mark = node.mark.map { "@\($0.line):\($0.column)" } ?? "@?"
        switch node.content {
        case .scalar(let text, let isPlain, let isTaggedText):
            return "scalar(\(text.debugDescription), plain: \(isPlain), str: \(isTaggedText))\(mark)"
        case .sequence(let items):
            return "[\(items.map(dump).joined(separator: ", "))]\(mark)"
        case .mapping:
            return "mapping\(mark)"
        case .alias:
            return "alias\(mark)"
        }
    }

    /// What Yams reads, as text; nil when it reports an error.
    static func yamsDump(_ yaml: String) -> [String]? {
        guard case .success(let fields) = YAMLFields.parseWithYams(yaml, path: "a.md", lineOffset: 0) else {
            return nil
        }
        return dump(fields.entries)
    }

    @Test(arguments: [
        """
        title: "Dart Database Administrator Roadmap 00001"
        level: Beginner
        description: "Database Administrator with Dart, step by step: testing, security basics and containers."
        related: [roadmap-00002, roadmap-00379, roadmap-00065, roadmap-00905]
        updated: 2025-01-30
        """,
        "title: Backend Developer Roadmap\nlevel: Intermediate\ndescription: \"APIs & databases\"\nupdated: 2026-04-27",
        "title: Développeur — C# et F#\n\nrelated: []\ndraft: true\nupdated: 2026-01-01\n",
        "title: 'Single: #quoted'\nrelated: [ a , b.c,d_e ]\ndraft: no\nbase_url: https://example.org/docs/",
        "title:   spaced   out   \nlevel: x:y\nkey-with-dash: null\nkey_2: \"\"\nempty: []",
    ])
    func readsWhatYamsReads(yaml: String) throws {
        let entries = try #require(FlatYAML.entries(of: yaml))
        #expect(Self.dump(entries) == Self.yamsDump(yaml))
    }

    @Test(arguments: [
        "", "\n\n", "title: A\ntitle: B", "title: A #comment", "title: a: b", "title: a:", "title:\nlevel: x",
        "title: \"a\\\"b\"", "title: 'it''s'", "related:\n  - a", "title: A\r", "title:\tA", "title: [a, b,]",
        "title: [a, \"b\"]", "title: {a: b}", "- a\n- b", "  title: A", "title: &x A", "title: !!str yes",
        "# comment\ntitle: A", "title: A\u{2028}B", "title: A\u{85}B", "title: A\u{FEFF}", "title: -A", "title : A",
        "title:A", "title: A\n  continued", String(repeating: "k", count: 200) + ": v", "title: [a] x", "title: \"a",
    ])
    func leavesAnythingElseToYams(yaml: String) {
        #expect(FlatYAML.entries(of: yaml) == nil)
    }

    @Test func randomDocumentsReadAsYamsReadsThem() {
        let keys = ["title", "level", "a-b", "x_y", "null", "yes", "k9"]
        let separators = [": ", ":  ", ":", " : ", ":\t"]
        let values = [
            "Beginner", "\"q: #\"", "'s'", "[a, b]", "[]", "a: b", "C# x", "x #y", "é—ü", "2025-01-30",
            "https://x.org/a", "true", "~", "", "-x", "[a,]", "a  b  ", "[a , 1.5,z_z]", "\"\u{2028}\"", "'a\"b'",
            "\"\"", "[ ]", "x:", "1: 2", "a\u{A0}b", "[a b]", "\"true\"", "'yes'", "On", ":x", "a:b", "a# b", "#x",
            "[1,2]", "[a]b", "x\u{85}", "é: x", "\"a\" ", "[a-, b.]", "a, [b]", "{a}", "a - b", "!x", "&a", "*a",
        ]
        var generator = FuzzTests.SeededGenerator(state: 42)
        var read = 0
        for _ in 0..<1500 {
            var lines: [String] = []
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let roll = Int.random(in: 0..<20, using: &generator)
                if roll == 0 {
                    lines.append("")
                } else {
                    lines.append(
                        keys.randomElement(using: &generator)! + separators.randomElement(using: &generator)!
                            + values.randomElement(using: &generator)!)
                }
            }
            let yaml = lines.joined(separator: "\n")
            guard let entries = FlatYAML.entries(of: yaml) else { continue }
            read += 1
            #expect(Self.dump(entries) == Self.yamsDump(yaml), "\(yaml.debugDescription)")
        }
        #expect(read > 100, "the simple documents should be read without Yams")
    }
}
