import Foundation
import Testing

@testable import SiteGen

/// The authoring guide, `docs/authoring.md`, is where hints and the README send authors: every
/// `docs/authoring.md#anchor` they cite must be a heading of the guide (its id as GitHub gives
/// it, which `HeadingSlugger` computes), and nothing in the repository may point outside it.
@Suite("Authoring guide")
struct AuthoringGuideTests {
    static let guidePath = TestFiles.packageRoot + "/docs/authoring.md"

    /// The ids GitHub gives the guide's headings, in order, repeats numbered as on one page.
    /// ATX headings only (the guide has no other kind), outside fenced code blocks; the text
    /// is taken as written, less inline-code backquotes and link brackets.
    static func headingIDs(of markdown: String) -> Set<String> {
        var slugger = HeadingSlugger()
        var ids: Set<String> = []
        var fence: Substring?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop(while: { $0 == " " })
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
                continue
            }
            let hashes = trimmed.prefix { $0 == "#" }
            guard (1...6).contains(hashes.count), trimmed.dropFirst(hashes.count).first == " " else { continue }
            let text = trimmed.dropFirst(hashes.count).trimmingCharacters(in: .whitespaces)
                .replacing("`", with: "").replacing("[", with: "").replacing("]", with: "")
            ids.insert(slugger.slug(for: text))
        }
        return ids
    }

    /// Every `docs/authoring.md#anchor` written in `text`, and every anchor a hint cites with
    /// `AuthoringGuide.see("anchor")`, each with its line.
    static func citedAnchors(in text: String) -> [(anchor: String, line: Int)] {
        var found: [(String, Int)] = []
        let pattern = /docs\/authoring\.md#([^\s)`"'\]\\,;]+)/
        let seen = /AuthoringGuide\.see\("([^"\\]+)"\)/
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for match in line.matches(of: seen) {
                found.append((String(match.output.1), number + 1))
            }
            for match in line.matches(of: pattern) {
                var anchor = String(match.output.1)
                while anchor.last == "." || anchor.last == ":" { anchor.removeLast() }
                found.append((anchor, number + 1))
            }
        }
        return found
    }

    /// The files the repository tracks (from git; without git, every file under the package
    /// root outside build and output folders), relative to the root.
    static func trackedFiles() -> [String] {
        if let listed = ProcessRunner.run("git", ["ls-files", "-z"], in: TestFiles.packageRoot), listed.status == 0 {
            return listed.output.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        }
        let skipped: Set<String> = [".build", ".git", "public", ".sitegen-cache", ".swiftpm"]
        var files: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: TestFiles.packageRoot)
        while let relative = enumerator?.nextObject() as? String {
            if skipped.contains(String(relative.prefix { $0 != "/" })) {
                enumerator?.skipDescendants()
                continue
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(
                atPath: TestFiles.packageRoot + "/" + relative, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                files.append(relative)
            }
        }
        return files
    }

    @Test func headingIDsFollowGitHub() {
        let ids = Self.headingIDs(
            of:
                "# Title\n\n## What you'll learn\n\n```sh\n# not a heading\n```\n\n### `check`\n\n## Dates\n\n### Dates\n"
        )
        #expect(ids == ["title", "what-youll-learn", "check", "dates", "dates-1"])
    }

    @Test func findsCitedAnchors() {
        let cited = Self.citedAnchors(
            in: "a\n/// (docs/authoring.md#the-map), and `docs/authoring.md#raw-html`.\nsee docs/authoring.md#dates.\n"
                + "hint: \"x; \" + AuthoringGuide.see(\"drafts\"))")
        #expect(cited.map(\.anchor) == ["the-map", "raw-html", "dates", "drafts"])
        #expect(cited.map(\.line) == [2, 2, 3, 4])
    }

    @Test func everyCitedAnchorIsAHeadingOfTheGuide() throws {
        let guide = try String(contentsOfFile: Self.guidePath, encoding: .utf8)
        let ids = Self.headingIDs(of: guide)
        var citing = ["README.md"]
        citing += Self.trackedFiles().filter { $0.hasPrefix("Sources/") && $0.hasSuffix(".swift") }
        var cited = 0
        for file in citing {
            let text = TestFiles.read(TestFiles.packageRoot + "/" + file)
            for (anchor, line) in Self.citedAnchors(in: text) {
                cited += 1
                #expect(ids.contains(anchor), "\(file):\(line): no heading of docs/authoring.md has the id `\(anchor)`")
            }
        }
        // The README, the hints and the doc comments cite the guide: a pattern that finds
        // nothing would pass without checking anything.
        #expect(cited >= 10)
    }

    @Test func theGuideLinksOnlyToItsOwnHeadings() throws {
        let guide = try String(contentsOfFile: Self.guidePath, encoding: .utf8)
        let ids = Self.headingIDs(of: guide)
        let links = guide.matches(of: /\]\(#([^)]+)\)/).map { String($0.output.1) }
        #expect(links.count >= 20)
        for anchor in links {
            #expect(ids.contains(anchor), "docs/authoring.md links to #\(anchor), which is no heading of it")
        }
    }

    /// The hints whose fix needs more than one line (GitHub's allow-list, the front matter's
    /// keys, the map's syntax) send the author to the section of the guide that has it.
    @Test func hintsSendAuthorsToTheGuide() throws {
        let (_, problems) = BodyTests().renderer.render(
            "Say <font>hi</font>.\n", source: RoadmapSource(path: "a.md", bodyLineOffset: 0))
        // Named as part of sitegen's repository: a site of one's own has no docs/ folder.
        #expect(
            problems.map(\.hint).contains {
                $0?.hasSuffix("; see the authoring guide, docs/authoring.md in sitegen's repository (#raw-html)")
                    == true
            })
        for text in ["", "title: A\n"] {
            guard case .failure(let missing) = FrontMatter.split(text, path: "a.md") else {
                Issue.record("\(text.debugDescription) was read as front matter")
                continue
            }
            #expect(missing.hint?.hasSuffix(AuthoringGuide.see("front-matter")) == true)
        }
    }

    @Test func theReadmeLinksToTheGuide() throws {
        let readme = TestFiles.read(TestFiles.packageRoot + "/README.md")
        #expect(readme.contains("](docs/authoring.md)"))
        #expect(FileManager.default.fileExists(atPath: Self.guidePath))
    }

    /// Every link of the README to a part of itself (`](#speed)`) names one of its headings, as
    /// GitHub gives their ids (a heading inside a fenced block is none).
    @Test func theReadmesLinksToItselfNameItsHeadings() {
        let readme = TestFiles.read(TestFiles.packageRoot + "/README.md")
        let ids = Self.headingIDs(of: readme)
        let links = readme.matches(of: /\]\(#([^)\s]+)\)/).map { String($0.output.1) }
        #expect(links.contains("speed") && links.contains("search"), "\(links)")
        #expect(links.filter { !ids.contains($0) } == [])
    }

    @Test func nothingPointsOutsideTheRepository() {
        // Written in two parts, so that this file does not name the folder it looks for.
        let outside = ".." + "/shared"
        let files = Self.trackedFiles()
        #expect(files.contains("README.md"))
        for file in files {
            guard let data = FileManager.default.contents(atPath: TestFiles.packageRoot + "/" + file) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains(outside), "\(file) points into \(outside)")
            #expect(!text.contains("CONTENT-" + "FORMAT.md"), "\(file) cites a contract outside the repository")
        }
    }
}
