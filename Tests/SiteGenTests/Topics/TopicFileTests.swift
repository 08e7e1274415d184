import Testing

@testable import SiteGen

/// Reading topic files: optional front matter, the title rule, where the body starts.
@Suite("Topics: reading a topic file")
struct TopicFileTests {
    static let id = TopicID(roadmap: Slug("backend")!, topic: Slug("caching-strategies")!)

    static func read(_ text: String) -> (TopicFile?, [String]) {
        var diagnostics = Diagnostics()
        let file = TopicFile.read(text, path: "backend/caching-strategies.md", id: id, into: &diagnostics)
        let formatter = DiagnosticFormatter(workingDirectory: "/")
        return (file, diagnostics.all.map { formatter.compilerStyle($0) })
    }

    @Test func takesTheTitleFromTheFirstHeadingAndLeavesItOutOfTheBody() throws {
        let text = "\n# Caching `strategies` &amp; more #\n\nCache it.\n"
        let (file, messages) = Self.read(text)
        let topic = try #require(file)
        #expect(messages == [])
        #expect(topic.title == "Caching strategies & more")
        #expect(topic.titleIsHeading)
        #expect(topic.source.bodyLineOffset == 2)
        #expect(topic.body == "\nCache it.\n")
        #expect(topic.description == nil && topic.updated == nil && !topic.isDraft)
    }

    @Test func frontMatterTitleWinsAndTheHeadingStaysInTheBody() throws {
        let text =
            "---\ntitle: Caching\ndescription: Keep answers.\nupdated: 2026-03-01\ndraft: true\n---\n# Heading\n\nText.\n"
        let (file, messages) = Self.read(text)
        let topic = try #require(file)
        #expect(messages == [])
        #expect(topic.title == "Caching")
        #expect(!topic.titleIsHeading)
        #expect(topic.description == "Keep answers.")
        #expect(topic.updated == Day(iso: "2026-03-01"))
        #expect(topic.isDraft)
        #expect(topic.source.bodyLineOffset == 6)
        #expect(topic.body == "# Heading\n\nText.\n")
    }

    @Test func frontMatterWithoutTitleFallsBackToTheHeading() throws {
        let text = "---\ndescription: Keep answers.\n---\n# Caching\nText.\n"
        let (file, messages) = Self.read(text)
        #expect(messages == [])
        #expect(file?.title == "Caching")
        #expect(file?.source.bodyLineOffset == 4)
        #expect(file?.body == "Text.\n")
    }

    @Test(arguments: [
        "", "Text first.\n\n# Caching\n", "## Caching\n", "#Caching\n", "    # Indented code\n",
        "---\ndraft: false\n---\n",
    ])
    func aTopicWithoutTitleIsAnError(_ text: String) {
        let (file, messages) = Self.read(text)
        #expect(file?.title == "caching-strategies")
        let hint =
            text.hasPrefix("---")
            ? "put a line such as `# Caching strategies` right after the front matter's closing `---`"
            : "start the file with a line such as `# Caching strategies`"
        #expect(
            messages == [
                "backend/caching-strategies.md:1:1: error: the topic has no title: no `title` in front matter, and its body (after any front matter) does not start with a `# ` heading\n  hint: "
                    + hint
            ])
    }

    /// A title heading without text (`#`, `# #`) is named as such, not as a missing heading.
    @Test(arguments: ["#\n", "# #\n", "#   ###  \n", "\n  #\n\nText.\n", "---\ndraft: false\n---\n# #\n"])
    func anEmptyTitleHeadingIsAnError(_ text: String) {
        let (file, messages) = Self.read(text)
        #expect(file?.title == "caching-strategies")
        #expect(
            messages.first
                == "backend/caching-strategies.md:1:1: error: the topic's `# ` title heading has no text\n"
                + "  hint: write the title after the `#`: `# Caching strategies`", "\(text.debugDescription)")
    }
    @Test func reportsItsFrontMatterLikeARoadmaps() {
        let (_, messages) = Self.read("---\ntitle: \" \"\nlevel: Beginner\nupdated: 2026-02-30\ndraft: maybe\n---\n")
        #expect(
            messages == [
                "backend/caching-strategies.md:3:1: warning: unknown key `level` is ignored",
                "backend/caching-strategies.md:2:8: error: `title` is empty\n  hint: write the topic's title, or remove the key to use the `# ` heading",
                "backend/caching-strategies.md:4:10: error: `updated` is `2026-02-30`, which is not a real date\n  hint: for example `updated: 2026-04-27`",
                "backend/caching-strategies.md:5:8: error: `draft` must be true or false, not `maybe`\n  hint: write `draft: true` or `draft: false`",
            ])
    }

    @Test func unclosedFrontMatterIsAnError() {
        let (file, messages) = Self.read("---\ntitle: A\n")
        #expect(file == nil)
        #expect(
            messages.first?.hasPrefix("backend/caching-strategies.md:1:1: error: the front matter is not closed")
                == true)
    }

    @Test func aFileWithoutFrontMatterIsAllBody() throws {
        let split = try FrontMatter.split("# T\n---\nx: y\n---\n", path: "t.md", isRequired: false).get()
        #expect(split == FrontMatter(yaml: "", body: "# T\n---\nx: y\n---\n", bodyLineOffset: 0))
        #expect(throws: Diagnostic.self) { try FrontMatter.split("# T\n", path: "t.md").get() }
        #expect(try FrontMatter.split("", path: "t.md", isRequired: false).get().body == "")
    }
}
