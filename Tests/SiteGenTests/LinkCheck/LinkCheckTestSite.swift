import Foundation

@testable import SiteGen

/// A content folder in a temporary directory with roadmap files whose links point at a local
/// test server, and a cache folder beside it.
struct LinkCheckTestSite {
    /// The time of the first check in the tests: 2027-01-15T08:00:00Z.
    static let firstRun = Date(timeIntervalSince1970: 1_800_000_000)

    let root: String
    let server: LocalHTTPServer

    /// Writes `roadmaps` (file name to text, with `BASE` standing for the server's address).
    init(roadmaps: [String: String]) throws {
        server = try LocalHTTPServer()
        root = FileManager.default.temporaryDirectory.path + "/sitegen-linkcheck-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: roadmapsDirectory, withIntermediateDirectories: true)
        for (name, text) in roadmaps {
            try Data(text.replacing("BASE", with: server.baseURL).utf8)
                .write(to: URL(fileURLWithPath: path(name)))
        }
    }

    var contentDirectory: String { root + "/content" }
    var roadmapsDirectory: String { contentDirectory + "/roadmaps" }
    var cacheDirectory: String { root + "/cache" }
    var cachePath: String { cacheDirectory + "/external-links.json" }
    var base: String { server.baseURL }

    /// The path of a roadmap file.
    func path(_ name: String) -> String { roadmapsDirectory + "/" + name }

    /// A checker using this site's cache, with a short timeout, checking as of `now`.
    func checker(now: Date = firstRun, maxConcurrent: Int = 8, maxPerHost: Int = 2) -> ExternalLinkChecker {
        ExternalLinkChecker(
            cacheDirectory: cacheDirectory, timeout: .milliseconds(500), maxConcurrent: maxConcurrent,
            maxPerHost: maxPerHost, now: now)
    }

    /// Checks the site's content as of `now`.
    func check(now: Date = firstRun) async -> ExternalLinkReport {
        await checker(now: now).check(contentDirectory: contentDirectory)
    }

    /// The requests the server received, as sorted `METHOD /path` lines, and forgets them.
    func takeRequests() -> [String] {
        defer { server.resetRequests() }
        return server.requests.map(\.description).sorted()
    }

    /// The cache file's text.
    func cacheText() throws -> String {
        try String(contentsOfFile: cachePath, encoding: .utf8)
    }

    /// Stops the server and deletes the folder.
    func remove() {
        server.stop()
        try? FileManager.default.removeItem(atPath: root)
    }
}
