import ArgumentParser

/// The options of a command that builds the site into a folder.
struct SiteOptions: ParsableArguments {
    @OptionGroup var input: InputOptions

    @Option(name: .long, help: ArgumentHelp("The folder the site is written to.", valueName: "DIR"))
    var output = "public"

    @OptionGroup var strictness: StrictnessOptions
}
