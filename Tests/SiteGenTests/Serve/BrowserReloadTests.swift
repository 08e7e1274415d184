import Foundation
import Testing

@testable import SiteGen

/// The live-reload script in a real browser: headless Chromium (Debian's `chromium`) opens a
/// roadmap page, the roadmap's title is edited on disk, and the open page shows the new title
/// without being told to. Skipped where Chromium is not installed.
@Suite("Preview: in a browser")
struct BrowserReloadTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// The titles of the pages open in the browser whose DevTools listen on `port`.
    static func pageTitles(devToolsPort port: Int) -> [String] {
        guard let response = try? RawHTTP(port: port).request("/json/list"),
            let pages = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [[String: Any]]
        else { return [] }
        return pages.compactMap { $0["title"] as? String }
    }

    @Test(.enabled(if: chromium != nil, "needs Debian's chromium"))
    func openPageReloadsAfterAnEdit() async throws {
        try await ServeEndToEndTests.withPreview { running in
            let profile = TestFiles.temporaryDirectory()
            let browser = Process()
            browser.executableURL = URL(fileURLWithPath: try #require(Self.chromium))
            browser.arguments = [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile)",
                "--remote-debugging-port=0", running.session.address + "a/",
            ]
            browser.standardOutput = FileHandle.nullDevice
            browser.standardError = FileHandle.nullDevice
            try browser.run()
            defer {
                browser.terminate()
                browser.waitUntilExit()
            }
            #expect(ServeEndToEndTests.eventually(within: 30) { running.session.listeningPageCount == 1 })
            let portFile = profile + "/DevToolsActivePort"
            #expect(ServeEndToEndTests.eventually { FileManager.default.fileExists(atPath: portFile) })
            let port = try #require(Int(TestFiles.read(portFile).split(separator: "\n").first ?? ""))
            #expect(Self.pageTitles(devToolsPort: port).contains { $0.hasPrefix("Alpha ·") })

            running.site.addRoadmap("a", roadmapFile("title: Alpha Reloaded\nupdated: 2026-01-01\nrelated: [b]"))
            #expect(
                ServeEndToEndTests.eventually(within: 10) {
                    Self.pageTitles(devToolsPort: port).contains { $0.hasPrefix("Alpha Reloaded ·") }
                })
        }
    }
}
