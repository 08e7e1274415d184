import Foundation
import Testing

@testable import SiteGen

/// `search: true`: `build` runs Pagefind on the staging folder before the swap, and fails with
/// an error at that line when Pagefind is missing or fails, leaving the output folder as it was.
@Suite("Search index")
struct SearchIndexTests {
    static let siteYML = "title: T\nbase_url: https://example.org/docs/\nsearch: true\n"
    static let roadmaps = [
        "backend": roadmapFile(
            "title: Backend, APIs & queues\nlevel: Intermediate\nupdated: 2026-01-01",
            body: "## Steps\n\nLearn kubernetes.\n\n## Tools\n\nDocker.\n\n## Next\n\nScale.\n\n"
                + "## FAQ\n\n### Which language?\n\nGo or Python.\n"),
        "frontend": roadmapFile("title: Frontend\nlevel: Beginner\nupdated: 2026-01-02", body: "Learn HTML.\n"),
    ]

    /// The Pagefind binary where this machine has one (`make deps` installs it), else nil.
    static let pagefind: String? = try? PagefindLocator.locate().get()

    /// A builder whose environment has no Pagefind anywhere, but `SITEGEN_PAGEFIND` when given.
    func builder(_ site: TestSite, pagefind: String? = nil) -> SiteBuilder {
        var builder = site.builder()
        builder.environment = ["PATH": "", "HOME": site.root]
        if let pagefind { builder.environment[PagefindLocator.environmentKey] = pagefind }
        return builder
    }

    func messages(_ site: TestSite, _ builder: SiteBuilder) -> [String] {
        do {
            _ = try builder.build()
            return []
        } catch {
            return site.format(error.diagnostics)
        }
    }

