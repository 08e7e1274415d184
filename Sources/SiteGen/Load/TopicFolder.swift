import Foundation

/// The files of one roadmap's folder, `content/roadmaps/<roadmap>/`: its topic files, and the
/// other files (images...) that are copied beside its pages (docs/authoring.md#topic-files and
/// docs/authoring.md#images-and-other-files).
///
/// - A `.md` file directly in the folder is a topic file; its name must follow the slug rule
///   and not be reserved (`TopicID.reservedSlugs`). A `.md` file in a subfolder is an error.
/// - Any other file, at any depth, is copied as it is, unless its top-level entry (file or
///   folder) would land on a page: `index.html` (the roadmap's page), `faq`, `related`, or the
///   name of a topic. Hidden entries (`.name`) are left out.
/// - A symbolic link follows the content folder's rule: one that leads outside the content
///   folder is an error and is not read. One to a folder is not followed, and one to a hidden
///   file (a `.name` on its way from the content folder) is not published: each is a warning.
struct TopicFolder: Sendable {
    /// One entry found under the folder.
    struct Entry: Sendable, Hashable {
        /// The path from the roadmap's folder (`diagram.png`, `images/a.png`).
        var relativePath: String
        var isDirectory: Bool
        /// Whether it is a symbolic link to something outside the content folder.
        var leavesContent = false
        /// Whether it is a symbolic link.
        var isLink = false
        /// Whether readdir(3) says it is a regular file (not a link, folder, FIFO or device).
        var isRegular = false
        /// Whether it is a symbolic link to something inside the content folder whose path from
        /// there has a hidden part (`.secret/key`).
        var reachesHidden = false
    }

    /// A topic file that may be loaded.
    struct TopicPath: Sendable, Hashable {
        var id: TopicID
        var path: String
        /// Whether the listing found a regular file there, so that reading it needs no `lstat`
        /// first (`FileKind`); false for a symbolic link or any other kind of entry.
        var isRegularFile = false
    }

    var roadmap: Slug
    /// The topic files with usable names, sorted by slug.
    var topics: [TopicPath]
    /// The other files, relative to `content/roadmaps/` (`backend/diagram.png`), sorted.
    var files: [String]
    /// The names of topic files refused because they are symbolic links leading outside the
    /// content folder: an error of their own, so links to them are not reported again as
    /// links to missing topics.
    var refusedTopics: [Slug] = []

    /// Lists `directory`, the folder of `roadmap`; symbolic links are checked against
    /// `contentRoot` (resolved). A folder that cannot be listed gives an empty result.
    static func scan(directory: String, roadmap: Slug, contentRoot: String, into diagnostics: inout Diagnostics)
        -> TopicFolder
    {
        classify(
            entries(of: directory, contentRoot: contentRoot), roadmap: roadmap, directory: directory, into: &diagnostics
        )
    }

    /// The entries under `directory`, at any depth, in no order: a symbolic link is not followed
    /// into (its `isDirectory` is its target's), nor is a hidden folder (`.name`). What
    /// FileManager's enumerator, skipping hidden folders and links leaving `contentRoot`, lists,
    /// from readdir(3)'s entry types instead of a `stat` or two per entry: the enumerator was
    /// two thirds of loading a topic corpus (5.8% of a build).
    static func entries(of directory: String, contentRoot: String) -> [Entry] {
        var entries: [Entry] = []
        list("", of: directory, contentRoot: contentRoot, into: &entries)
        return entries
    }

