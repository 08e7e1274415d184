import Foundation
import Testing

@testable import Escaping
@testable import SiteGen

/// The sample site's backend page carries every part of the seed page (`Fixtures/seed-roadmap-page.txt`).
@Suite("Seed page")
struct SeedPageTests {
    /// The seed page, read into its parts.
    struct Seed {
        var title = ""
        var level = ""
        var sectionTitles: [String] = []
        var paragraphs: [String] = []
        var listItems: [String] = []
        var questions: [(question: String, answer: String)] = []
        var related: [String] = []
        var lastUpdated = ""

        init(_ text: String) {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var section = ""
            var pendingQuestion: String?
            for (index, line) in lines.enumerated() where !line.allSatisfy(\.isWhitespace) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                let nextIsBlank = index + 1 >= lines.count || lines[index + 1].allSatisfy(\.isWhitespace)
                if title.isEmpty {
                    title = trimmed
                } else if trimmed.hasPrefix("Level: ") {
                    level = String(trimmed.dropFirst("Level: ".count))
                } else if trimmed.hasPrefix("Last updated: ") {
                    lastUpdated = String(trimmed.dropFirst("Last updated: ".count))
                } else if line.hasPrefix("  ") {
                    let item = trimmed.replacing(/^(\d+\.|•)\s+/, with: "")
                    if section == "Related roadmaps" { related.append(item) } else { listItems.append(item) }
                } else if nextIsBlank, trimmed.count < 60, !trimmed.hasSuffix(".") {
                    section = trimmed
                    if section != "Related roadmaps" { sectionTitles.append(section) }
                } else if section == "Frequently asked questions" {
                    if let question = pendingQuestion {
                        questions.append((question, trimmed))
                        pendingQuestion = nil
                    } else {
                        pendingQuestion = trimmed
                    }
                } else {
                    paragraphs.append(trimmed)
                }
            }
        }
    }

    /// The text a reader sees in HTML: tags dropped, entities decoded, whitespace collapsed.
    static func visibleText(_ html: String) -> String {
        html.replacing(/<[^>]*>/, with: " ")
            .replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&quot;", with: "\"")
            .replacing("&#39;", with: "'").replacing("&amp;", with: "&")
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Text as cmark-gfm escapes it in HTML (quotes, not apostrophes).
    static func markdownEscaped(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
            .replacing("\"", with: "&quot;")
    }

    let seed = Seed(TestFiles.read(TestFiles.fixtures + "/seed-roadmap-page.txt"))

    func buildSampleSite() throws -> String {
        let output = TestFiles.temporaryDirectory() + "/public"
        _ = try SiteBuilder(
            inputs: SiteInputs(
                contentDirectory: TestFiles.packageRoot + "/content",
                templatesDirectory: TestFiles.defaultTheme), outputDirectory: output
        ).build()
        return output
    }

    @Test func theSeedIsReadCompletely() {
        #expect(seed.title == "Backend Developer Roadmap")
        #expect(seed.level == "Intermediate")
        #expect(seed.sectionTitles.count == 5)
        #expect(seed.listItems.count == 17)
        #expect(seed.paragraphs.count == 1)
        #expect(seed.questions.count == 7)
        #expect(seed.related.count == 5)
        #expect(seed.lastUpdated == "2026-04-27")
    }

    @Test func backendPageCarriesEveryPartOfTheSeed() throws {
        let output = try buildSampleSite()
        let html = TestFiles.read(output + "/backend/index.html")
        let text = Self.visibleText(html)
        #expect(html.contains("<h1>\(Escape.html(seed.title))</h1>"))
        #expect(text.contains("Level: \(seed.level)"))
        for title in seed.sectionTitles {
            #expect(html.contains(">\(Self.markdownEscaped(title))</h2>"), "section \(title)")
        }
        for item in seed.listItems {
            #expect(text.contains(item), "list item \(item)")
        }
        for paragraph in seed.paragraphs {
            #expect(html.contains("<p>\(Self.markdownEscaped(paragraph))</p>"), "paragraph \(paragraph)")
        }
        for (question, answer) in seed.questions {
            #expect(html.contains(">\(Self.markdownEscaped(question))</h3>"), "question \(question)")
            #expect(html.contains("<p>\(Self.markdownEscaped(answer))</p>"), "answer to \(question)")
        }
        let related = try #require(html.firstRange(of: "<nav class=\"related\"").map { String(html[$0.lowerBound...]) })
        // The seed lists the index last among the related roadmaps; the page lists only the
        // roadmaps, and links the index after them (issue 14).
        let roadmaps = seed.related.filter { $0 != "All Learning Roadmaps" }
        let items = related.matches(of: /<li><a href="([^"]+)">([^<]+)<\/a><\/li>/).map { (String($0.1), String($0.2)) }
        #expect(Array(items.map(\.1).prefix(roadmaps.count + 1)) == roadmaps.map { Escape.html($0) })
        let links = related.matches(of: /<a href="([^"]+)">([^<]+)<\/a>/).map { (String($0.1), String($0.2)) }
        #expect(links.first { $0.1 == "All Learning Roadmaps" }?.0 == "/")
        for (href, _) in items.prefix(roadmaps.count) {
            #expect(FileManager.default.fileExists(atPath: output + href + "index.html"), "\(href) is built")
        }
        // The seed shows the date as ISO; the page shows it readably, ISO in `datetime`.
        #expect(html.contains("Last updated: <time datetime=\"\(seed.lastUpdated)\">27 April 2026</time>"))
        #expect(html.contains("href=\"/backend/faq/\""))
    }

    @Test func resourcesAreLinked() throws {
        let output = try buildSampleSite()
        let html = TestFiles.read(output + "/backend/index.html")
        for resource in ["MDN HTTP Reference", "PostgreSQL Tutorial", "Node.js Learn", "FastAPI Documentation"] {
            #expect(html.contains(try Regex("<li><a href=\"https://[^\"]+\">\(resource)</a></li>")), "\(resource)")
        }
        #expect(html.contains("<li><a href=\"/system-design/\">System Design Roadmap</a></li>"))
    }

    @Test func faqPageCarriesEveryQuestionWithStructuredData() throws {
        let output = try buildSampleSite()
        let html = TestFiles.read(output + "/backend/faq/index.html")
        let script = try #require(html.firstMatch(of: /<script type="application\/ld\+json">(.*)<\/script>/)?.1)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: Any])
        #expect(json["@type"] as? String == "FAQPage")
        #expect(json["dateModified"] as? String == seed.lastUpdated)
        let entities = try #require(json["mainEntity"] as? [[String: Any]])
        #expect(entities.compactMap { $0["name"] as? String } == seed.questions.map(\.question))
        for (question, answer) in seed.questions {
            #expect(html.contains(">\(Self.markdownEscaped(question))</h2>"), "question \(question)")
            #expect(html.contains("<p>\(Self.markdownEscaped(answer))</p>"), "answer to \(question)")
        }
    }
}
