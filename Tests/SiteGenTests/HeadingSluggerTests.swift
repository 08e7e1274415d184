import Foundation
import Testing

@testable import SiteGen

@Suite("Heading ids")
struct HeadingSluggerTests {
    @Test(arguments: [
        ("Hello World", "hello-world"),
        ("What you’ll learn", "what-youll-learn"),
        ("Postgres vs MySQL vs MongoDB — which database first?", "postgres-vs-mysql-vs-mongodb--which-database-first"),
        ("C# & .NET", "c--net"),
        ("snake_case and kebab-case", "snake_case-and-kebab-case"),
        ("Spaces  inside", "spaces--inside"),
        ("Ünïcode Tést", "ünïcode-tést"),
        ("🚀 Launch", "-launch"),
        ("`code` span", "code-span"),
        ("100% done!", "100-done"),
        ("Sorting in O(n²)", "sorting-in-on"),
        ("Ⓐ circled ½", "ⓐ-circled-"),
    ])
    func slugsLikeGitHub(_ text: String, _ expected: String) {
        #expect(HeadingSlugger.baseSlug(text) == expected)
    }

    struct Fixture: Decodable {
        var name: String
        var input: String
        var expected: String
    }

    static let fixturesDirectory = TestFiles.fixtures + "/github-slugger"

    /// github-slugger's own fixtures (recorded from GitHub's rendering), run in order through
    /// one slugger as its test does, so that repeats are numbered as on one page.
    @Test func passesGithubSluggersFixtures() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.fixturesDirectory + "/fixtures.json"))
        let fixtures = try JSONDecoder().decode([Fixture].self, from: data)
        #expect(fixtures.count == 78)
        var slugger = HeadingSlugger()
        for fixture in fixtures {
            #expect(slugger.slug(for: fixture.input) == fixture.expected, "\(fixture.name)")
        }
    }

    /// Every code point against the set github-slugger's regular expression removes.
    @Test func keepsAndDropsEveryCodePointAsGithubSluggersRegex() throws {
        let text = try String(contentsOfFile: Self.fixturesDirectory + "/removed-code-points.txt", encoding: .utf8)
        var removed = [Bool](repeating: false, count: 0x110000)
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let bounds = line.split(separator: ".", omittingEmptySubsequences: true).map { Int($0, radix: 16)! }
            for value in bounds[0]...bounds[bounds.count - 1] { removed[value] = true }
        }
        var mismatches: [String] = []
        for value in 0..<0x110000 {
            guard let scalar = Unicode.Scalar(UInt32(value)), scalar != " ", scalar != "-" else { continue }
            if HeadingSlugger.keeps(scalar) == removed[value] { mismatches.append(String(value, radix: 16)) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    @Test func asciiTextGetsTheSameSlugAsTheUnicodeRule() {
        // ASCII text takes a byte-level path; text with "é" takes the Unicode one.
        for value in UInt8(0)..<0x80 {
            let character = String(UnicodeScalar(value))
            let ascii = "A\(character)b 9"
            #expect(HeadingSlugger.baseSlug(ascii) + "é" == HeadingSlugger.baseSlug(ascii + "é"), "byte \(value)")
        }
    }

    @Test func numbersRepeatsWithinAPage() {
        var slugger = HeadingSlugger()
        #expect(
            ["Setup", "Setup", "Setup", "Setup-1"].map { slugger.slug(for: $0) } == [
                "setup", "setup-1", "setup-2", "setup-1-1",
            ])
    }

    @Test func avoidsReservedIdsAndEmptyIds() {
        var slugger = HeadingSlugger(reserved: ["main"])
        #expect(slugger.slug(for: "Main") == "main-1")
        #expect(slugger.slug(for: "!!!") == "section")
    }

    @Test func reservedIdsAreTakenAsIfEarlierHeadingsHadThem() {
        // The reference: each reserved id counted as one earlier occurrence, as GitHub's slugger
        // does for ids it has seen (the slugger once filled its occurrences with them).
        struct Reference {
            var occurrences: [String: Int]
            mutating func slug(for text: String) -> String {
                var base = HeadingSlugger.baseSlug(text)
                if base.isEmpty { base = "section" }
                var candidate = base
                while occurrences[candidate] != nil {
                    let count = (occurrences[base] ?? 0) + 1
                    occurrences[base] = count
                    candidate = "\(base)-\(count)"
                }
                occurrences[candidate] = 0
                return candidate
            }
        }
        // Few reserved ids are looked through, many (a body's footnotes') hashed: both here.
        for reserved in [
            ["main", "main-1", "names", "after-map", "fn-1"],
            ["main", "main-1", "names", "after-map", "fn-1"] + (1...12).flatMap { ["fn-\($0 + 1)", "fnref-\($0)"] },
        ] {
            let texts = [
                "Main", "main", "Main 1", "Main", "Names", "names-1", "After map", "fn 1", "Fn-1", "main-2", "Main",
                "Fn 2", "fnref 3", "FNREF-3",
            ]
            var slugger = HeadingSlugger(reserved: reserved)
            var reference = Reference(occurrences: Dictionary(uniqueKeysWithValues: reserved.map { ($0, 0) }))
            #expect(texts.map { slugger.slug(for: $0) } == texts.map { reference.slug(for: $0) })
            #expect(!texts.map { reference.slug(for: $0) }.contains { reserved.contains($0) })
        }
    }

    @Test func anImageInAHeadingGivesNoTextToItsId() {
        let renderer = RoadmapBodyRenderer(
            allowsRawHTML: false,
            links: LinkRewriter(paths: SitePaths(basePath: "/"), slug: Slug("a")!, published: [Slug("a")!], drafts: []))
        let (body, _) = renderer.render(
            "## ![Go logo](go.png) Go basics\n", source: RoadmapSource(path: "a.md", bodyLineOffset: 0))
        #expect(body.sections.map(\.id) == ["-go-basics"])
        #expect(body.sections.map(\.titleText) == [" Go basics"])
    }
}
