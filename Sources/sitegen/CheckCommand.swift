import ArgumentParser
import SiteGen

/// `sitegen check`: validates content and the links of the built site; writes nothing.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate content and every internal link of the built site; writes nothing."
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var strictness: StrictnessOptions

    @Flag(name: .long, help: "Also check every http(s) link and image in content (cached in .sitegen-cache/).")
    var external = false

    func run() async throws {
        let reporter = DiagnosticReporter()
        if external, let problem = ExternalLinkChecker.unavailability {
            reporter.report(problem)
            throw ExitCode.failure
        }
        // Nothing is written; pages are named in messages as a build would write them, in public/.
        let check = await SiteChecker(
            inputs: input.siteInputs, outputDirectory: "public", warningsAsErrors: strictness.warningsAsErrors
        ).check(external: external ? ExternalLinkChecker() : nil)
        let diagnostics = check.diagnostics
        if let report = check.external {
            reporter.say(
                "Checked \(Counted.phrase(report.urlCount, "external URL")), "
                    + "\(report.urlCount - report.requestedCount) answered by the cache.")
        }
        // Without errors, the closing line below counts the warnings: no "0 errors, …" before it.
        reporter.report(diagnostics, summarizing: diagnostics.hasErrors)
        guard !diagnostics.hasErrors else { throw ExitCode.failure }
        // Drafts left out are said as `build` says them, naming `check`'s own flag.
        reporter.say(
            DiagnosticReporter.noErrorsLine(
                warnings: diagnostics.warningCount,
                note: BuildCommand.draftsNote(check.excludedDraftCount, command: "check")))
    }
}
