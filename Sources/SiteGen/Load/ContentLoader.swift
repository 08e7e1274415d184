import Dispatch
import Foundation

/// Loads `content/`: the site settings and every roadmap, checked and related to each other.
///
/// This is the whole load stage: it reads front matter, not Markdown bodies (the render stage
/// reads those one batch at a time), and collects every problem instead of stopping at the first.
struct ContentLoader: Sendable {
    /// What the site is made of; the theme's folder is not read here.
    var inputs: SiteInputs

    private var contentDirectory: String { inputs.contentDirectory }

    /// Slugs whose pages would share a folder with other files of the built site.
    static let reservedSlugs: Set<String> = ["assets"]

    private var roadmapsDirectory: String { inputs.roadmapsDirectory }

    /// Loads the content. When `diagnostics` holds an error the result is incomplete (it keeps
    /// what could be read, so that later checks still run) and must not be built.
    /// `keepingFiles`: keep the roadmap files as read, for `LoadedContent.replacing(_:into:)`.
    func load(keepingFiles: Bool = false, into diagnostics: inout Diagnostics) -> LoadedContent {
        let config = SiteConfigLoader.load(
            contentDirectory: contentDirectory, baseURLOverride: inputs.baseURLOverride, into: &diagnostics)
        let files = roadmapFiles(into: &diagnostics)
        let loaded = loadAll(files)
        for result in loaded { diagnostics.append(contentsOf: result.diagnostics) }
        var roadmapFiles = loaded.compactMap(\.file)
        assignDates(to: &roadmapFiles, into: &diagnostics)
        return LoadedContent(
            config: config ?? .placeholder, files: roadmapFiles, existing: Set(files.map(\.slug)),
            includeDrafts: inputs.includeDrafts, keepingFiles: keepingFiles, into: &diagnostics)
    }

    /// The roadmap files to load, sorted by name, each with its slug; reports misnamed files.
    private func roadmapFiles(into diagnostics: inout Diagnostics) -> [(path: String, slug: Slug)] {
        let directory = roadmapsDirectory
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            diagnostics.error(
                "there is no roadmaps folder", at: SourceLocation(file: directory),
                hint: "create it and add roadmaps as `<slug>.md` files, for example with `sitegen new backend`")
            return []
        }
        let contentRoot = FilePaths.realPath(contentDirectory)
        var files: [(String, Slug)] = []
        let nameSet = Set(names)
        for name in names.sorted() {
            let path = FilePaths.join(directory, name)
            let location = SourceLocation(file: path, line: 1, column: 1)
            var isDirectory: ObjCBool = false
            if !name.hasPrefix("."), FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                isDirectory.boolValue
            {
                // A roadmap's folder (its topics and images) sits beside it.
                if !nameSet.contains(name + ".md") {
                    diagnostics.error(
                        "`\(name)/` is a folder beside no roadmap `\(name).md`", at: SourceLocation(file: path),
                        hint: "a roadmap's folder, for its topics and images, is named as the roadmap")
                }
                continue
            }
            let slug: Slug
            switch RoadmapFileName(name) {
            case .roadmap(let roadmapSlug):
                slug = roadmapSlug
            case .skipped:
                continue
            case .misnamed(let suggestion):
                diagnostics.error(
                    "`\(name)` is not a roadmap file name: it must be `<slug>.md`, with a slug of lowercase letters, digits and dashes",
                    at: location, hint: suggestion.map { "rename it to `\($0)`" })
                continue
            case .notMarkdown:
                diagnostics.error(
                    "`\(name)` is not a roadmap: content/roadmaps/ holds one Markdown file, `<slug>.md`, per roadmap",
                    at: location, hint: "move it out of content/roadmaps/")
                continue
            }
            if Self.reservedSlugs.contains(slug.value) {
                diagnostics.error(
                    "`\(name)` cannot be a roadmap: `\(slug.value)/` holds the theme's files on the built site",
                    at: SourceLocation(file: path, line: 1, column: 1), hint: "give the roadmap another file name")
                continue
            }
            if let problem = FileKind.problem(
                at: path, within: contentRoot, folder: "content", hint: "copy the file into content/roadmaps/ instead")
            {
                diagnostics.append(problem)
            } else {
                files.append((path, slug))
            }
        }
        return files
    }

    /// Loads every file, in parallel, keeping the input order.
    private func loadAll(_ files: [(path: String, slug: Slug)]) -> [(file: RoadmapFile?, diagnostics: Diagnostics)] {
        let results = ParallelResults<(file: RoadmapFile?, diagnostics: Diagnostics)>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            var diagnostics = Diagnostics()
            let file = RoadmapFile.load(path: files[index].path, slug: files[index].slug, into: &diagnostics)
            results.set(index, (file, diagnostics))
        }
        return results.values
    }

    /// Gives every roadmap without an `updated` date its last git commit's day, or else, outside
    /// git, its modification day with a warning (none for a draft left out of the build).
    ///
    /// No date is ever made up. In a shallow clone, a file whose last fetched commit is the clone's
    /// boundary was last changed at some unknown time before it: such a roadmap cannot be built
    /// (its page, the sitemap and the feed need its date; Atom requires one on every entry), and
    /// one error for all of them names the command that fetches the history. Drafts left out of
    /// the build need no date.
    private func assignDates(to files: inout [RoadmapFile], into diagnostics: inout Diagnostics) {
        guard files.contains(where: { $0.updated == nil }) else { return }
        let history = GitHistory.read(directory: roadmapsDirectory)
        let realDirectory = FilePaths.realPath(roadmapsDirectory)
        var undated: [String] = []
        for index in files.indices where files[index].updated == nil && files[index].updatedSource != .unknown {
            let path = FilePaths.join(realDirectory, (files[index].source.path as NSString).lastPathComponent)
            if let day = history?.lastCommitDays[path] {
                files[index].updated = day
                files[index].updatedSource = .git
            } else if history?.undatedPaths.contains(path) == true {
                files[index].updatedSource = .unknown
                if inputs.includeDrafts || !files[index].isDraft { undated.append(files[index].source.path) }
            } else if let day = FileKind.modificationDay(files[index].source.path) {
                files[index].updated = day
                files[index].updatedSource = .modificationTime
                guard inputs.includeDrafts || !files[index].isDraft else { continue }
                diagnostics.warning(
                    "no `updated` date and no git history for this file; its modification date (\(day)) is used",
                    at: SourceLocation(file: files[index].source.path, line: 1, column: 1),
                    hint: "commit the file, or add `updated: YYYY-MM-DD` to its front matter")
            } else {
                files[index].updatedSource = .unknown
                diagnostics.error(
                    "no `updated` date, no git history and no modification time for this file",
                    at: SourceLocation(file: files[index].source.path, line: 1, column: 1),
                    hint: "add `updated: YYYY-MM-DD` to its front matter")
            }
        }
        if let first = undated.first {
            let count = undated.count
            diagnostics.error(
                "this is a shallow git clone: \(count) roadmap\(count == 1 ? " was" : "s were") last changed before "
                    + "its oldest commit, so \(count == 1 ? "its" : "their") last-updated date is unknown",
                at: SourceLocation(file: first),
                hint: "fetch the history before building: `git fetch --unshallow` (`fetch-depth: 0` in "
                    + "actions/checkout), or give \(count == 1 ? "it" : "each") an `updated: YYYY-MM-DD` date")
        }
    }
}
