import Foundation

@testable import SiteGen

/// A small site built by sitegen's real pipeline with the built-in theme (so its pages carry the
/// progress script's hooks as the templates write them), under the base path `/docs/`, served
/// with a Content-Security-Policy (by default `default-src 'self'`).
///
/// - `/docs/` the home page: a card per roadmap with its summary hook
/// - `/docs/backend/` the roadmap page: its map of `4 + extraTopics` topics (internet with
///   subtopics http and dns, a label, git, a node leading to the frontend roadmap, then `extra-N`
///   topics), the summary and the tools under it
/// - `/docs/backend/<topic>/` a page per topic; `/docs/frontend/` a roadmap of two topics
/// - `/docs/backend/related/` a page with nothing of the contract
struct ProgressSite {
    static let base = "/docs/"
    static let storageKey = "sitegen-progress:/docs/"
    static let backendTopics = ["internet", "http", "dns", "git"]

    let site: TestSite
    let server: StaticSiteServer
    let extraTopics: Int
    let templates: String?

    /// Builds the site; `extraTopics` more topics on the backend map (to test a large map);
    /// `policy` is the Content-Security-Policy header (nil: none); `metaPolicy` a policy the
    /// pages state themselves, in a `<meta http-equiv>` that the site's own
    /// `templates/partials/head.mustache` adds to the built-in one.
    init(extraTopics: Int = 0, policy: String? = StaticSiteServer.strictPolicy, metaPolicy: String? = nil) throws {
        self.extraTopics = extraTopics
        site = TestSite(siteYML: "title: Roadmaps\nbase_url: https://example.org/docs/\n")
        if let metaPolicy {
            let theme = site.copyTheme()
            let head = theme + "/partials/head.mustache"
            TestFiles.write(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"\(metaPolicy)\">\n" + TestFiles.read(head),
                to: head)
            templates = theme
        } else {
            templates = nil
        }
        site.addRoadmap("frontend", Self.frontend)
        for (topic, title) in [("html", "HTML"), ("css", "CSS")] {
            site.addRoadmap("frontend/\(topic)", Self.topicFile(title))
        }
        server = try StaticSiteServer(root: site.root + "/served", contentSecurityPolicy: policy)
        try build(removing: [])
    }

    static let frontend = roadmapFile(
        "title: Frontend\nupdated: 2026-01-02",
        body: "## Roadmap\n\n1. [HTML](frontend/html.md)\n2. [CSS](frontend/css.md)\n")

    static func topicFile(_ title: String) -> String {
        "---\nupdated: 2026-02-01\n---\n# \(title)\n\nWhat \(title) is, and why it matters.\n"
    }

    /// Writes the backend roadmap and its topic files, with the topics `removing` taken off the
    /// map (and their files deleted), and builds the site into the served folder again.
    func build(removing: Set<String>) throws {
        let extra = (0..<extraTopics).map { "extra-\($0 + 1)" }
        var titles = ["internet": "Internet", "http": "HTTP", "dns": "DNS and how it works", "git": "Git"]
        for topic in extra { titles[topic] = "Extra topic \(topic)" }
        func node(_ topic: String, _ indent: String = "", _ marker: String) -> String? {
            removing.contains(topic) ? nil : "\(indent)\(marker) [\(titles[topic]!)](backend/\(topic).md)"
        }
        let lines: [String?] =
            [
                node("internet", "", "1."), node("http", "   ", "-"), node("dns", "   ", "-"), "2. Version control",
                node("git", "", "3."), "4. [Frontend roadmap](frontend.md)",
            ] + extra.enumerated().map { node($1, "", "\($0 + 5).") }
        site.addRoadmap(
            "backend",
            roadmapFile(
                "title: Backend\ndescription: Build the systems users don't see.\nupdated: 2026-01-01",
                body: "## Roadmap\n\n" + lines.compactMap { $0 }.joined(separator: "\n")
                    + "\n\n## Frequently asked questions\n\n### Which language first?\n\nAny.\n"))
        for (topic, title) in titles {
            let path = site.roadmapPath("backend/\(topic)")
            if removing.contains(topic) {
                try? FileManager.default.removeItem(atPath: path)
            } else {
                site.addRoadmap("backend/\(topic)", Self.topicFile(title))
            }
        }
        let report = try site.builder(output: site.root + "/served/docs", templates: templates).build()
        precondition(report.roadmapCount == 2, "the progress site builds")
    }

    /// The URL of a page, by its path under the base (`""`, `backend/`, `backend/git/`).
    func url(_ path: String) -> String {
        server.url(Self.base + path)
    }
}
