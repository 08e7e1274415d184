import ArgumentParser
import Foundation
import SiteGen

/// `sitegen build`: the default command.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build content/ with templates/ into public/ (the default command)."
    )

    @OptionGroup var site: SiteOptions

    func run() throws {
        // Kept until the build is over: the signals are caught as long as it lives.
        let interrupt = Interrupt.listen(handler: Self.stop)
        try withExtendedLifetime(interrupt) { try build(interrupt) }
    }

    private func build(_ interrupt: Interrupt) throws {
        let reporter = DiagnosticReporter()
        // A build that fails leaves it as it was (it writes a staging folder, swapped in only on
        // success): said after the problems, when there was a folder to leave.
        let outputExisted = FileManager.default.fileExists(atPath: site.output)
        do {
            var builder = SiteBuilder(
                inputs: site.input.siteInputs, outputDirectory: site.output,
                warningsAsErrors: site.strictness.warningsAsErrors)
            // The process exits once the summary is printed.
            builder.leavesMemoryToExit = true
            let report = try builder.build()
            // A build that succeeds has no errors: its warnings are counted after the summary,
            // in the words `check` closes with, not as "0 errors, …".
            let diagnostics = report.diagnostics
            reporter.report(diagnostics, summarizing: diagnostics.hasErrors)
            let search = report.searchPageCount.map { "; search index of \(Counted.phrase($0, "page"))" } ?? ""
            reporter.say(
                "Built \(Counted.phrase(report.roadmapCount, "roadmap")): \(Counted.phrase(report.pageCount, "page")), "
                    + "\(Counted.phrase(report.fileCount, "file")) in \(site.output)/\(search)"
                    + Self.draftsNote(report.excludedDraftCount))
            if !diagnostics.hasErrors, diagnostics.warningCount > 0 {
                reporter.say(DiagnosticReporter.noErrorsLine(warnings: diagnostics.warningCount))
            }
        } catch {
            // A build the signal handler stopped fails, saying it was interrupted; the handler
            // ends the process (`stop`), so the failure is neither reported nor exited with.
            if interrupt.hasArrived { while true { pause() } }
            reporter.report(error.diagnostics)
            // Unless a message of the output's own already says so.
            if outputExisted, !error.diagnostics.all.contains(where: { $0.message.hasSuffix("is left as it was") }) {
                reporter.say(
                    "\(site.output.hasSuffix("/") ? String(site.output.dropLast()) : site.output)/ was left as it was.")
            }
            throw ExitCode.failure
        }
    }

    /// The summary's note on drafts left out of the build, which a build without `--drafts`
    /// leaves out silently otherwise: after `sitegen init`, whose roadmap is a draft, a build
    /// would seem to lose it. `serve`'s first build and `check` say it too (`RebuildLog`,
    /// `CheckCommand`), naming their own `command`: `build --drafts` would not bring the drafts
    /// into the preview or the check.
    static func draftsNote(_ count: Int, command: String = "build") -> String {
        guard count > 0 else { return "" }
        return "; \(Counted.phrase(count, "draft")) left out (\(command) with --drafts to include "
            + (count == 1 ? "it)" : "them)")
    }

    /// Ends the build on SIGINT or SIGTERM: removes its staging folder and lock file (the
    /// output folder is left as it was, or, when the swap was under way, is the new site), then
    /// exits with 128 + the signal's number, as a shell reports a process the signal ended.
    @Sendable static func stop(signal: Int32) {
        SiteBuilder.stopSearchIndexing()
        StagingDirectory.discardEveryOpen()
        OutputLock.removeEveryLockFile()
        _exit(128 + signal)
    }
}
