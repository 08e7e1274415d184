import Foundation
import SiteGen

/// Prints diagnostics where people and CI read them: on standard error, in compiler form, and
/// also as workflow annotations under GitHub Actions.
struct DiagnosticReporter {
    private let formatter = DiagnosticFormatter(workingDirectory: FileManager.default.currentDirectoryPath)
    private let annotates = ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true"

    /// Prints every diagnostic, sorted by file and line, and when there are any and
    /// `summarizing`, a count (`2 errors, 1 warning`).
    func report(_ diagnostics: Diagnostics, summarizing: Bool = true) {
        let sorted = diagnostics.sorted
        guard !sorted.isEmpty else { return }
        var text = ""
        for diagnostic in sorted {
            text += formatter.compilerStyle(diagnostic) + "\n"
            if annotates { text += formatter.githubAnnotation(diagnostic) + "\n" }
        }
        if summarizing { text += formatter.summary(diagnostics) + "\n" }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Prints the count of the problems (`2 errors, 1 warning`) on standard error, where
    /// `report(_:summarizing:)` prints it, for a command that says a line of its own between
    /// the problems and their count.
    func reportCount(_ diagnostics: Diagnostics) {
        FileHandle.standardError.write(Data((formatter.summary(diagnostics) + "\n").utf8))
    }

    /// The closing line of a command that found no errors (`check`, and `build` after warnings):
    /// what is left to read above it, never "0 errors, …"; then `note` (`check`'s drafts note).
    static func noErrorsLine(warnings: Int, note: String = "") -> String {
        warnings == 0
            ? "No problems found\(note)." : "No errors found; \(Counted.phrase(warnings, "warning")) above\(note)."
    }

    /// Prints one problem that has no location (such as a port already in use) on standard error.
    func report(_ message: String) {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }

    /// Prints a line of progress on standard output, at once (also when it is a pipe).
    func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
