import Glibc

/// The sentences `sitegen new` and `sitegen init` write where the author's own text belongs
/// (docs/authoring.md#starting-a-site): the one list of them. The scaffolds write them, and
/// every command that renders a page warns at the first one a page still carries (a draft left
/// out of the build is neither searched nor warned about, so a scaffold stays quiet until it is
/// published or built with `--drafts`).
enum ScaffoldPlaceholders {
    static let description = "One sentence on what this roadmap leads to."
    static let firstStep = "The first step, and why it comes first."
    static let nextStep = "The next step, and what it builds on."
    static let project = "A project that puts the steps together."
    static let audience = "Who this roadmap is for, and which roadmap to take instead when it is not."
    static let skill = "A skill this roadmap teaches."
    static let resource = "A resource, and why it is worth the time"
    static let question = "A question learners ask about this path?"
    static let answer = "Its answer, in a few sentences."
    static let topicDescription = "One sentence on what this topic covers."
    static let topicText = "What this topic is, and why a learner needs it at this point of the roadmap."

    /// Every placeholder sentence.
    static let all = [
        description, firstStep, nextStep, project, audience, skill, resource, question, answer, topicDescription,
        topicText,
    ]

    /// The warning for a page whose file still holds a placeholder sentence: at the first one in
    /// `parts` (the file's texts, each with the number of lines before it in the file, such as
    /// its front matter and its body), saying how many more there are; nil when there is none.
    static func warning(in parts: [(text: String, lineOffset: Int)], path: String) -> Diagnostic? {
        var found: [(line: Int, column: Int, sentence: String)] = []
        for part in parts {
            var text = part.text
            text.withUTF8 { bytes in
                for sentence in all {
                    for offset in offsets(of: sentence, in: bytes) {
                        let (line, column) = SourceText.lineAndColumn(ofByteOffset: offset, in: bytes)
                        found.append((part.lineOffset + line, column, sentence))
                    }
                }
            }
        }
        guard let first = found.min(by: { ($0.line, $0.column) < ($1.line, $1.column) }) else { return nil }
        let more = found.count - 1
        return .warning(
            "the page still has the scaffold's placeholder text \(Excerpt.quoted(first.sentence))"
                + (more > 0 ? " and \(more) more" : ""),
            at: SourceLocation(file: path, line: first.line, column: first.column),
            hint: "write your own text in its place; a page marked `draft: true` stays out of the site until it is "
                + "ready; " + AuthoringGuide.see("starting-a-site"))
    }

    /// The byte offsets of every occurrence of `sentence` in `bytes`: the C library's `memchr`
    /// finds each candidate first byte, `memcmp` compares the rest (glibc's `memmem` is a GNU
    /// extension Swift's Glibc module does not export).
    private static func offsets(of sentence: String, in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard let base = bytes.baseAddress else { return [] }
        var offsets: [Int] = []
        var needle = sentence
        needle.withUTF8 { needle in
            guard let first = needle.first, let needleBase = needle.baseAddress else { return }
            var start = 0
            while bytes.count - start >= needle.count,
                let hit = memchr(base + start, Int32(first), bytes.count - start - needle.count + 1)
            {
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + offset, needleBase, needle.count) == 0 {
                    offsets.append(offset)
                    start = offset + needle.count
                } else {
                    start = offset + 1
                }
            }
        }
        return offsets
    }
}
