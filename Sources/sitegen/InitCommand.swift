import ArgumentParser
import SiteGen

/// `sitegen init [DIR]`: starts a site in an empty folder.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a site in an empty folder: site.yml, a draft roadmap with two topics, .gitignore, a workflow."
    )

    @Argument(help: ArgumentHelp("The site's folder, made when missing.", valueName: "DIR"))
    var directory = "."

    @Flag(help: "Also write the built-in theme's files into templates/, to customize them.")
    var theme = false

    @Flag(help: "Write into a folder that is not empty, leaving every file already there as it is.")
    var force = false

    func run() throws {
        let reporter = DiagnosticReporter()
        switch SiteScaffold(theme: theme).write(into: directory, force: force) {
        case .success(let outcome):
            let prefix = directory == "." ? "" : directory.hasSuffix("/") ? directory : directory + "/"
            for path in outcome.written { reporter.say("Wrote \(prefix)\(path)") }
            for path in outcome.skipped { reporter.say("Skipped \(prefix)\(path): it is there already") }
            let change = directory == "." ? "" : "cd \(directory) && "
            reporter.say(
                """

                The roadmap and its topics are drafts (`draft: true`): `sitegen build` leaves them out
                until they are ready. Preview them while you write:

                    \(change)sitegen serve --drafts
                """)
        case .failure(let diagnostic):
            reporter.report(Diagnostics([diagnostic]))
            throw ExitCode.failure
        }
    }
}
