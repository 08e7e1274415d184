import ArgumentParser
import SiteGen

/// `sitegen new <slug>`: scaffolds a roadmap file.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write content/roadmaps/<slug>.md with front matter and every usual section."
    )

    @Argument(help: "The roadmap's slug: lowercase letters, digits and dashes, such as `data-engineering`.")
    var slug: String

    @Option(help: "The title (default: from the slug).")
    var title: String?

    @Option(help: "Beginner, Intermediate or Advanced.")
    var level: String?

    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "DIR"))
    var content = "content"

    func run() throws {
        let reporter = DiagnosticReporter()
        switch RoadmapScaffold(slug: slug, title: title, level: level).write(contentDirectory: content) {
        case .success(let path):
            reporter.say("Wrote \(path)")
        case .failure(let diagnostic):
            reporter.report(Diagnostics([diagnostic]))
            throw ExitCode.failure
        }
    }
}
