import ArgumentParser
import Foundation
import SiteGen

/// `sitegen serve`: builds the site in memory, serves it, rebuilds on every change and reloads
/// the browser.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site in memory, serve it, and rebuild and reload the browser on every change.",
        discussion: """
            Nothing is written: public/ is left alone, and the pages served carry a small live-reload \
            script that built pages never have. A content error does not stop the server: it is printed \
            here and shown over the last good page until the file is fixed.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "The port to listen on (0: any free port).")
    var port = 8080

    @Option(name: .long, help: "The address to listen on; other machines can reach the site only if you change it.")
    var host = "127.0.0.1"

    @Option(
        name: .long,
        help: ArgumentHelp("Scan the folders every MS milliseconds instead of using inotify.", valueName: "MS"))
    var poll: Int?

    func run() async throws {
        let reporter = DiagnosticReporter()
        let log = RebuildLog(reporter: reporter)
        let session: PreviewSession
        do {
            session = try PreviewSession(inputs: input.siteInputs, host: host, port: port, polling: poll) {
                log.rebuilt($0)
            }
        } catch {
            reporter.report(error.description)
            throw ExitCode.failure
        }
        log.built(session.firstBuild)
        let interrupt = Interrupt.listen()
        let watching = session.pollingInterval.map { " (scanned every \($0) ms)" } ?? ""
        reporter.say("Serving \(session.address)")
        let theme =
            FileManager.default.fileExists(atPath: input.templates)
            ? "\(input.templates)/" : "\(input.templates)/ (not there: the built-in theme)"
        reporter.say("Watching \(input.content)/ and \(theme)\(watching); Ctrl-C stops.")
        if session.firstBuild.site?.asksForSearch == true {
            reporter.say("Search is not live in this preview (no index is made in memory): `sitegen build` makes it.")
        }
        await withDiscardingTaskGroup { group in
            group.addTask { await session.run() }
            await interrupt.wait()
            group.cancelAll()
        }
        reporter.say("Stopped.")
    }
}
