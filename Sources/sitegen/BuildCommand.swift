import ArgumentParser
import SiteGen

/// `sitegen build`: the default command.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build content/ with templates/ into public/ (the default command)."
    )

    @OptionGroup var site: SiteOptions

    func run() throws {
        let reporter = DiagnosticReporter()
        do {
            let report = try SiteBuilder(options: site.buildOptions).build()
            reporter.report(report.diagnostics)
            reporter.say(
                "Built \(report.roadmapCount) roadmaps: \(report.pageCount) pages, \(report.fileCount) files in \(site.output)/"
            )
        } catch {
            reporter.report(error.diagnostics)
            throw ExitCode.failure
        }
    }
}
