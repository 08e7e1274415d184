import Foundation
import Testing

@testable import SiteGen

/// The record that the output folder is sitegen's is kept beside the folder, so that it is not
/// deployed with the site, and still lets the next build replace that folder and no other
/// (issue 14, "`.sitegen-output` is deployed with the site").
@Suite("Output: the record beside the folder")
struct OutputMarkerTests {
    static func site() -> TestSite {
        TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
    }

    static let notWritten =
        "the output folder is not the one sitegen wrote there: it was made again since (copied, restored from a "
        + "cache or a backup, or created anew), and a build replaces only the folder it wrote"
    static let changed =
        "the output folder is not as sitegen left it: a file or folder was added, removed or renamed at its top "
        + "level, or the folder was made again, and a build replaces only the folder it wrote"

    /// Expects the build of `site` to refuse its output folder for one of `reasons`.
    static func expectRefused(
        _ site: TestSite, because reasons: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let result = site.build()
        #expect(!result.succeeded, sourceLocation: sourceLocation)
        #expect(
            reasons.contains { result.messages.first?.hasSuffix("error: refusing to write the site: " + $0) == true },
            "\(result.messages)", sourceLocation: sourceLocation)
    }

    @Test func theRecordIsBesideTheFolderAndNothingOfItIsPublished() throws {
        let site = Self.site()
        #expect(site.build().succeeded)
        #expect(!TestFiles.tree(site.output).keys.contains { $0.contains("sitegen") }, "nothing of sitegen's own")
        let record = TestFiles.read(site.root + "/.public.sitegen-output")
        var status = stat()
        #expect(lstat(site.output, &status) == 0)
        #expect(record.contains("\nfolder \(status.st_ino) \(status.st_ctim.tv_sec)."))
        // The next builds recognize the folder and replace it.
        site.addRoadmap("b", roadmapFile("title: B\nupdated: 2026-01-01"))
        #expect(site.build().succeeded)
        #expect(site.build().succeeded)
        #expect(FileManager.default.fileExists(atPath: site.output + "/b/index.html"))
    }

    @Test func aFolderMadeAgainAtThePathIsNotReplaced() throws {
        let site = Self.site()
        #expect(site.build().succeeded)
        // On ext4 the new folder often gets the old one's inode number back; its change time
        // differs. Which message depends on the number it got.
        try FileManager.default.removeItem(atPath: site.output)
        TestFiles.write("keep me", to: site.output + "/notes.txt")
        Self.expectRefused(site, because: [Self.notWritten, Self.changed])
        #expect(TestFiles.read(site.output + "/notes.txt") == "keep me")
    }

    @Test func somethingAddedToTheFolderIsNotDeletedSilently() throws {
        let site = Self.site()
        #expect(site.build().succeeded)
        TestFiles.write("roadmaps.example.org", to: site.output + "/CNAME")
        Self.expectRefused(site, because: [Self.changed])
        #expect(TestFiles.read(site.output + "/CNAME") == "roadmaps.example.org")
        try FileManager.default.removeItem(atPath: site.output)
        #expect(site.build().succeeded)
    }

    /// A copy of a built site, and a site restored from a cache with its record, are refused
    /// with what is wrong and the fix, by the command as users run it.
    @Test func aCopiedOrRestoredSiteIsRefusedWithTheFix() throws {
        let site = Self.site()
        _ = site.copyTheme()
        let cli = CommandLineTests()
        #expect(try cli.run(["build"], in: site.root).status == 0)
        let hint = "  hint: remove the folder to build the site afresh there, or choose another folder with --output\n"

        try FileManager.default.copyItem(atPath: site.output, toPath: site.root + "/public2")
        let copied = try cli.run(["build", "--output", "public2"], in: site.root)
        #expect(copied.status == 1)
        #expect(
            copied.stderr == "public2: error: refusing to write the site: the output folder is not empty, and sitegen "
                + "did not write it: there is no record .public2.sitegen-output beside it (a copy of a built site has "
                + "none), and a build replaces only the folder it wrote\n" + hint + "1 error, 0 warnings\n")

        // Restored from a cache: the folder and its record, the folder made again by the copy.
        try FileManager.default.moveItem(atPath: site.output, toPath: site.root + "/cached")
        try FileManager.default.copyItem(atPath: site.root + "/cached", toPath: site.output)
        let restored = try cli.run(["build"], in: site.root)
        #expect(restored.status == 1)
        #expect(
            restored.stderr == "public: error: refusing to write the site: \(Self.notWritten)\n" + hint
                + "1 error, 0 warnings\n")

        try FileManager.default.removeItem(atPath: site.output)
        #expect(try cli.run(["build"], in: site.root).status == 0, "removed, as the hint says, it builds")
    }

    /// A record that is there but names no folder is not said to be missing.
    @Test func aGarbledOrUnreadableRecordIsNamedAsSuch() throws {
        let site = Self.site()
        #expect(site.build().succeeded)
        let garbled =
            "the output folder is not empty, and sitegen cannot tell that it wrote it: its record "
            + ".public.sitegen-output beside it is unreadable or garbled, and a build replaces only the folder it wrote"
        TestFiles.write("folder twelve\n", to: site.root + "/.public.sitegen-output")
        Self.expectRefused(site, because: [garbled])
        try FileManager.default.removeItem(atPath: site.root + "/.public.sitegen-output")
        try FileManager.default.createDirectory(
            atPath: site.root + "/.public.sitegen-output", withIntermediateDirectories: false)
        Self.expectRefused(site, because: [garbled])
        #expect(FileManager.default.fileExists(atPath: site.output + "/a/index.html"), "the site is left as it was")
    }

    @Test func aFolderSwappedInJustBeforeACrashIsRecognized() throws {
        let site = Self.site()
        #expect(site.build().succeeded)
        // What a crash between the swap and the new record leaves: the record of the previous
        // folder, and the incoming one as pending.
        var status = stat()
        #expect(lstat(site.output, &status) == 0)
        TestFiles.write(
            "folder 1 1.000000001\npending \(status.st_ino)\n", to: site.root + "/.public.sitegen-output")
        #expect(site.build().succeeded)
        #expect(!TestFiles.read(site.root + "/.public.sitegen-output").contains("pending"))
    }

    @Test func aFolderMarkedInsideByAnEarlierVersionIsReplacedAndLosesTheMarker() throws {
        let site = Self.site()
        TestFiles.write("old page", to: site.output + "/old/index.html")
        TestFiles.write("This folder is written by sitegen", to: site.output + "/" + OutputMarker.legacyName)
        #expect(site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.output + "/old"))
        #expect(!FileManager.default.fileExists(atPath: site.output + "/" + OutputMarker.legacyName))
        #expect(site.build().succeeded)
    }

    @Test func recordLinesAreReadStrictly() {
        #expect(OutputMarker.Identity(line: "folder 12 34.000000005") == .init(inode: 12, changed: "34.000000005"))
        #expect(OutputMarker.Identity(line: "pending 12") == .init(inode: 12, changed: nil))
        for line in ["# comment", "folder x 1.2", "pending", "folder 12", "pending 12 3", ""] {
            #expect(OutputMarker.Identity(line: Substring(line)) == nil, "\(line)")
        }
    }
}
