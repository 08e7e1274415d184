import ArgumentParser
import SiteGen

/// `sitegen check`: validates content and the links of the built site; writes nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate content and every internal link of the built site; writes nothing."
    )

    @OptionGroup var site: SiteOptions

    func run() throws {
        let reporter = DiagnosticReporter()
        let diagnostics = SiteChecker(options: site.buildOptions).check()
        reporter.report(diagnostics)
        guard !diagnostics.hasErrors else { throw ExitCode.failure }
        reporter.say("No problems found.")
    }
}