    /// Appends the entries of the folder `prefix` of `directory` (`""`: `directory` itself) to
    /// `entries`, each followed by those under it when it is a folder to descend into.
    private static func list(_ prefix: String, of directory: String, contentRoot: String, into entries: inout [Entry]) {
        guard let stream = opendir(prefix.isEmpty ? directory : FilePaths.join(directory, prefix)) else { return }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != ".." else { continue }
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            let path = FilePaths.join(directory, relative)
            var type = Int(entry.pointee.d_type)
            if type == Int(DT_UNKNOWN) {
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                let format = status.st_mode & S_IFMT
                type =
                    format == S_IFDIR
                    ? Int(DT_DIR) : format == S_IFLNK ? Int(DT_LNK) : format == S_IFREG ? Int(DT_REG) : Int(DT_UNKNOWN)
            }
            var entry = Entry(relativePath: relative, isDirectory: type == Int(DT_DIR))
            entry.isRegular = type == Int(DT_REG)
            if type == Int(DT_LNK) {
                var status = stat()
                entry.isLink = true
                entry.isDirectory = stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
                entry.leavesContent = FileKind.of(path, within: contentRoot) == .linkOutside
                entry.reachesHidden = !entry.leavesContent && FilePaths.hasHiddenPart(path, within: contentRoot)
            }
            entries.append(entry)
            if type == Int(DT_DIR), !name.hasPrefix(".") {
                list(relative, of: directory, contentRoot: contentRoot, into: &entries)
            }
        }
    }

    /// Sorts the entries of the folder `directory` of `roadmap` into topics and files, reporting
    /// misnamed, misplaced and colliding ones.
    static func classify(
        _ entries: [Entry], roadmap: Slug, directory: String, into diagnostics: inout Diagnostics
    ) -> TopicFolder {
        var topics: [TopicPath] = []
        var refusedTopics: [Slug] = []
        var others: [Entry] = []
        for entry in entries.sorted(by: { $0.relativePath < $1.relativePath }) {
            let parts = entry.relativePath.split(separator: "/").map(String.init)
            guard !parts.contains(where: { $0.hasPrefix(".") }) else { continue }
            let path = FilePaths.join(directory, entry.relativePath)
            if entry.leavesContent {
                diagnostics.error(
                    "`\(roadmap)/\(entry.relativePath)` is a symbolic link to something outside the content folder",
                    at: SourceLocation(file: path), hint: "copy it into content/roadmaps/\(roadmap)/ instead")
                if parts.count == 1, let slug = TopicID.slug(ofFileName: entry.relativePath) {
                    refusedTopics.append(slug)
                }
                continue
            }
            if entry.isLink, entry.isDirectory || entry.reachesHidden {
                diagnostics.warning(
                    entry.isDirectory
                        ? "`\(roadmap)/\(entry.relativePath)` is a symbolic link to a folder; "
                            + "links to folders in a roadmap's folder are not followed, so its files are not copied"
                        : "`\(roadmap)/\(entry.relativePath)` is a symbolic link to a hidden file; it is not published",
                    at: SourceLocation(file: path),
                    hint: entry.isDirectory
                        ? "copy the folder into content/roadmaps/\(roadmap)/ instead"
                        : "hidden files are not published; copy the file into content/roadmaps/\(roadmap)/ "
                            + "under a name without a leading `.`")
                continue
            }
            guard !entry.isDirectory || parts.count == 1 else { continue }
            guard entry.relativePath.hasSuffix(".md"), !entry.isDirectory else {
                others.append(entry)
                continue
            }
            let location = SourceLocation(file: path, line: 1, column: 1)
            let stem = String(parts[parts.count - 1].dropLast(3))
            if parts.count > 1 {
                diagnostics.error(
                    "`\(roadmap)/\(entry.relativePath)` is not a topic file: topic files are directly in content/roadmaps/\(roadmap)/",
                    at: location, hint: "move it to content/roadmaps/\(roadmap)/\(parts[parts.count - 1])")
            } else if let reason = TopicID.reservedSlugs[stem] {
                diagnostics.error(
                    "`\(stem)` cannot be a topic: `\(roadmap)/\(stem)/` is \(reason)", at: location,
                    hint: "give the topic file another name")
            } else if let slug = Slug(stem) {
                topics.append(
                    TopicPath(id: TopicID(roadmap: roadmap, topic: slug), path: path, isRegularFile: entry.isRegular))
            } else {
                diagnostics.error(
                    "`\(roadmap)/\(parts[0])` is not a topic file name: it must be `<topic>.md`, with a topic slug "
                        + "of lowercase letters and digits in dash-separated words", at: location,
                    hint: RoadmapFileName.suggestedSlug(for: stem).map { "rename it to `\($0).md`" })
            }
        }
        let topicNames = Set(topics.map(\.id.topic.value))
        var files: [String] = []
        var reported: Set<String> = []
        for entry in others {
            let top = String(entry.relativePath.prefix { $0 != "/" })
            let page =
                top == "index.html"
                ? "the roadmap's page"
                : TopicID.reservedSlugs[top] ?? (topicNames.contains(top) ? "the page of topic `\(top)`" : nil)
            guard let page else {
                if !entry.isDirectory { files.append("\(roadmap)/\(entry.relativePath)") }
                continue
            }
            if reported.insert(top).inserted {
                diagnostics.error(
                    "`\(roadmap)/\(top)` would be copied where \(page) is written",
                    at: SourceLocation(file: FilePaths.join(directory, top)), hint: "rename or move it")
            }
        }
        return TopicFolder(roadmap: roadmap, topics: topics, files: files, refusedTopics: refusedTopics)
    }

    /// A warning at each of `topics` (the topic files of this folder that are part of the
    /// build: a draft left out needs no place yet) that `map`, the roadmap's map, does not name
    /// as a topic; `roadmapFile` is the roadmap file's name, for the hint. A topic a refused map
    /// link was meant to name (`RoadmapMap.meantTopics`: `[Caching](backend/cachng.md)`) has no
    /// warning: the error's "did you mean" names it, and adding a line would name it twice.
    static func orphans(_ topics: [TopicFile], map: RoadmapMap?, roadmapFile: String) -> [Diagnostic] {
        let named = Set(map?.topicsInOrder.map(\.topic) ?? []).union(map?.meantTopics ?? [])
        // Written as the map's list is (its marker, `*` or `3)` included), so the line continues
        // it rather than starting a second list, and placed as `sitegen new` places it: before
        // the labels that close the list.
        let place = map?.placeForNewTopic
        let style = place?.style ?? .newMap
        let before = RoadmapMap.words(before: place?.before)
        // A link to another topic already has its warning, whose fix is to remove the link.
        return topics.filter { !named.contains($0.id.topic) && $0.linkedTopic == nil }.map { topic in
            let line = style.line(title: topic.title, target: "\(topic.id).md")
            return .warning(
                "the map of `\(topic.id.roadmap)` does not name this topic, so it has no place on the map",
                at: SourceLocation(file: topic.source.path, line: 1, column: 1),
                hint: map == nil
                    ? "start the map: a line such as `\(line)` under a `## Roadmap` heading in \(roadmapFile)"
                    : "add a line such as `\(line)` to the `## Roadmap` section of \(roadmapFile)\(before)"
            )
        }
    }
}
