import Foundation
import Testing

@testable import SiteGen

/// The warning for a page that still holds the scaffold's placeholder sentences, against a
/// search written with Foundation's `ranges(of:)`.
@Suite("Scaffold: placeholder sentences")
struct ScaffoldPlaceholdersTests {
    /// Every occurrence of every sentence, as (line, column, sentence), the plain way.
    static func reference(_ parts: [(text: String, lineOffset: Int)]) -> [(Int, Int, String)] {
        var found: [(Int, Int, String)] = []
        for part in parts {
            for sentence in ScaffoldPlaceholders.all {
                for range in part.text.ranges(of: sentence) {
                    let before = part.text[..<range.lowerBound]
                    let line = before.filter { $0 == "\n" }.count + 1
                    let lineStart =
                        before.lastIndex(of: "\n").map { part.text.index(after: $0) } ?? part.text.startIndex
                    // Columns count Unicode scalars, as every diagnostic's do.
                    let column = part.text.unicodeScalars[lineStart..<range.lowerBound].count + 1
                    found.append((part.lineOffset + line, column, sentence))
                }
            }
        }
        return found
    }

    @Test func findsEverySentenceWhereverItIs() throws {
        let all = ScaffoldPlaceholders.all
        let texts = [
            "",
            "A skill. A resource. A project. A question?",
            all.joined(separator: "\n"),
            all.joined() + all.reversed().joined(separator: " "),
            "AAAA" + all[5] + all[5] + "\n\n  - " + all[6] + ": and " + all[7] + "\n" + all[9],
            "Ünïcödé " + all[0] + " — " + all[1].dropLast(),
            String(all[2].dropFirst()) + all[3],
        ]
        let frontMatter = (text: "description: " + all[0] + "\n", lineOffset: 1)
        // With the front matter's sentence first, and without it, so that the first one found
        // is in the body's text.
        for text in texts {
            for parts in [[frontMatter, (text: text, lineOffset: 4)], [(text: text, lineOffset: 4)]] {
                try check(parts, text: text)
            }
        }
        #expect(ScaffoldPlaceholders.warning(in: [("Nothing here. A sentence.", 0)], path: "a.md") == nil)
    }

    func check(_ parts: [(text: String, lineOffset: Int)], text: String) throws {
        let expected = Self.reference(parts)
        guard !expected.isEmpty else {
            #expect(ScaffoldPlaceholders.warning(in: parts, path: "a.md") == nil)
            return
        }
        let warning = ScaffoldPlaceholders.warning(in: parts, path: "a.md")
        let first = try #require(expected.min { ($0.0, $0.1) < ($1.0, $1.1) })
        #expect(warning?.line == first.0 && warning?.column == first.1, "\(text)")
        let more = expected.count - 1
        #expect(
            warning?.message
                == "the page still has the scaffold's placeholder text \(Excerpt.quoted(first.2))"
                + (more > 0 ? " and \(more) more" : ""), "\(text)")
    }

    /// A published roadmap `pub` with a topic and a draft topic, and a draft roadmap `sketch`
    /// with a topic that is not a draft itself; every file holds a placeholder sentence.
    static func siteWithDrafts() -> TestSite {
        let sentence = ScaffoldPlaceholders.topicText
        return TestSite(roadmaps: [
            "pub": roadmapFile(
                "title: Pub\nupdated: 2026-01-01", body: "## Roadmap\n\n- [T](pub/t.md)\n- [D](pub/d.md)\n"),
            "pub/t": "---\nupdated: 2026-01-01\n---\n# T\n\n\(sentence)\n",
            "pub/d": "---\nupdated: 2026-01-01\ndraft: true\n---\n# D\n\n\(sentence)\n",
            "sketch": roadmapFile(
                "title: Sketch\nupdated: 2026-01-01\ndraft: true\ndescription: \(ScaffoldPlaceholders.description)",
                body: "## Roadmap\n\n- [X](sketch/x.md)\n"),
            "sketch/x": "---\nupdated: 2026-01-01\n---\n# X\n\n\(sentence)\n",
        ])
    }

    /// The load stage searches only the topic files the build publishes: not a draft topic, nor
    /// the topics of a draft roadmap, left out of it; with `--drafts`, all of them.
    @Test func topicFilesLeftOutOfTheBuildAreNotSearched() {
        let site = Self.siteWithDrafts()
        for drafts in [false, true] {
            var diagnostics = Diagnostics()
            let loaded = ContentLoader(inputs: SiteInputs(contentDirectory: site.content, includeDrafts: drafts))
                .load(into: &diagnostics)
            #expect(!diagnostics.hasErrors, "\(diagnostics.all)")
            let files = loaded.topics.values.flatMap(\.files)
            #expect(files.count == 3)
            #expect(
                files.filter { $0.placeholderWarning != nil }.map(\.id.description).sorted()
                    == (drafts ? ["pub/d", "pub/t", "sketch/x"] : ["pub/t"]), "drafts: \(drafts)")
        }
    }

    /// A build warns about the placeholder sentences of the pages it publishes only: drafts
    /// left out are not warned about, and with `--drafts` they are.
    @Test func aBuildWarnsAboutDraftsOnlyWhenItBuildsThem() throws {
        let site = Self.siteWithDrafts()
        let warned = { (result: CommandLineTests.Run) in
            result.stderr.split(separator: "\n").filter { $0.contains("placeholder text") }.map {
                String($0.prefix { $0 != " " })
            }
        }
        let build = try CommandLineTests().run(["build"], in: site.root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(warned(build) == ["content/roadmaps/pub/t.md:6:1:"])
        let drafts = try CommandLineTests().run(["build", "--drafts"], in: site.root)
        #expect(drafts.status == 0, "\(drafts.stderr)")
        #expect(
            warned(drafts) == [
                "content/roadmaps/pub/d.md:7:1:", "content/roadmaps/pub/t.md:6:1:", "content/roadmaps/sketch.md:5:14:",
                "content/roadmaps/sketch/x.md:6:1:",
            ])
    }
}
