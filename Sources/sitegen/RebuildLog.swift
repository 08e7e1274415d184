import Foundation
import SiteGen
import Synchronization

/// What `sitegen serve` prints about its rebuilds: one line each, and the problems whenever
/// they differ from the last ones printed.
final class RebuildLog: Sendable {
    private let reporter: DiagnosticReporter
    private let printed = Mutex<Diagnostics?>(nil)

    init(reporter: DiagnosticReporter) {
        self.reporter = reporter
    }

    /// Reports the first build.
    func built(_ build: PreviewRebuild) {
        let closing = reportProblems(build.diagnostics)
        if build.site != nil {
            reporter.say(
                "Built the site in memory: \(Counted.phrase(build.filesRendered, "file")) in \(Self.duration(build))"
                    + BuildCommand.draftsNote(build.excludedDraftCount, command: "serve") + ".")
        } else {
            reporter.say("The site does not build yet; the browser shows why until the files are fixed.")
        }
        closing?()
    }

    /// Reports a rebuild after a change.
    func rebuilt(_ build: PreviewRebuild) {
        let closing = reportProblems(build.diagnostics)
        let what = build.isFull ? "Rebuilt the whole site" : "Rebuilt \(Counted.phrase(build.filesRendered, "file"))"
        let outcome = build.site == nil ? "; the site has errors, shown over the last good page" : ""
        reporter.say("\(what) in \(Self.duration(build))\(outcome).")
        closing?()
    }

    /// Prints the problems when they differ from the last ones printed; returns what closes them
    /// (their count, or the line `build` and `check` close with), to be said after the build's
    /// own line whether it failed or not, as `build` says it.
    private func reportProblems(_ diagnostics: Diagnostics) -> (() -> Void)? {
        let previous = printed.withLock { printed -> Diagnostics? in
            defer { printed = diagnostics }
            return printed
        }
        guard previous.map({ Set($0.all) != Set(diagnostics.all) }) ?? true else { return nil }
        // Without errors, the warnings are counted in the words `build` and `check` close with,
        // not as "0 errors, …"; and once the last problem is fixed, that is said too, so the
        // terminal's last word on problems is not a count that no longer holds.
        reporter.report(diagnostics, summarizing: false)
        if diagnostics.hasErrors { return { [reporter] in reporter.reportCount(diagnostics) } }
        let hadProblems = !(previous?.all.isEmpty ?? true)
        guard diagnostics.warningCount > 0 || hadProblems else { return nil }
        let line = DiagnosticReporter.noErrorsLine(warnings: diagnostics.warningCount)
        return { [reporter] in reporter.say(line) }
    }

    private static func duration(_ build: PreviewRebuild) -> String {
        build.milliseconds < 1000
            ? "\(Int(build.milliseconds.rounded())) ms" : String(format: "%.1f s", build.milliseconds / 1000)
    }
}
