import Foundation
import Testing

/// The README's "Using it" commands work as written in a site of one's own, a folder without
/// `Package.swift` (where `swift run` finds no sitegen), with the built `sitegen` on PATH.
@Suite("README: the commands of a site")
struct ReadmeCommandsTests {
    /// The shell lines of the fenced block that follows `marker` in the README's "Using it".
    static func block(after marker: String) throws -> [String] {
        let readme = try String(contentsOfFile: TestFiles.packageRoot + "/README.md", encoding: .utf8)
        let section = try #require(readme.range(of: "\n## Using it\n")).upperBound
        let start = try #require(readme.range(of: marker, range: section..<readme.endIndex)).upperBound
        let open = try #require(readme.range(of: "```sh\n", range: start..<readme.endIndex)).upperBound
        let close = try #require(readme.range(of: "\n```", range: open..<readme.endIndex)).lowerBound
        return readme[open..<close].split(separator: "\n").map { line in
            // A comment starts after two spaces or more.
            String(line.split(separator: "  #", maxSplits: 1).first ?? "").trimmingCharacters(in: .whitespaces)
        }
    }

    @Test func theInstallStepsBuildTheProductThatIsPutOnPATH() throws {
        let install = try Self.block(after: "put it on your `PATH`")
        #expect(install.contains("swift build -c release --product sitegen --static-swift-stdlib"))
        #expect(install.contains("install .build/release/sitegen /usr/local/bin/"))
        let package = try String(contentsOfFile: TestFiles.packageRoot + "/Package.swift", encoding: .utf8)
        #expect(package.contains(".executable(name: \"sitegen\""))
    }

    @Test func everyCommandOfASiteRunsAsWritten() throws {
        let lines = try Self.block(after: "Then, anywhere:")
        #expect(lines.allSatisfy { $0.hasPrefix("sitegen") }, "run as `sitegen`, not `swift run sitegen`")
        let binary = try #require(CommandLineTests.binary)
        let bin = TestFiles.temporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: bin + "/sitegen", withDestinationPath: binary)
        let environment = ["PATH": bin + ":/usr/bin:/bin", "GITHUB_ACTIONS": ""]
        // `init` in empty folders; the others in the first site. Left out: lines with
        // placeholders (DIR, URL), a topic of a roadmap the new site lacks, the network, and
        // the server.
        let site = TestFiles.temporaryDirectory()
        var ran = 0
        for line in lines {
            if ["DIR", "URL", "backend/", "--external", "serve"].contains(where: line.contains) { continue }
            let folder =
                line == "sitegen init my-site"
                ? site : line.hasPrefix("sitegen init") ? TestFiles.temporaryDirectory() : site + "/my-site"
            let result = try TestFiles.run("/bin/bash", ["-c", line], in: folder, environment: environment)
            #expect(result.status == 0, "\(line): \(result.output)")
            ran += 1
        }
        #expect(ran == 7)
        #expect(FileManager.default.fileExists(atPath: site + "/my-site/content/roadmaps/data-engineering.md"))
    }
}