    @Test func searchIsOffUnlessSiteYMLTurnsItOn() throws {
        var diagnostics = Diagnostics()
        let site = TestSite(siteYML: "title: T\nbase_url: https://example.org/\n")
        let config = try #require(
            SiteConfigLoader.load(contentDirectory: site.content, baseURLOverride: nil, into: &diagnostics))
        #expect(config.search == nil)
        let on = TestSite(siteYML: Self.siteYML)
        let enabled = try #require(
            SiteConfigLoader.load(contentDirectory: on.content, baseURLOverride: nil, into: &diagnostics))
        #expect(enabled.search == SourceLocation(file: on.content + "/site.yml", line: 3, column: 1))
        #expect(!diagnostics.hasErrors)
    }

    @Test func aSearchValueThatIsNotABooleanIsAnError() {
        let site = TestSite(siteYML: "title: T\nbase_url: https://example.org/\nsearch: yes please\n")
        #expect(
            site.build().messages == [
                "content/site.yml:3:9: error: `search` must be true or false, not `yes please`"
            ])
    }

    @Test func aMissingPagefindFailsTheBuildAtTheSearchLineAndSaysHowToInstallIt() throws {
        let site = TestSite(siteYML: Self.siteYML, roadmaps: Self.roadmaps)
        let printed = messages(site, builder(site))
        #expect(
            printed == [
                "content/site.yml:3:1: error: `search: true` needs Pagefind: the Pagefind binary is not installed"
            ])
        var diagnostics = Diagnostics()
        let config = try #require(
            SiteConfigLoader.load(contentDirectory: site.content, baseURLOverride: nil, into: &diagnostics))
        let hint = PagefindLocator.installHint(environment: ["HOME": site.root])
        #expect(hint.contains("pip install --upgrade --target \(site.root)/.cache/sitegen/pagefind-bin pagefind-bin=="))
        #expect(config.search != nil)
        #expect(!FileManager.default.fileExists(atPath: site.output), "nothing published")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root).sorted() == ["content"])
    }

    @Test func aPagefindNamedButNotThereIsAnError() {
        let site = TestSite(siteYML: Self.siteYML, roadmaps: Self.roadmaps)
        let printed = messages(site, builder(site, pagefind: site.root + "/no-such-pagefind"))
        #expect(
            printed == [
                "content/site.yml:3:1: error: `search: true` needs Pagefind: SITEGEN_PAGEFIND names \(site.root)/no-such-pagefind, which is not an executable file"
            ])
    }

    @Test func aFailingPagefindIsAnErrorWithWhatItPrintedAndTheOutputIsLeftAsItWas() throws {
        let site = TestSite(siteYML: Self.siteYML, roadmaps: Self.roadmaps)
        #expect(messages(site, builder(site, pagefind: Self.fakePagefind(in: site.root, succeeding: true))) == [])
        let before = TestFiles.tree(site.output)
        let failing = builder(site, pagefind: Self.fakePagefind(in: site.root, succeeding: false))
        #expect(
            messages(site, failing) == [
                "content/site.yml:3:1: error: the search index could not be written: Pagefind exited with 3: Running Pagefind / Error: Failed to parse something / and a third line"
            ])
        #expect(TestFiles.tree(site.output) == before)
        let left = try FileManager.default.contentsOfDirectory(atPath: site.root).filter { $0.contains("sitegen-tmp") }
        #expect(left == [], "the staging folder is removed")
    }

    /// A stand-in for Pagefind: a shell script that writes a minimal index, or prints three
    /// lines (and a blank one) and exits with 3.
    static func fakePagefind(in folder: String, succeeding: Bool) -> String {
        let path = folder + (succeeding ? "/pagefind-ok" : "/pagefind-fails")
        let script =
            succeeding
            ? """
            #!/bin/sh
            mkdir -p "$2/pagefind" && printf '{"version":"0","languages":{"en":{"page_count":2}}}' > "$2/pagefind/pagefind-entry.json"
            """
            : """
            #!/bin/sh
            echo "Running Pagefind"; echo "Error: Failed to parse something" >&2; echo "and a third line"; echo
            exit 3
            """
        TestFiles.write(script + "\n", to: path)
        chmod(path, 0o755)
        return path
    }

    @Test(.enabled(if: SearchIndexTests.pagefind != nil, "Pagefind is not installed (make deps installs it)"))
    func twoBuildsWriteTheSameBytesAndIndexTheRoadmapAndFAQPages() throws {
        let site = TestSite(siteYML: Self.siteYML, roadmaps: Self.roadmaps)
        var trees: [[String: Data]] = []
        for output in [site.root + "/one", site.root + "/two"] {
            let report = try site.builder(output: output).build()
            #expect(report.searchPageCount == 3, "two roadmap pages and one FAQ page")
            trees.append(TestFiles.tree(output))
        }
        #expect(trees[0] == trees[1])
        let index = trees[0].keys.filter { $0.hasPrefix("pagefind/") }
        #expect(index.contains("pagefind/pagefind.js") && index.contains("pagefind/pagefind-entry.json"))
        #expect(index.contains { $0.hasPrefix("pagefind/fragment/") })
    }

    @Test(.enabled(if: SearchIndexTests.pagefind != nil, "Pagefind is not installed (make deps installs it)"))
    func theIndexHoldsEachPagesTitleRoadmapAndTextButNotTheThemesChrome() throws {
        let site = TestSite(siteYML: Self.siteYML, roadmaps: Self.roadmaps)
        _ = try site.builder().build()
        let fragments = try Self.fragments(site.output + "/pagefind/fragment")
        #expect(fragments.keys.sorted() == ["/backend/", "/backend/faq/", "/frontend/"])
        let faq = try #require(fragments["/backend/faq/"])
        let meta = try #require(faq["meta"] as? [String: String])
        #expect(meta["title"] == "Backend, APIs & queues: frequently asked questions")
        #expect(meta["roadmap"] == "Backend, APIs & queues", "commas and & survive Pagefind's meta syntax")
        let text = try #require(faq["content"] as? String)
        #expect(text.contains("Which language? Go or Python."))
        let roadmap = try #require(fragments["/backend/"]?["content"] as? String)
        #expect(roadmap.contains("Learn kubernetes."))
        #expect(!roadmap.contains("Go or Python"), "the FAQ is found once, on its own page")
        // Four sections: the page has an "On this page" list, which is not indexed either.
        #expect(site.page("backend/index.html").contains("<nav class=\"contents\""))
        for chrome in [
            "All T", "Related roadmaps", "Last updated", "All questions on one page", "Search", "On this page",
        ] {
            #expect(!text.contains(chrome) && !roadmap.contains(chrome), "\(chrome) is not indexed")
        }
    }

    @Test(.enabled(if: SearchIndexTests.pagefind != nil, "Pagefind is not installed (make deps installs it)"))
    func topicPagesAreIndexedWithTheirRoadmapAndNotTheirChromeNorTheMap() throws {
        var roadmaps = Self.roadmaps
        roadmaps["backend"] = roadmapFile(
            "title: Backend, APIs & queues\nlevel: Intermediate\nupdated: 2026-01-01",
            body:
                "## Roadmap\n\n1. [HTTP](backend/http.md)\n2. [Caching](backend/caching.md)\n\n## Steps\n\nLearn kubernetes.\n"
        )
        roadmaps["backend/http.md"] =
            "---\nupdated: 2026-01-03\n---\n# HTTP\n\nStatus codes tell the client what happened.\n"
        roadmaps["backend/caching.md"] = "# Caching\n\nKeep answers close to the reader.\n"
        let site = TestSite(siteYML: Self.siteYML, roadmaps: roadmaps)
        let report = try site.builder().build()
        #expect(report.searchPageCount == 4, "two roadmap pages and two topic pages")
        let fragments = try Self.fragments(site.output + "/pagefind/fragment")
        #expect(fragments.keys.sorted() == ["/backend/", "/backend/caching/", "/backend/http/", "/frontend/"])
        let topic = try #require(fragments["/backend/http/"])
        let meta = try #require(topic["meta"] as? [String: String])
        #expect(meta["title"] == "HTTP")
        #expect(meta["roadmap"] == "Backend, APIs & queues")
        let text = try #require(topic["content"] as? String)
        #expect(text.contains("Status codes tell the client what happened."))
        for chrome in ["All T", "Last updated", "Next topic", "Caching", "Back to the", "Done"] {
            #expect(!text.contains(chrome), "\(chrome) is not indexed")
        }
        let roadmap = try #require(fragments["/backend/"]?["content"] as? String)
        #expect(roadmap.contains("Learn kubernetes.") && !roadmap.contains("HTTP"), "the map is not indexed")
    }

    /// Each fragment of a Pagefind index (`pagefind/fragment/`), by the URL of its page.
    static func fragments(_ folder: String) throws -> [String: [String: Any]] {
        var fragments: [String: [String: Any]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let fragment = try #require(Self.gunzip(folder + "/" + name))
            let json = try #require(fragment.range(of: "{").map { String(fragment[$0.lowerBound...]) })
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            fragments[object["url"] as? String ?? ""] = object
        }
        return fragments
    }

    /// A gzip file's text (`gzip -dc`), or nil when it cannot be read.
    static func gunzip(_ path: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -dc \"$0\"", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }

    /// A site with search and no roadmap file is told to add one; one whose only roadmap
    /// cannot be read has that roadmap's error alone. Neither runs Pagefind (there is none here).
    @Test func searchWithoutRoadmapsSaysToAddOneAndAnUnreadableRoadmapHasItsOwnErrorOnly() throws {
        let empty = TestSite(siteYML: Self.siteYML)
        let report = try builder(empty).build()
        #expect(report.searchPageCount == nil)
        #expect(
            report.diagnostics.all.map { "\($0.message) / \($0.hint ?? "")" } == [
                "`search: true` but no published roadmap to index: the site is built without search / "
                    + "add a roadmap (`sitegen new <slug>`), or remove `search: true`"
            ])
        let broken = TestSite(siteYML: Self.siteYML, roadmaps: ["backend": "---\ntitle: [\n---\n"])
        let messages = messages(broken, builder(broken))
        #expect(messages.count == 1 && messages[0].hasPrefix("content/roadmaps/backend.md:"), "\(messages)")
    }

    @Test func aRoadmapCannotBeNamedPagefind() {
        let site = TestSite(roadmaps: ["pagefind": roadmapFile("title: P")])
        #expect(
            site.build().messages == [
                "content/roadmaps/pagefind.md:1:1: error: `pagefind.md` cannot be a roadmap: `pagefind/` holds the search index on the built site"
            ])
    }

    @Test func pagefindsLastLinesAreSummarized() {
        let long = String(repeating: "x", count: 200)
        #expect(PagefindRun.summary(of: "a\n\n  b  \nc\nd\n") == "b / c / d")
        #expect(PagefindRun.summary(of: long) == String(repeating: "x", count: 159) + "…")
        #expect(PagefindRun.summary(of: "") == "")
    }
}

