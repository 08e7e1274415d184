import ArgumentParser

/// The `sitegen` command: builds learning-roadmap sites from Markdown.
@main
struct SitegenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Build a learning-roadmap site from content/ and templates/ into public/.",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
