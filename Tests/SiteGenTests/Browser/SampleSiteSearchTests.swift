import Foundation
import Testing

@testable import SiteGen

/// The repository's sample site (`content/`, which has `search: true`) built with the built-in
/// theme and served under a Content-Security-Policy, as README's Search section documents it:
/// Pagefind compiles WebAssembly, so a policy needs `'wasm-unsafe-eval'` beside `script-src
/// 'self'`, whether a header or the pages' own `<meta http-equiv>` states it. With it, search
/// finds pages and no page breaks the policy (the theme has no inline script or style); without
/// it, the box says search is not available.
@Suite(
    "Browser: the sample site's search under a Content-Security-Policy",
    .enabled(if: Chromium.isAvailable && SearchIndexTests.pagefind != nil, "needs chromium and Pagefind"))
struct SampleSiteSearchTests {
    /// The policy README documents for a site with search.
    static let policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"

    /// The sample site built into a fresh folder; with `metaPolicy`, the site's own
    /// `templates/partials/head.mustache` states it in a `<meta http-equiv>`.
    static func build(metaPolicy: String? = nil) throws -> String {
        let root = TestFiles.temporaryDirectory()
        var templates = TestFiles.defaultTheme
        if let metaPolicy {
            templates = root + "/templates"
            TestFiles.copy(TestFiles.defaultTheme, to: templates)
            let head = templates + "/partials/head.mustache"
            TestFiles.write(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"\(metaPolicy)\">\n" + TestFiles.read(head),
                to: head)
        }
        let report = try SiteBuilder(
            inputs: SiteInputs(contentDirectory: TestFiles.packageRoot + "/content", templatesDirectory: templates),
            outputDirectory: root + "/public"
        ).build()
        #expect(report.roadmapCount == 5)
        #expect(FileManager.default.fileExists(atPath: root + "/public/pagefind/pagefind.js"))
        return root + "/public"
    }

    /// Types `query` into the home page's search box; returns once the status line says something.
    func search(_ page: BrowserPage, _ url: String, _ query: String) async throws -> BrowserJSON {
        try await page.open(url)
        try await page.waitUntil("document.querySelector('.home form.site-search:not([hidden])')")
        try await page.evaluate("document.querySelector('.home form.site-search input').focus()")
        try await page.send("Input.insertText", ["text": .string(query)])
        try await page.waitUntil(
            "document.querySelector('.home .search-status').textContent !== ''", timeout: .seconds(15))
        return try await page.evaluate(
            """
            ({status: document.querySelector('.home .search-status').textContent,
              results: [...document.querySelectorAll('.home .search-results a')].map(a => a.getAttribute('href'))})
            """)
    }

    @Test(arguments: ["header", "meta"])
    func searchFindsPagesUnderThePolicyREADMEGives(statedIn place: String) async throws {
        let inMeta = place == "meta"
        let site = try Self.build(metaPolicy: inMeta ? Self.policy : nil)
        let server = try StaticSiteServer(root: site, contentSecurityPolicy: inMeta ? nil : Self.policy)
        try await Chromium.withPage { page in
            let found = try await search(page, server.url("/"), "database")
            let results = try #require(found["results"].array)
            #expect(!results.isEmpty, "\(found)")
            #expect(results.contains("/backend/databases/"), "\(found)")
            // Every kind of page the sample site has, under the same policy.
            for path in ["/backend/", "/backend/databases/", "/backend/faq/", "/backend/related/", "/404.html"] {
                try await page.open(server.url(path))
            }
            #expect(page.problems.isEmpty, "\(page.problems)")
        }
    }

    @Test func withoutWasmUnsafeEvalSearchSaysItIsNotAvailable() async throws {
        let site = try Self.build()
        let server = try StaticSiteServer(root: site, contentSecurityPolicy: "default-src 'self'")
        try await Chromium.withPage { page in
            let found = try await search(page, server.url("/"), "database")
            #expect(found == ["status": "Search is not available right now", "results": []])
        }
    }
}

/// A table's aligned columns (`|:--|:-:|--:|`) are the one inline style of built pages:
/// cmark-gfm writes `style="text-align: left"` (`center`, `right`), since HTML5 has no `align`.
/// A policy without `'unsafe-inline'` for styles keeps them with the three hashes README gives.
@Suite("Browser: aligned table columns under a Content-Security-Policy", .enabled(if: Chromium.isAvailable))
struct AlignedTablePolicyTests {
    /// `printf 'text-align: left' | openssl dgst -sha256 -binary | base64`, and so on.
    static let hashes =
        "'sha256-6l+tpow5lGPV0MHWZlDv8nD7HrL77FGFldqQ7zc5gxY=' 'sha256-Y9v1MZrln1N8aPBY5lmpxYKwFkcp/nyBMMEnn7WFjuw='"
        + " 'sha256-i0JPB0qmRu5AViJTxOIzqXnfGoiWFw+oNAm4uJd7ZQk='"

    @Test(arguments: [false, true])
    func alignedColumnsNeedTheirHashesInStyleSrc(hashed: Bool) async throws {
        let site = TestSite(roadmaps: [
            "tables": roadmapFile(
                "title: Tables\nupdated: 2026-01-01",
                body: "## Costs\n\n| Tool | Use | Cost |\n|:--|:-:|--:|\n| a | b | c |\n")
        ])
        _ = try site.builder(output: site.root + "/served").build()
        #expect(
            TestFiles.read(site.root + "/served/tables/index.html").contains("<td style=\"text-align: center\">b</td>"))
        let policy = "default-src 'self'" + (hashed ? "; style-src 'self' 'unsafe-hashes' \(Self.hashes)" : "")
        let server = try StaticSiteServer(root: site.root + "/served", contentSecurityPolicy: policy)
        try await Chromium.withPage { page in
            try await page.open(server.url("/tables/"))
            let aligned = try await page.evaluate(
                "[...document.querySelectorAll('td')].map(td => getComputedStyle(td).textAlign)")
            if hashed {
                #expect(aligned == ["left", "center", "right"])
                #expect(page.problems.isEmpty, "\(page.problems)")
            } else {
                #expect(aligned == ["start", "start", "start"], "the policy drops the alignment")
                #expect(page.cspViolations.count == 6, "one for each aligned cell: \(page.problems)")
            }
        }
    }
}
