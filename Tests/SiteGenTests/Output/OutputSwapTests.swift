import Foundation
import Testing

@testable import SiteGen

/// The output folder is locked while a build writes it, swapped in one step, and repaired after
/// a crash between the two renames of the fallback swap (issue 15, items 1 and 2).
@Suite("Output: lock and swap")
struct OutputSwapTests {
    @Test(arguments: [
        ("backend/caching/index.html", "backend/caching"), ("index.html", ""), ("assets/style.css", "assets"),
        ("a/b/c/d.svg", "a/b/c"),
    ])
    func eachFileIsWrittenIntoTheFolderOfItsPath(path: String, folder: String) {
        #expect(StagingSink.folder(of: path) == folder)
    }

    @Test func aBuildStopsWhenAnotherHoldsTheOutputFolderAndNamesIt() throws {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        let lock = try OutputLock.acquire(for: site.output)
        let blocked = site.build()
        #expect(!blocked.succeeded)
        #expect(
            blocked.messages == [
                "public: error: another sitegen build (process \(getpid())) is writing this output folder; wait for it to finish"
            ])
        #expect(try siblings(of: site).filter { $0.contains("sitegen-tmp") }.isEmpty)
        lock.release()
        #expect(site.build().succeeded)
        #expect(
            try siblings(of: site) == [".public.sitegen-output", "content", "public"],
            "no lock file or staging folder is left")
    }

    @Test func recoversThePreviousSiteAfterACrashBetweenTheTwoRenames() throws {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        #expect(site.build().succeeded)
        let before = TestFiles.tree(site.output)
        // The state a crash leaves after `rename(public → .old)` and before `rename(tmp → public)`.
        try FileManager.default.moveItem(atPath: site.output, toPath: site.root + "/.public.sitegen-old")
        try FileManager.default.createDirectory(
            atPath: site.root + "/.public.sitegen-tmp-1-dead", withIntermediateDirectories: false)
        site.addRoadmap("b", roadmapFile("title: B\nupdated: 2026-01-01\nrelated: [gone]"))

        #expect(!site.build().succeeded)
        #expect(TestFiles.tree(site.output) == before, "the failed build put the previous site back")
        #expect(try siblings(of: site) == [".public.sitegen-output", "content", "public"])

        site.addRoadmap("b", roadmapFile("title: B\nupdated: 2026-01-01"))
        #expect(site.build().succeeded)
        #expect(FileManager.default.fileExists(atPath: site.output + "/b/index.html"))
    }

    @Test func removesWhatACrashAfterTheSwapLeft() throws {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        #expect(site.build().succeeded)
        TestFiles.write("old", to: site.root + "/.public.sitegen-old/index.html")
        TestFiles.write("half", to: site.root + "/.public.sitegen-tmp-1-dead/index.html")
        #expect(site.build().succeeded)
        #expect(try siblings(of: site) == [".public.sitegen-output", "content", "public"])
        #expect(site.page("a/index.html").contains("<h1>A</h1>"))
    }

    @Test(arguments: [true, false])
    func commitReplacesTheOutputFolder(exchanging: Bool) throws {
        let root = TestFiles.temporaryDirectory()
        let destination = root + "/public"
        TestFiles.write("old", to: destination + "/old.txt")
        let lock = try OutputLock.acquire(for: destination)
        defer { lock.release() }
        let staging = try StagingDirectory.create(for: destination, holding: lock)
        try staging.createDirectory("a/b")
        try staging.write(OutputFile(path: "a/b/new.txt", contents: "new"))
        try staging.commit(exchanging: exchanging)
        #expect(TestFiles.tree(destination).keys.sorted() == ["a/b/new.txt"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root).sorted() == [
                ".public.sitegen-lock", ".public.sitegen-output", "public",
            ])
        #expect(OutputMarker.recognizes(destination))
    }

    @Test func exchangeSwapsTwoFoldersInOneStep() throws {
        let root = TestFiles.temporaryDirectory()
        TestFiles.write("1", to: root + "/one/file")
        TestFiles.write("2", to: root + "/two/file")
        #expect(FolderSwap.exchange(root + "/one", root + "/two") == .exchanged)
        #expect(TestFiles.read(root + "/one/file") == "2")
        #expect(TestFiles.read(root + "/two/file") == "1")
        #expect(FolderSwap.exchange(root + "/one", root + "/missing") == .failed(ENOENT))
    }

    @Test func aStagingFolderRemovedWhileWrittenIsNeitherRemadeNorCommitted() throws {
        let root = TestFiles.temporaryDirectory()
        let destination = root + "/public"
        TestFiles.write("old", to: destination + "/old.txt")
        let staging = try StagingDirectory.create(for: destination)
        try staging.write(OutputFile(path: "first.txt", contents: "1"))
        try FileManager.default.removeItem(atPath: staging.path)

        #expect(throws: OutputError.self) { try staging.createDirectory("a/b") }
        #expect(throws: OutputError.self) { try staging.write(OutputFile(path: "second.txt", contents: "2")) }
        #expect(!FileManager.default.fileExists(atPath: staging.path))
        // A folder someone else put at the same path is not the build's either.
        try FileManager.default.createDirectory(atPath: staging.path, withIntermediateDirectories: false)
        #expect(throws: OutputError.self) { try staging.commit() }
        #expect(TestFiles.tree(destination) == ["old.txt": Data("old".utf8)])
    }

    @Test func aDiscardedStagingFolderIsNeverCommitted() throws {
        let root = TestFiles.temporaryDirectory()
        let staging = try StagingDirectory.create(for: root + "/public")
        try staging.write(OutputFile(path: "index.html", contents: "x"))
        staging.discard()
        #expect(!FileManager.default.fileExists(atPath: staging.path))
        #expect(throws: OutputError.self) { try staging.write(OutputFile(path: "late.html", contents: "x")) }
        #expect(throws: OutputError.self) { try staging.commit() }
        #expect(!FileManager.default.fileExists(atPath: root + "/public"))
    }

    /// A build stopped while it indexes discards its staging folder as the signal handler does:
    /// the folder is removed once, and discarding it again removes nothing, not even a folder
    /// made at its path since; nor does discarding a committed one.
    @Test func aStagingFolderIsRemovedOnceHoweverOftenItIsDiscarded() throws {
        let root = TestFiles.temporaryDirectory()
        let staging = try StagingDirectory.create(for: root + "/public")
        staging.discard()
        TestFiles.write("another's", to: staging.path + "/file")
        staging.discard()
        #expect(TestFiles.read(staging.path + "/file") == "another's")

        let committed = try StagingDirectory.create(for: root + "/site")
        try committed.write(OutputFile(path: "index.html", contents: "new"))
        try committed.commit(exchanging: false)
        TestFiles.write("another's", to: committed.path + "/file")
        committed.discard()
        #expect(TestFiles.read(committed.path + "/file") == "another's")
        #expect(TestFiles.read(root + "/site/index.html") == "new")
    }

    private func siblings(of site: TestSite) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site.root).sorted()
    }
}