/// `serve` keeps the site in memory and runs no Pagefind: it says so, and its pages show no box.
@Suite("Search index: preview")
struct SearchPreviewTests {
    @Test func aPreviewOfASiteWithSearchHasNoIndexAndKnowsItAskedForOne() throws {
        let site = TestSite(siteYML: SearchIndexTests.siteYML, roadmaps: SearchIndexTests.roadmaps)
        var builder = PreviewBuilder(
            inputs: SiteInputs(contentDirectory: site.content, templatesDirectory: site.templates))
        let served = try #require(builder.rebuildAll().site)
        #expect(served.asksForSearch)
        #expect(!served.files.keys.contains { $0.hasPrefix("pagefind/") })
        let page = String(decoding: try #require(served.files["backend/index.html"]), as: UTF8.self)
        #expect(page.contains("<form class=\"site-search\" role=\"search\" data-search-bundle=\"/docs/pagefind/\""))
        #expect(page.contains("data-pagefind-ignore=\"all\" hidden>"), "hidden until search.js finds an index")
        let off = TestSite(roadmaps: SearchIndexTests.roadmaps)
        var offBuilder = PreviewBuilder(
            inputs: SiteInputs(contentDirectory: off.content, templatesDirectory: off.templates))
        let plain = try #require(offBuilder.rebuildAll().site)
        #expect(!plain.asksForSearch)
        #expect(!String(decoding: plain.files["backend/index.html"] ?? [], as: UTF8.self).contains("site-search"))
    }
}
