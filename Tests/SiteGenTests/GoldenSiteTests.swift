import Foundation
import Testing

@testable import SiteGen

/// Builds `Fixtures/site` and compares every output file with `Golden/site`.
///
/// To re-record the golden files after an intended change, run
/// `SITEGEN_RECORD_GOLDEN=1 swift test --filter GoldenSiteTests`, then review the diff.
@Suite("Golden site")
struct GoldenSiteTests {
    static let fixtureContent = TestFiles.fixtures + "/site/content"
    static let goldenDirectory = TestFiles.testsDirectory + "/Golden/site"

    /// Builds the fixture with the theme built into sitegen: its templates folder does not exist.
    func build(into output: String) throws -> BuildReport {
        try SiteBuilder(
            inputs: SiteInputs(
                contentDirectory: Self.fixtureContent, templatesDirectory: TestFiles.fixtures + "/site/templates"),
            outputDirectory: output
        ).build()
    }

    @Test func everyFileMatchesItsGoldenCopy() throws {
        let output = TestFiles.temporaryDirectory() + "/public"
        let report = try build(into: output)
        #expect(report.roadmapCount == 3)
        #expect(report.pageCount == 15)
        let built = TestFiles.tree(output)
        if ProcessInfo.processInfo.environment["SITEGEN_RECORD_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(atPath: Self.goldenDirectory)
            for (path, data) in built { TestFiles.write(data, to: Self.goldenDirectory + "/" + path) }
        }
        let golden = TestFiles.tree(Self.goldenDirectory)
        #expect(built.keys.sorted() == golden.keys.sorted())
        for (path, data) in built.sorted(by: { $0.key < $1.key }) {
            let expected = golden[path] ?? Data()
            #expect(
                data == expected,
                "\(path) differs from Golden/site/\(path); if the change is intended, re-record with SITEGEN_RECORD_GOLDEN=1"
            )
        }
    }

    @Test func writesEveryPageKindTheContractLists() throws {
        let output = TestFiles.temporaryDirectory() + "/public"
        _ = try build(into: output)
        let files = Set(TestFiles.tree(output).keys)
        for path in [
            "index.html", "404.html", "sitemap.xml", "feed.xml", "robots.txt", "assets/style.css",
            "data-engineering/index.html", "data-engineering/faq/index.html", "data-engineering/related/index.html",
            "sql/index.html", "sql/related/index.html", "data-engineering/ingestion/index.html",
            "data-engineering/partitioning/index.html", "data-engineering/flow.svg",
        ] {
            #expect(files.contains(path), "missing \(path)")
        }
        #expect(!files.contains("sql/faq/index.html"), "a roadmap without an FAQ gets no FAQ page")
        #expect(!files.contains { $0.hasPrefix("secret/") }, "drafts are left out")
    }

    @Test func everyInternalLinkCarriesTheBasePath() throws {
        let output = TestFiles.temporaryDirectory() + "/public"
        _ = try build(into: output)
        for (path, data) in TestFiles.tree(output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for match in html.matches(of: /(?:href|src)="(\/[^"]*)"/) {
                #expect(match.1.hasPrefix("/docs/"), "\(path) links to \(match.1)")
            }
        }
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let first = TestFiles.temporaryDirectory() + "/public"
        let second = TestFiles.temporaryDirectory() + "/elsewhere/out"
        _ = try build(into: first)
        _ = try build(into: second)
        #expect(TestFiles.tree(first) == TestFiles.tree(second))
    }
}
