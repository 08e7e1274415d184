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
    ])
    func slugsLikeGitHub(_ text: String, _ expected: String) {
        #expect(HeadingSlugger.baseSlug(text) == expected)
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
}
