import Foundation
import Testing

@testable import SiteGen

/// `sitegen build` of a site with `search: true`, as users run it.
@Suite("Search index: the command", .serialized)
struct SearchCommandTests {
    /// The environment of a machine with no Pagefind anywhere sitegen looks.
    static func withoutPagefind(_ site: TestSite) -> [String: String] {
        let emptyFolder = site.root + "/bin"
        try? FileManager.default.createDirectory(atPath: emptyFolder, withIntermediateDirectories: true)
        return ["PATH": emptyFolder, "HOME": site.root, "XDG_CACHE_HOME": "", PagefindLocator.environmentKey: ""]
    }

    @Test func withoutPagefindTheBuildFailsAtTheSearchLineWithHowToInstallIt() throws {
        let site = TestSite(siteYML: SearchIndexTests.siteYML, roadmaps: SearchIndexTests.roadmaps)
        _ = site.copyTheme()
        let result = try CommandLineTests().run([], in: site.root, environment: Self.withoutPagefind(site))
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                """
                content/site.yml:3:1: error: `search: true` needs Pagefind: the Pagefind binary is not installed
                  hint: \(PagefindLocator.installHint)

                """), "\(result.stderr)")
        #expect(result.stdout == "")
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public"))
    }

    @Test func aSignalWhilePagefindRunsEndsItAndLeavesNoStagingFolder() throws {
        let site = TestSite(siteYML: SearchIndexTests.siteYML, roadmaps: SearchIndexTests.roadmaps)
        _ = site.copyTheme()
        let started = site.root + "/pagefind-started"
        // A slow Pagefind that, if left running, writes into the staging folder after the
        // signal handler removed it (and so makes it again).
        let fake = site.root + "/slow-pagefind"
        TestFiles.write(
            "#!/bin/sh\nPATH=/usr/bin:/bin\ntouch '\(started)'\nsleep 1\nmkdir -p \"$2/pagefind\" && echo late > \"$2/pagefind/late\"\n",
            to: fake)
        chmod(fake, 0o755)
        var environment = Self.withoutPagefind(site)
        environment[PagefindLocator.environmentKey] = fake
        let build = try SitegenProcess.start([], in: site.root, environment: environment)
        try #require(
            BuildProcessTests.waitUntil { FileManager.default.fileExists(atPath: started) || !build.isRunning })
        try #require(build.isRunning, "\(build.finish().stderr)")
        kill(build.pid, SIGTERM)
        let result = build.finish()
        #expect(result.status == 143)
        usleep(1_500_000)
        let left = try FileManager.default.contentsOfDirectory(atPath: site.root).filter { $0.hasPrefix(".public.") }
        #expect(left == [], "Pagefind was ended with the build")
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public"))
    }
}
