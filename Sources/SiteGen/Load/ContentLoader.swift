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

    /// Slugs whose pages would share a folder with other files of the built site, with what
    /// that folder holds: the theme's assets, and the search index Pagefind writes.
    static let reservedSlugs: [String: String] = ["assets": "the theme's files", "pagefind": "the search index"]

    private var roadmapsDirectory: String { inputs.roadmapsDirectory }

    /// Loads the content. When `diagnostics` holds an error the result is incomplete (it keeps
    /// what could be read, so that later checks still run) and must not be built.
    /// `keepingFiles`: keep the roadmap files as read, for `LoadedContent.replacing(_:into:)`.
    func load(keepingFiles: Bool = false, into diagnostics: inout Diagnostics) -> LoadedContent {
        let config = SiteConfigLoader.load(
            contentDirectory: contentDirectory, baseURLOverride: inputs.baseURLOverride, into: &diagnostics)
        let (files, folders) = roadmapFiles(into: &diagnostics)
        let loaded = loadAll(files)
        for result in loaded { diagnostics.append(contentsOf: result.diagnostics) }
        var roadmapFiles = loaded.compactMap(\.file)
        var topics = TopicLoader.load(
            folders.map { ($0, FilePaths.join(roadmapsDirectory, $0.value)) },
            contentRoot: FilePaths.realPath(contentDirectory), includeDrafts: inputs.includeDrafts,
            excludedDrafts: inputs.includeDrafts ? [] : Set(roadmapFiles.filter(\.isDraft).map(\.slug)),
            into: &diagnostics)
        var dates = FileDates(directory: roadmapsDirectory, includeDrafts: inputs.includeDrafts)
        dates.assign(to: &roadmapFiles, noun: "roadmap", relativePath: { "\($0.slug).md" }, into: &diagnostics)
        for slug in topics.keys.sorted() {
            dates.assign(
                to: &topics[slug]!.files, noun: "topic", relativePath: { "\($0.id).md" }, into: &diagnostics)
        }
        dates.reportModificationDates(into: &diagnostics)
        dates.reportUndated(into: &diagnostics)
        return LoadedContent(
            config: config ?? .placeholder, files: roadmapFiles, existing: Set(files.map(\.slug)), topics: topics,
            includeDrafts: inputs.includeDrafts, keepingFiles: keepingFiles, into: &diagnostics)
    }

    /// The roadmap files to load, sorted by name, each with its slug, and the roadmaps that have
    /// a folder beside them (of topics and images); reports misnamed files.
    private func roadmapFiles(into diagnostics: inout Diagnostics) -> (
        files: [(path: String, slug: Slug)], folders: [Slug]
    ) {
        let directory = roadmapsDirectory
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            diagnostics.error(
                "there is no roadmaps folder", at: SourceLocation(file: directory),
                hint: "start a site here with `sitegen init`, or create the folder and add roadmaps as "
                    + "`<slug>.md` files, for example with `sitegen new backend`")
            return ([], [])
        }
        let contentRoot = FilePaths.realPath(contentDirectory)
        var files: [(String, Slug)] = []
        var folders: [Slug] = []
        let nameSet = Set(names)
        for name in names.sorted() {
            let path = FilePaths.join(directory, name)
            let location = SourceLocation(file: path, line: 1, column: 1)
            var isDirectory: ObjCBool = false
            if !name.hasPrefix("."), FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                isDirectory.boolValue
            {
                // A roadmap's folder (its topics and images) sits beside it; a link to a folder
                // outside the content folder is not read (its files would be published).
                if !FilePaths.isInside(FilePaths.realPath(path), contentRoot) {
                    diagnostics.error(
                        "`\(name)/` is a symbolic link to a folder outside the content folder; it is not read",
                        at: SourceLocation(file: path), hint: "move the folder into the content folder")
                } else if !nameSet.contains(name + ".md") {
                    diagnostics.error(
                        "`\(name)/` is a folder beside no roadmap `\(name).md`", at: SourceLocation(file: path),
                        hint: "a roadmap's folder, for its topics and images, is named as the roadmap")
                } else if let slug = Slug(name), Self.reservedSlugs[name] == nil {
                    folders.append(slug)
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
            if let holder = Self.reservedSlugs[slug.value] {
                diagnostics.error(
                    "`\(name)` cannot be a roadmap: `\(slug.value)/` holds \(holder) on the built site",
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
        let loadable = Set(files.map(\.1))
        return (files, folders.filter(loadable.contains))
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
}
