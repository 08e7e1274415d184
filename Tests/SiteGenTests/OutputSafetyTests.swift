import Foundation
import Testing

@testable import SiteGen

/// A build never leaves a half-written site and deletes only what it wrote.
@Suite("Output safety")
struct OutputSafetyTests {
    @Test func aFailingBuildLeavesThePreviousOutputUntouched() throws {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        #expect(site.build().succeeded)
        let before = TestFiles.tree(site.output)
        #expect(before["a/index.html"] != nil)

        site.addRoadmap("a", roadmapFile("title: A\nupdated: 2026-01-01\nrelated: [gone]"))
        site.addRoadmap("b", roadmapFile("title: B\nupdated: 2026-01-01"))
        #expect(!site.build().succeeded)
        #expect(TestFiles.tree(site.output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root).filter {
            $0.contains("sitegen-tmp")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func aSuccessfulBuildReplacesItsOwnOutputCompletely() throws {
        let site = TestSite(roadmaps: [
            "a": roadmapFile("title: A\nupdated: 2026-01-01"), "b": roadmapFile("title: B\nupdated: 2026-01-01"),
        ])
        #expect(site.build().succeeded)
        try FileManager.default.removeItem(atPath: site.roadmapPath("b"))
        #expect(site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.output + "/b"))
        #expect(!FileManager.default.fileExists(atPath: site.output + "/" + OutputMarker.legacyName))
        #expect(FileManager.default.fileExists(atPath: site.root + "/.public.sitegen-output"))
    }

    @Test func warningsAsErrorsFailsAndKeepsTheOutput() {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01\ncolour: red")])
        var builder = site.builder()
        builder.warningsAsErrors = true
        #expect(throws: BuildFailure.self) { try builder.build() }
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    @Test func refusesFoldersItMustNeverReplace() {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        let foreign = site.root + "/foreign"
        TestFiles.write("keep me", to: foreign + "/notes.txt")
        let cases: [(String, String)] = [
            ("/", "the output folder is `/`"),
            (NSHomeDirectory(), "the output folder is the home folder"),
            (FileManager.default.currentDirectoryPath, "the output folder is the working folder"),
            (site.root, "the output folder holds the content folder"),
            (site.content, "the output folder holds the content folder"),
            (site.content + "/roadmaps/out", "the output folder is inside the content folder"),
            (
                foreign,
                "the output folder is not empty, and sitegen did not write it: there is no record "
                    + ".foreign.sitegen-output beside it (a copy of a built site has none), and a build replaces only "
                    + "the folder it wrote"
            ),
        ]
        for (output, problem) in cases {
            let messages = site.build(output: output).messages
            #expect(messages.first?.hasSuffix("error: refusing to write the site: \(problem)") == true, "\(output)")
        }
        #expect(TestFiles.read(foreign + "/notes.txt") == "keep me")
    }
}
