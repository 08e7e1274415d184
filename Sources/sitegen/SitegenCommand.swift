import ArgumentParser
import SiteGen

/// The `sitegen` command: builds learning-roadmap sites from Markdown.
@main
struct SitegenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Build a learning-roadmap site from content/ and templates/ into public/.",
        version: SiteGenVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, InitCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    /// Runs the command line; a first word that is no command is refused with the closest
    /// command's name, rather than taken as an argument of the default command.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, let message = unknownCommandMessage(first) {
            exit(withError: ValidationError(message))
        }
        await main(arguments)
    }

    /// What to say about `word` as the first argument, or nil when it is an option or a command.
    static func unknownCommandMessage(_ word: String) -> String? {
        let names = configuration.subcommands.compactMap { $0.configuration.commandName }
        guard !word.hasPrefix("-"), !names.contains(word), word != "help" else { return nil }
        let suggestion = Suggestion.closest(to: word, in: names).map { " Did you mean `\($0)`?" } ?? ""
        return "`\(word)` is not a sitegen command.\(suggestion) The commands are \(names.joined(separator: ", "))."
    }
}
