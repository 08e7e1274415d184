import Dispatch
import Foundation

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
    /// into `diagnostics`, in folder order. `includeDrafts`: whether drafts are part of the build
    /// (a draft left out is not published at all, so not twice either); `excludedDrafts`: the
    /// roadmaps that are drafts left out of it (their topics are not published either). A file
    /// left out is not searched for the scaffold's placeholder sentences.
    static func load(
        _ roadmaps: [(slug: Slug, directory: String)], contentRoot: String, includeDrafts: Bool,
        excludedDrafts: Set<Slug> = [], into diagnostics: inout Diagnostics
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
            var file: TopicFile?
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
                let roadmap = paths[index].id.roadmap
                let publishing: TopicFile.Publishing =
                    excludedDrafts.contains(roadmap) ? .none : includeDrafts ? .all : .allButDrafts
                file = TopicFile.load(
                    path: paths[index].path, id: paths[index].id, publishing: publishing, into: &problems)
                // A link is a second page only when both it and the topic it leads to are built.
                if let read = file, publishing.publishes(isDraft: read.isDraft), !paths[index].isRegularFile,
                    let other = linkedTopic(paths[index]), !excludedDrafts.contains(other.roadmap)
                {
                    problems.warning(
                        "`\(read.id).md` is a symbolic link to the topic file `\(other).md`, "
                            + "so the same page is published twice",
                        at: SourceLocation(file: paths[index].path, line: 1, column: 1),
                        hint: "link `\(other).md` on the map instead, and remove the link; if a second page is "
                            + "really meant, make `\(read.id).md` a copy of the file")
                    file?.linkedTopic = other
                    // The file it leads to is published too, and warned about its placeholder
                    // text: the same sentences are not reported again at the link.
                    file?.placeholderWarning = nil
                }
            }
            loaded.set(index, (file, problems))
        }
        // `paths` lists the folders' topics folder by folder, so the files come back in the same
        // runs: each goes to the folder of its run, moved rather than copied.
        var files: [[TopicFile]] = folders.map { _ in [] }
        var folderIndex = 0
        var remaining = folders.first?.0.topics.count ?? 0
        loaded.drain { result in
            while remaining == 0 {
                folderIndex += 1
                remaining = folders[folderIndex].0.topics.count
            }
            remaining -= 1
            diagnostics.append(contentsOf: result.1)
            if let file = result.0.take() { files[folderIndex].append(file) }
        }
        var byRoadmap: [Slug: RoadmapTopics] = [:]
        byRoadmap.reserveCapacity(folders.count)
        for (index, (folder, _)) in folders.enumerated() {
            var folderFiles: [TopicFile] = []
            swap(&folderFiles, &files[index])
            byRoadmap[folder.roadmap] = RoadmapTopics(folder: folder, files: folderFiles)
        }
        return byRoadmap
    }

    /// The other topic file that `topic`, a symbolic link inside the content folder, leads to:
    /// its target is `<roadmap>/<topic>.md` in the roadmaps folder, a regular file beside the
    /// roadmap file `<roadmap>.md` (which may be a draft left out of the build: the caller
    /// checks). Nil for a link to any other file (`content/common/x.md`,
    /// which only this link publishes) and for an entry that is not a link.
    static func linkedTopic(_ topic: TopicFolder.TopicPath) -> TopicID? {
        let target = FilePaths.realPath(topic.path)
        let parts = target.split(separator: "/")
        guard parts.count >= 2, let roadmap = Slug(String(parts[parts.count - 2])),
            let slug = TopicID.slug(ofFileName: parts[parts.count - 1])
        else { return nil }
        let id = TopicID(roadmap: roadmap, topic: slug)
        let roadmapsDirectory = ((topic.path as NSString).deletingLastPathComponent as NSString)
            .deletingLastPathComponent
        let path = FilePaths.join(roadmapsDirectory, "\(id).md")
        var status = stat()
        guard id != topic.id, lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
            FilePaths.realPath(path) == target,
            stat(FilePaths.join(roadmapsDirectory, "\(roadmap).md"), &status) == 0
        else { return nil }
        return id
    }
}
