import Foundation

/// The last-commit dates of files, from one `git log` over a folder.
struct GitHistory: Sendable {
    /// The day of the last commit that touched each file, keyed by the file's real absolute path.
    var lastCommitDays: [String: Day]
    /// Whether the repository is a shallow clone (its oldest commits are missing).
    var isShallow: Bool

    /// Reads the history of the files under `directory`, or nil when it is not in a git work tree
    /// or git cannot be run.
    static func read(directory: String) -> GitHistory? {
        guard
            let info = ProcessRunner.run(
                "git", ["rev-parse", "--show-toplevel", "--is-shallow-repository"], in: directory),
            info.status == 0
        else { return nil }
        let infoLines = String(decoding: info.output, as: UTF8.self).split(separator: "\n")
        guard infoLines.count >= 2 else { return nil }
        let topLevel = FilePaths.realPath(String(infoLines[0]))
        guard
            let log = ProcessRunner.run(
                "git",
                [
                    "-c", "core.quotepath=off", "log", "--no-renames", "--format=%x01%cd",
                    "--date=format-local:%Y-%m-%d", "--name-only", "-z", "--", ".",
                ],
                in: directory, environment: ["TZ": "UTC"]),
            log.status == 0
        else { return nil }
        return GitHistory(
            lastCommitDays: parseLog(log.output, topLevel: topLevel), isShallow: infoLines[1] == "true")
    }

    /// Parses `git log --format=%x01%cd --name-only -z` output: newest commit first, so the first
    /// date seen for a path is its last commit's.
    static func parseLog(_ output: [UInt8], topLevel: String) -> [String: Day] {
        var days: [String: Day] = [:]
        var currentDay: Day?
        for field in output.split(separator: 0, omittingEmptySubsequences: true) {
            var text = Substring(decoding: field, as: UTF8.self)
            while text.first == "\n" { text = text.dropFirst() }
            if text.first == "\u{1}" {
                let parts = text.dropFirst().split(separator: "\n", maxSplits: 1)
                currentDay = parts.first.flatMap { Day(iso: String($0)) }
                guard parts.count > 1 else { continue }
                text = parts[1]
                while text.first == "\n" { text = text.dropFirst() }
            }
            guard let day = currentDay, !text.isEmpty else { continue }
            let path = topLevel + "/" + text
            if days[path] == nil { days[path] = day }
        }
        return days
    }
}
