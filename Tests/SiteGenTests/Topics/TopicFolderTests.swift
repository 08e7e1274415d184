import Foundation
import Testing

@testable import SiteGen

/// Sorting a roadmap's folder into topic files and copied files, and the orphan warning.
@Suite("Topics: a roadmap's folder")
struct TopicFolderTests {
    static let backend = Slug("backend")!

    static func classify(_ entries: [TopicFolder.Entry]) -> (TopicFolder, [String]) {
        var diagnostics = Diagnostics()
        let folder = TopicFolder.classify(entries, roadmap: backend, directory: "r/backend", into: &diagnostics)
        let formatter = DiagnosticFormatter(workingDirectory: "/")
        return (folder, diagnostics.all.map { formatter.compilerStyle($0) })
    }

    static func file(_ path: String) -> TopicFolder.Entry { .init(relativePath: path, isDirectory: false) }
    static func folder(_ path: String) -> TopicFolder.Entry { .init(relativePath: path, isDirectory: true) }

    @Test func sortsTopicsFromCopiedFiles() {
        let (folder, messages) = Self.classify([
            Self.file("internet.md"), Self.file("diagram.png"), Self.folder("images"), Self.file("images/a.png"),
            Self.file(".DS_Store"), Self.folder(".git"), Self.file(".git/config"), Self.file("http.md"),
        ])
        #expect(messages == [])
        #expect(folder.topics.map(\.id.description) == ["backend/http", "backend/internet"])
        #expect(folder.topics.map(\.path) == ["r/backend/http.md", "r/backend/internet.md"])
        #expect(folder.files == ["backend/diagram.png", "backend/images/a.png"])
    }

