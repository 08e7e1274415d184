import ArgumentParser
import SiteGen

/// `sitegen new <slug>`: scaffolds a roadmap file.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write content/roadmaps/<slug>.md with front matter and every usual section.",
        discussion: "`sitegen new <slug>/<topic>` writes a topic file, content/roadmaps/<slug>/<topic>.md, "
            + "and prints the line that puts it on the roadmap's map."
    )

    @Argument(
        help:
            "The roadmap's slug: lowercase letters, digits and dashes, such as `data-engineering`; or `<slug>/<topic>` for a topic."
    )
    var slug: String

    @Option(help: "The title (default: from the slug).")
    var title: String?

    @Option(help: "Beginner, Intermediate or Advanced.")
    var level: String?

    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "DIR"))
    var content = "content"

    func run() throws {
        let reporter = DiagnosticReporter()
        if let topic = TopicScaffold(name: slug, title: title) {
            guard level == nil else {
                reporter.report(
                    Diagnostics([
                        .error("a topic has no level; --level is for roadmaps", at: SourceLocation(file: slug))
                    ]))
                throw ExitCode.failure
            }
            switch topic.write(contentDirectory: content) {
            case .success(let path):
                reporter.say("Wrote \(path) (a draft: remove `draft: true` to publish it)")
                reporter.say(topic.mapAdvice(contentDirectory: content))
            case .failure(let diagnostic):
                reporter.report(Diagnostics([diagnostic]))
                throw ExitCode.failure
            }
            return
        }
        switch RoadmapScaffold(slug: slug, title: title, level: level).write(contentDirectory: content) {
        case .success(let path):
            reporter.say("Wrote \(path) (a draft: remove `draft: true` to publish it)")
        case .failure(let diagnostic):
            reporter.report(Diagnostics([diagnostic]))
            throw ExitCode.failure
        }
    }
}
