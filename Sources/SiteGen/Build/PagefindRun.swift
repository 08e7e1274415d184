import Foundation
import Synchronization

/// Runs Pagefind on a built site folder: it reads the folder's HTML (the parts the theme marks
/// `data-pagefind-body`) and writes the search index and its scripts into `pagefind/` inside it.
///
/// The index's files are named by the hashes of their contents, so the same pages give the same
/// bytes (tested by `SearchIndexTests`).
struct PagefindRun {
    /// The binary, from `PagefindLocator`.
    let executable: String

    /// The folder, inside the site, that Pagefind writes (a slug no roadmap may take).
    static let outputFolder = "pagefind"

    /// What an index run found.
    struct Report: Sendable, Equatable {
        /// The pages indexed.
        var pageCount: Int
    }

    /// Indexes the site in `folder`; a failure carries what Pagefind printed, shortened.
    func index(siteFolder folder: String) -> Result<Report, PagefindProblem> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--site", folder, "--output-subdir", Self.outputFolder, "--quiet"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardInput = FileHandle.nullDevice
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            return .failure(PagefindProblem("cannot run \(executable): \(error.localizedDescription)"))
        }
        Self.running.withLock { _ = $0.insert(process.processIdentifier) }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        Self.running.withLock { _ = $0.remove(process.processIdentifier) }
        let printed = String(decoding: output, as: UTF8.self)
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let how =
                process.terminationReason == .exit
                ? "exited with \(process.terminationStatus)" : "was ended by signal \(process.terminationStatus)"
            let summary = Self.summary(of: printed)
            return .failure(PagefindProblem("Pagefind \(how)" + (summary.isEmpty ? "" : ": \(summary)")))
        }
        let entry = FilePaths.join(FilePaths.join(folder, Self.outputFolder), "pagefind-entry.json")
        guard let pageCount = Self.pageCount(entryFile: entry) else {
            return .failure(PagefindProblem("Pagefind wrote no readable \(Self.outputFolder)/pagefind-entry.json"))
        }
        return .success(Report(pageCount: pageCount))
    }

    /// The last lines Pagefind printed that say something, at most 3 of at most 160 characters,
    /// joined with ` / `: enough to tell what went wrong without flooding the terminal.
    static func summary(of printed: String) -> String {
        let lines = printed.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return lines.suffix(3).map { $0.count > 160 ? $0.prefix(159) + "…" : $0 }.joined(separator: " / ")
    }

    /// The number of pages `pagefind-entry.json` says were indexed, over every language.
    static func pageCount(entryFile: String) -> Int? {
        guard let data = FileManager.default.contents(atPath: entryFile),
            let entry = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let languages = entry["languages"] as? [String: Any]
        else { return nil }
        return languages.values.reduce(0) { total, language in
            total + (((language as? [String: Any])?["page_count"] as? Int) ?? 0)
        }
    }

    /// The processes of the runs under way.
    private static let running = Mutex<Set<Int32>>([])

    /// Ends every Pagefind run under way (SIGTERM), so that none writes into a staging folder
    /// that a signal handler is removing. For the handler of `build`'s SIGINT and SIGTERM.
    static func terminateEveryRunning() {
        running.withLock { pids in
            for pid in pids { kill(pid, SIGTERM) }
        }
    }
}
