import DefaultTheme
import Foundation

/// `sitegen init`: the files of a new site that builds as it is. A `site.yml`; one roadmap with a
/// small map (docs/authoring.md#the-map) and its two topic files, all
/// `draft: true` and holding `ScaffoldPlaceholders` where the author's text belongs; a
/// `.gitignore`; the GitHub workflow that builds and publishes the site (`SiteWorkflow`); and,
/// with `theme`, the built-in theme's files in `templates/` to customize.
///
/// The roadmap and topic files are those `sitegen new` writes (`RoadmapScaffold`,
/// `TopicScaffold`), the roadmap's with the map of its topics added.
public struct SiteScaffold: Sendable {
    /// The example roadmap's slug.
    static let roadmap = "getting-started"
    /// Its topics, in map order.
    static let topics = [
        TopicScaffold(roadmap: roadmap, topic: "basics", title: "The basics"),
        TopicScaffold(roadmap: roadmap, topic: "first-project", title: "Your first project"),
    ]
    /// The roadmap: as `sitegen new getting-started --level Beginner` writes it, with a map of its
    /// topics, written as `sitegen new <roadmap>/<topic>` proposes each line, and a label after them.
    static let roadmapScaffold = RoadmapScaffold(
        slug: roadmap, level: "Beginner",
        map: topics.enumerated().map { index, topic in topic.mapLine(.ordered(next: index + 1, delimiter: ".")) }
            + ["\(topics.count + 1). Where to go next"])

    /// Whether the default theme's files are written into `templates/` too.
    public var theme: Bool

    /// A scaffold; `theme`: also write the default theme's files.
    public init(theme: Bool = false) {
        self.theme = theme
    }

    /// Every file, by path relative to the site's folder, sorted.
    public var files: [(path: String, bytes: [UInt8])] {
        var files: [(String, [UInt8])] = [
            ("content/site.yml", Array(Self.siteYML.utf8)),
            (Self.roadmapScaffold.path(contentDirectory: "content"), Array(Self.roadmapScaffold.text.utf8)),
            (".gitignore", Array(Self.gitignore.utf8)),
            (".github/workflows/site.yml", Array(SiteWorkflow.text.utf8)),
        ]
        files += Self.topics.map { ($0.path(contentDirectory: "content"), Array($0.text.utf8)) }
        if theme {
            files += DefaultThemeFiles.files.map { ("templates/" + $0.key, $0.value) }
        }
        return files.sorted { $0.0 < $1.0 }
    }

    static let siteYML = """
        title: Learning Roadmaps
        # The address the site is served from; its path prefixes every link. The GitHub workflow
        # builds with the address GitHub Pages reports instead.
        base_url: https://example.org/
        description: Step-by-step guides for learners.
        language: en

        """

    static let gitignore = """
        # sitegen's output, and what a build keeps beside it: its lock, the record of the folder
        # it wrote, the folder it writes into, and the previous site while the new one goes in
        /public/
        /.public.sitegen-lock
        /.public.sitegen-output
        /.public.sitegen-tmp-*
        /.public.sitegen-old
        # `sitegen check --external`'s cache of link answers
        /.sitegen-cache/
        # sitegen as the GitHub workflow builds it
        /.sitegen-bin/

        """
}

extension SiteScaffold {
    /// What `write(into:force:)` did, by path relative to the site's folder.
    public struct Outcome: Sendable {
        /// The files written.
        public var written: [String] = []
        /// The files left as they were because something was already at their path (`force`).
        public var skipped: [String] = []
    }

    /// Writes the files into `directory` (made when missing). A folder that holds anything is
    /// refused, with what it holds, unless `force`: then only the files with nothing at their
    /// path are written, and the others are skipped. A file is never replaced, nor written
    /// through a symbolic link: a folder inside `directory` on the way to a file that is a link
    /// (`content` leading elsewhere) is refused before anything is written.
    public func write(into directory: String, force: Bool = false) -> Result<Outcome, Diagnostic> {
        let location = SourceLocation(file: directory)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), !isDirectory.boolValue {
            return .failure(.error("not a folder", at: location))
        }
        let present = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
        if !present.isEmpty, !force {
            let shown = present.prefix(5).map { "`\($0)`" }.joined(separator: ", ")
            let more = present.count > 5 ? " and \(present.count - 5) more" : ""
            return .failure(
                .error(
                    "the folder is not empty: it holds \(shown)\(more)", at: location,
                    hint: "start the site in an empty folder, or add --force to write only the files that are missing"))
        }
        if let link = firstLink(in: directory) {
            return .failure(
                .error(
                    "`\(link)` is a symbolic link, and init writes no file through one",
                    at: SourceLocation(file: FilePaths.join(directory, link)),
                    hint: "make it a folder of its own, or start the site in another folder"))
        }
        var outcome = Outcome()
        for (relative, bytes) in files {
            let path = FilePaths.join(directory, relative)
            var status = stat()
            if lstat(path, &status) == 0 {
                outcome.skipped.append(relative)
                continue
            }
            do {
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(bytes).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
            } catch {
                return .failure(
                    .error("cannot write the file: \(error.localizedDescription)", at: SourceLocation(file: path)))
            }
            outcome.written.append(relative)
        }
        return .success(outcome)
    }

    /// The first folder, by path relative to `directory`, on the way to one of the files that
    /// is a symbolic link; nil when there is none.
    private func firstLink(in directory: String) -> String? {
        var folders = Set<String>()
        for (relative, _) in files {
            let parts = relative.split(separator: "/").dropLast()
            for end in parts.indices { folders.insert(parts[...end].joined(separator: "/")) }
        }
        return folders.sorted().first { folder in
            var status = stat()
            return lstat(FilePaths.join(directory, folder), &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
        }
    }
}
