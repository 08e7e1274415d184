import Foundation

/// A file whose last-updated stamp the loader may have to find: a roadmap or a topic file.
protocol DatedFile {
    var updated: Day? { get set }
    var updatedSource: LastUpdatedSource { get set }
    var isDraft: Bool { get }
    var source: RoadmapSource { get }
}

extension RoadmapFile: DatedFile {}
extension TopicFile: DatedFile {}

/// Gives every file without an `updated` date its last git commit's day, or else, outside git,
/// its modification day with a warning (none for a draft left out of the build; one for all such
/// files, `reportModificationDates`); the git history of `content/roadmaps/` is read once, at
/// the first file that needs it.
///
/// No date is ever made up. In a shallow clone, a file whose last fetched commit is the clone's
/// boundary was last changed at some unknown time before it: such a file cannot be built (its
/// page, the sitemap and the feed need its date; Atom requires one on every entry), and one error
/// for all of them (`reportUndated`) names the command that fetches the history. Drafts left out
/// of the build need no date.
struct FileDates {
    /// The folder of the roadmap files (`content/roadmaps/`).
    let directory: String
    let includeDrafts: Bool
    private var history: GitHistory??
    private var undated: [(path: String, noun: String)] = []
    /// The files of this build dated by their modification day, for `reportModificationDates`.
    private var modificationDated: [(path: String, day: Day)] = []

    init(directory: String, includeDrafts: Bool) {
        self.directory = directory
        self.includeDrafts = includeDrafts
    }

    /// Dates the undated ones of `files`; `relativePath` is a file's path from `directory`.
    mutating func assign<File: DatedFile>(
        to files: inout [File], noun: String, relativePath: (File) -> String, into diagnostics: inout Diagnostics
    ) {
        guard files.contains(where: { $0.updated == nil }) else { return }
        if history == nil { history = .some(GitHistory.read(directory: directory)) }
        let history = self.history ?? nil
        let realDirectory = FilePaths.realPath(directory)
        for index in files.indices where files[index].updated == nil && files[index].updatedSource != .unknown {
            let path = FilePaths.join(realDirectory, relativePath(files[index]))
            if let day = history?.lastCommitDays[path] {
                files[index].updated = day
                files[index].updatedSource = .git
            } else if history?.undatedPaths.contains(path) == true {
                files[index].updatedSource = .unknown
                if includeDrafts || !files[index].isDraft { undated.append((files[index].source.path, noun)) }
            } else if let day = FileKind.modificationDay(files[index].source.path) {
                files[index].updated = day
                files[index].updatedSource = .modificationTime
                guard includeDrafts || !files[index].isDraft else { continue }
                modificationDated.append((files[index].source.path, day))
            } else {
                files[index].updatedSource = .unknown
                diagnostics.error(
                    "no `updated` date, no git history and no modification time for this file",
                    at: SourceLocation(file: files[index].source.path, line: 1, column: 1),
                    hint: "add `updated: YYYY-MM-DD` to its front matter")
            }
        }
    }

    /// The warning that files of this build are dated by their modification day: at the file
    /// when there is one; else one warning at the first (by path) that counts the others and
    /// says why (git has no history for them: outside a repository, in one without commits, or
    /// without git; or they are not committed yet), not one per file: a site
    /// copied out of its repository has a warning for each of its roadmaps and topics.
    func reportModificationDates(into diagnostics: inout Diagnostics) {
        guard let first = modificationDated.min(by: { $0.path < $1.path }) else { return }
        let location = SourceLocation(file: first.path, line: 1, column: 1)
        let more = modificationDated.count - 1
        guard more > 0 else {
            diagnostics.warning(
                "no `updated` date and no git history for this file; its modification date (\(first.day)) is used",
                at: location, hint: "commit the file, or add `updated: YYYY-MM-DD` to its front matter")
            return
        }
        let isInGit = (history ?? nil) != nil
        diagnostics.warning(
            "no `updated` date and no git history for this file and \(more) more file\(more == 1 ? "" : "s"): "
                + (isInGit ? "they are not committed yet" : "git has no history for them")
                + ", so each one's modification date is used (this file's: \(first.day))",
            at: location,
            hint: "commit the files to a git repository, or add `updated: YYYY-MM-DD` to the "
                + "front matter of each")
    }

    /// The one error for every file of this build whose date is beyond a shallow clone's boundary.
    func reportUndated(into diagnostics: inout Diagnostics) {
        guard let first = undated.first else { return }
        let count = undated.count
        let nouns = Set(undated.map(\.noun)).count == 1 ? first.noun : "roadmap or topic file"
        diagnostics.error(
            "this is a shallow git clone: \(count) \(nouns)\(count == 1 ? "" : "s") may have been last changed "
                + "before its oldest commit (git cannot tell), so \(count == 1 ? "its" : "their") last-updated date "
                + "is unknown",
            at: SourceLocation(file: first.path),
            hint: "fetch the history before building: `git fetch --unshallow` (`fetch-depth: 0` in "
                + "actions/checkout), or give \(count == 1 ? "it" : "each") an `updated: YYYY-MM-DD` date")
    }
}
