import Dispatch

/// One roadmap's folder as loaded: its topic files (front matter and title, checked and dated)
/// and the other files copied beside its pages.
struct RoadmapTopics: Sendable {
    /// The folder as scanned: its usable topic file names and its other files.
    var folder: TopicFolder
    /// The topic files that could be read, drafts included, sorted by slug.
    var files: [TopicFile]

    /// The topic files of this build: drafts only when `includeDrafts`.
    func published(includeDrafts: Bool) -> [TopicFile] {
        // Filtering copies every file (a dozen references each) even when none is a draft.
        includeDrafts || !files.contains(where: \.isDraft) ? files : files.filter { !$0.isDraft }
    }
}

/// Loads the folders beside roadmap files (`content/roadmaps/<slug>/`): scans them, then reads
/// every topic file's front matter, all in parallel (docs/authoring.md#topics-and-the-roadmap-map).
/// Bodies are read at render time, as roadmaps' are.
enum TopicLoader {
    /// The folders of `roadmaps` (slug and folder path), scanned and loaded; every problem goes
    /// into `diagnostics`, in folder order.
    static func load(
        _ roadmaps: [(slug: Slug, directory: String)], contentRoot: String, into diagnostics: inout Diagnostics
    ) -> [Slug: RoadmapTopics] {
        guard !roadmaps.isEmpty else { return [:] }
        let scans = ParallelResults<(TopicFolder, Diagnostics)>(count: roadmaps.count)
        DispatchQueue.concurrentPerform(iterations: roadmaps.count) { index in
            var problems = Diagnostics()
            let folder = TopicFolder.scan(
                directory: roadmaps[index].directory, roadmap: roadmaps[index].slug, contentRoot: contentRoot,
                into: &problems)
            scans.set(index, (folder, problems))
        }
        let folders = scans.values
        for (_, problems) in folders { diagnostics.append(contentsOf: problems) }
        let paths = folders.flatMap(\.0.topics)
        let loaded = ParallelResults<(TopicFile?, Diagnostics)>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            var problems = Diagnostics()
            let file: TopicFile?
            // The listing's entry type spares an `lstat` per topic file (1.3% of a topic corpus
            // build); links and other kinds of entry are judged by `FileKind`.
            if !paths[index].isRegularFile,
                let problem = FileKind.problem(
                    at: paths[index].path, within: contentRoot, folder: "content",
                    hint: "copy the file into content/roadmaps/\(paths[index].id.roadmap)/ instead")
            {
                problems.append(problem)
                file = nil
            } else {
                file = TopicFile.load(path: paths[index].path, id: paths[index].id, into: &problems)
            }
            loaded.set(index, (file, problems))
        }
        var byRoadmap: [Slug: RoadmapTopics] = [:]
        for (folder, _) in folders { byRoadmap[folder.roadmap] = RoadmapTopics(folder: folder, files: []) }
        for (file, problems) in loaded.values {
            diagnostics.append(contentsOf: problems)
            if let file { byRoadmap[file.id.roadmap]?.files.append(file) }
        }
        return byRoadmap
    }
}
