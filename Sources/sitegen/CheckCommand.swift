import ArgumentParser
import SiteGen

/// `sitegen check`: validates content and the links of the built site; writes nothing.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate content and every internal link of the built site; writes nothing."
    )

    @OptionGroup var site: SiteOptions

    @Flag(name: .long, help: "Also check every http(s) link and image in content (cached in .sitegen-cache/).")
    var external = false

    func run() async throws {
        let reporter = DiagnosticReporter()
        let check = SiteChecker(options: site.buildOptions).check()
        var diagnostics = check.diagnostics
        if external {
            let report = await ExternalLinkChecker().check(roadmapFiles: check.roadmapFiles)
            diagnostics.append(
                contentsOf: site.warningsAsErrors ? report.diagnostics.promotingWarnings() : report.diagnostics)
            reporter.say(
                "Checked \(report.urlCount) external URLs, \(report.urlCount - report.requestedCount) answered by the cache."
            )
        }
        reporter.report(diagnostics)
        guard !diagnostics.hasErrors else { throw ExitCode.failure }
        reporter.say("No problems found.")
    }
}
