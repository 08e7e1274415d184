import Foundation

/// The last-commit dates of files, from one `git log` over a folder.
///
/// In a shallow clone the oldest fetched commit (the boundary) carries every file that no later
/// commit touched, dated at that commit: a false date. Such files are listed apart, undated.
struct GitHistory: Sendable {
    /// The day of the last commit that touched each file, keyed by the file's real absolute path.
    var lastCommitDays: [String: Day]
    /// Files whose last fetched commit is a shallow clone's boundary, so their true date is unknown.
    var undatedPaths: Set<String> = []
    /// Whether the repository is a shallow clone (its oldest commits are missing).
    var isShallow: Bool

    /// Reads the history of the files under `directory`, or nil when it is not in a git work tree
    /// or git cannot be run.
    static func read(directory: String) -> GitHistory? {
        guard
            let info = ProcessRunner.run(
                "git", ["rev-parse", "--show-toplevel", "--is-shallow-repository", "--git-path", "shallow"],
                in: directory),
            info.status == 0
        else { return nil }
        let infoLines = String(decoding: info.output, as: UTF8.self).split(separator: "\n").map(String.init)
        guard infoLines.count >= 3 else { return nil }
        let topLevel = FilePaths.realPath(infoLines[0])
        let isShallow = infoLines[1] == "true"
        var boundary: Set<String> = []
        if isShallow {
            let shallowFile = infoLines[2].hasPrefix("/") ? infoLines[2] : FilePaths.join(directory, infoLines[2])
            let text = (try? String(contentsOfFile: shallowFile, encoding: .utf8)) ?? ""
            boundary = Set(text.split(separator: "\n").map(String.init))
        }
        guard
            let log = ProcessRunner.run(
                "git",
                [
                    "-c", "core.quotepath=off", "log", "--no-renames", "--format=%x01%H %cd",
                    "--date=format-local:%Y-%m-%d", "--name-only", "-z", "--", ".",
                ],
                in: directory, environment: ["TZ": "UTC"]),
            log.status == 0
        else { return nil }
        var history = parseLog(log.output, topLevel: topLevel, boundaryCommits: boundary)
        history.isShallow = isShallow
        return history
    }

    /// Parses `git log --format=%x01%H %cd --name-only -z` output: newest commit first, so the
    /// first commit seen for a path is its last one.
    static func parseLog(_ output: [UInt8], topLevel: String, boundaryCommits: Set<String> = []) -> GitHistory {
        var history = GitHistory(lastCommitDays: [:], isShallow: false)
        var seen: Set<String> = []
        var currentDay: Day?
        var currentIsBoundary = false
        for field in output.split(separator: 0, omittingEmptySubsequences: true) {
            var text = Substring(decoding: field, as: UTF8.self)
            while text.first == "\n" { text = text.dropFirst() }
            if text.first == "\u{1}" {
                let parts = text.dropFirst().split(separator: "\n", maxSplits: 1)
                let header = parts.first?.split(separator: " ") ?? []
                currentIsBoundary = header.first.map { boundaryCommits.contains(String($0)) } ?? false
                currentDay = header.count > 1 ? Day(iso: String(header[1])) : nil
                guard parts.count > 1 else { continue }
                text = parts[1]
                while text.first == "\n" { text = text.dropFirst() }
            }
            guard let day = currentDay, !text.isEmpty else { continue }
            let path = topLevel + "/" + text
            guard seen.insert(path).inserted else { continue }
            if currentIsBoundary {
                history.undatedPaths.insert(path)
            } else {
                history.lastCommitDays[path] = day
            }
        }
        return history
    }
}