    @Test func reportsMisnamedMisplacedAndCollidingEntries() {
        let (folder, messages) = Self.classify([
            Self.file("My Topic.md"), Self.file("faq.md"), Self.file("notes/x.md"), Self.folder("notes"),
            Self.file("index.html"), Self.folder("http"), Self.file("http/a.png"), Self.file("http.md"),
            Self.folder("related"), Self.file("related/b.png"),
            .init(relativePath: "elsewhere.png", isDirectory: false, leavesContent: true),
        ])
        #expect(folder.topics.map(\.id.description) == ["backend/http"])
        #expect(folder.files == [])
        #expect(
            messages == [
                "r/backend/My Topic.md:1:1: error: `backend/My Topic.md` is not a topic file name: it must be `<topic>.md`, with a topic slug of lowercase letters and digits in dash-separated words\n  hint: rename it to `my-topic.md`",
                "r/backend/elsewhere.png: error: `backend/elsewhere.png` is a symbolic link to something outside the content folder\n  hint: copy it into content/roadmaps/backend/ instead",
                "r/backend/faq.md:1:1: error: `faq` cannot be a topic: `backend/faq/` is the roadmap's FAQ page\n  hint: give the topic file another name",
                "r/backend/notes/x.md:1:1: error: `backend/notes/x.md` is not a topic file: topic files are directly in content/roadmaps/backend/\n  hint: move it to content/roadmaps/backend/x.md",
                "r/backend/http: error: `backend/http` would be copied where the page of topic `http` is written\n  hint: rename or move it",
                "r/backend/index.html: error: `backend/index.html` would be copied where the roadmap's page is written\n  hint: rename or move it",
                "r/backend/related: error: `backend/related` would be copied where the roadmap's related page is written\n  hint: rename or move it",
            ])
    }

    @Test func scansARealFolder() throws {
        let root = TestFiles.temporaryDirectory()
        let directory = root + "/roadmaps/backend"
        TestFiles.write("# Go\n", to: directory + "/go.md")
        TestFiles.write("png", to: directory + "/img/x.png")
        var diagnostics = Diagnostics()
        let folder = TopicFolder.scan(
            directory: directory, roadmap: Self.backend, contentRoot: root, into: &diagnostics)
        #expect(diagnostics.all.isEmpty)
        #expect(folder.topics.map(\.id.topic.value) == ["go"])
        #expect(folder.files == ["backend/img/x.png"])
    }

    @Test func loadsEachFoldersTopicsIntoItsRoadmapPastEmptyFolders() throws {
        let root = TestFiles.temporaryDirectory()
        let roadmaps = root + "/roadmaps"
        TestFiles.write("# Go\n", to: roadmaps + "/backend/go.md")
        TestFiles.write("# SQL\n", to: roadmaps + "/backend/sql.md")
        TestFiles.write("png", to: roadmaps + "/devops/x.png")
        TestFiles.write("# CSS\n", to: roadmaps + "/frontend/css.md")
        let slugs = ["aaa", "backend", "devops", "empty", "frontend", "zzz"].map { Slug($0)! }
        for empty in ["aaa", "empty", "zzz"] {
            try FileManager.default.createDirectory(atPath: roadmaps + "/" + empty, withIntermediateDirectories: true)
        }
        var diagnostics = Diagnostics()
        let loaded = TopicLoader.load(
            slugs.map { ($0, roadmaps + "/" + $0.value) }, contentRoot: root, includeDrafts: false,
            into: &diagnostics)
        #expect(diagnostics.all.isEmpty)
        #expect(loaded.keys.map(\.value).sorted() == slugs.map(\.value))
        #expect(
            loaded.mapValues { $0.files.map(\.title) } == [
                slugs[0]: [], slugs[1]: ["Go", "SQL"], slugs[2]: [], slugs[3]: [], slugs[4]: ["CSS"], slugs[5]: [],
            ])
    }

    @Test func warnsAtEachTopicTheMapDoesNotName() throws {
        var diagnostics = Diagnostics()
        let id = { TopicID(roadmap: Self.backend, topic: Slug($0)!) }
        let topics = ["go", "git"].compactMap {
            TopicFile.read("# \($0.capitalized)\n", path: "r/backend/\($0).md", id: id($0), into: &diagnostics)
        }
        let map = RoadmapMap(
            nodes: [MapNode(title: "Go", kind: .topic(Slug("go")!), location: SourceLocation(file: "backend.md"))],
            isOrdered: true, location: SourceLocation(file: "backend.md"))
        let formatter = DiagnosticFormatter(workingDirectory: "/")
        #expect(
            TopicFolder.orphans(topics, map: map, roadmapFile: "backend.md").map(formatter.compilerStyle) == [
                "r/backend/git.md:1:1: warning: the map of `backend` does not name this topic, so it has no place on the map\n  hint: add a line such as `2. [Git](backend/git.md)` to the `## Roadmap` section of backend.md"
            ], "the map is a numbered list: the line continues it")
        let bullets = RoadmapMap(nodes: map.nodes, isOrdered: false, location: map.location)
        #expect(
            TopicFolder.orphans(topics, map: bullets, roadmapFile: "backend.md").map(\.hint) == [
                "add a line such as `- [Git](backend/git.md)` to the `## Roadmap` section of backend.md"
            ])
        #expect(
            TopicFolder.orphans(topics, map: nil, roadmapFile: "backend.md").map(\.hint) == [
                "start the map: a line such as `1. [Go](backend/go.md)` under a `## Roadmap` heading in backend.md",
                "start the map: a line such as `1. [Git](backend/git.md)` under a `## Roadmap` heading in backend.md",
            ], "no map yet: no section to point at")
        // A refused link to a misspelt file of this roadmap names Git in its error: no warning.
        // One to another roadmap's file, or to a name close to none, leaves the warning.
        for (target, warned) in [("backend/gti.md", false), ("frontend/gti.md", true), ("backend/xyzzy.md", true)] {
            let misspelt = try #require(
                MapParserTests.parse("## Roadmap\n\n1. [Go](backend/go.md)\n2. [Git](\(target))\n").section?.map)
            #expect(
                TopicFolder.orphans(topics, map: misspelt, roadmapFile: "backend.md").isEmpty != warned, "\(target)")
        }
        for (list, line) in [
            ("* [Go](backend/go.md)\n", "* [Git](backend/git.md)"),
            ("+ [Go](backend/go.md)\n", "+ [Git](backend/git.md)"),
            ("3) [Go](backend/go.md)\n", "4) [Git](backend/git.md)"),
            ("Intro.\n\n  - [Go](backend/go.md)\n", "- [Git](backend/git.md)"),
        ] {
            let parsed = try #require(MapParserTests.parse("## Roadmap\n\n" + list).section?.map)
            #expect(
                TopicFolder.orphans(topics, map: parsed, roadmapFile: "backend.md").map(\.hint) == [
                    "add a line such as `\(line)` to the `## Roadmap` section of backend.md"
                ],
                "the marker as the parser read it from the body: \(list)")
        }
    }

    /// The entries FileManager's enumerator lists, as `TopicFolder.scan` listed them before it
    /// read the folder with readdir(3): the reference `entries(of:contentRoot:)` must match.
    static func enumeratedEntries(of directory: String, contentRoot: String) -> Set<TopicFolder.Entry> {
        var entries: Set<TopicFolder.Entry> = []
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return entries }
        while let relative = enumerator.nextObject() as? String {
            let path = FilePaths.join(directory, relative)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let leaves = FileKind.of(path, within: contentRoot) == .linkOutside
            if leaves || (relative as NSString).lastPathComponent.hasPrefix(".") { enumerator.skipDescendants() }
            let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
            let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            let hidden =
                isLink && target.hasPrefix(contentRoot + "/")
                && target.dropFirst(contentRoot.count).split(separator: "/").contains { $0.hasPrefix(".") }
            let type = enumerator.fileAttributes?[.type] as? FileAttributeType
            entries.insert(
                .init(
                    relativePath: relative, isDirectory: isDirectory.boolValue, leavesContent: leaves, isLink: isLink,
                    isRegular: type == .typeRegular, reachesHidden: hidden))
        }
        return entries
    }

    @Test func listsWhatFileManagersEnumeratorLists() throws {
        let root = FilePaths.realPath(TestFiles.temporaryDirectory())
        let content = root + "/content"
        let directory = content + "/roadmaps/backend"
        for file in [
            "go.md", "img/x.png", "img/deeper/y.png", "img/.hidden/z.png", ".git/config", ".DS_Store", "é ü.png",
            "notes/a.md", "http/index.html",
        ] {
            TestFiles.write("x", to: directory + "/" + file)
        }
        TestFiles.write("outside", to: root + "/outside/file.txt")
        TestFiles.write("inside", to: content + "/shared/logo.png")
        TestFiles.write("key", to: content + "/.secret/key")
        try FileManager.default.createDirectory(atPath: directory + "/empty", withIntermediateDirectories: true)
        let links = [
            "to-file-inside.png": content + "/shared/logo.png", "to-folder-inside": content + "/shared",
            "to-file-outside.txt": root + "/outside/file.txt", "to-folder-outside": root + "/outside",
            "broken.png": content + "/missing.png", ".hidden-link": root + "/outside", "img/relative.png": "x.png",
            "to-hidden.txt": content + "/.secret/key",
        ]
        for (name, target) in links {
            try FileManager.default.createSymbolicLink(atPath: directory + "/" + name, withDestinationPath: target)
        }
        let listed = TopicFolder.entries(of: directory, contentRoot: content)
        #expect(listed.count == Set(listed).count)
        #expect(Set(listed) == Self.enumeratedEntries(of: directory, contentRoot: content))
        #expect(listed.count == 22)
        #expect(listed.filter(\.reachesHidden).map(\.relativePath) == ["to-hidden.txt"])
        #expect(listed.filter(\.isLink).count == 8)
        #expect(TopicFolder.entries(of: content + "/roadmaps/missing", contentRoot: content).isEmpty)
    }
}
