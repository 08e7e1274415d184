import ArgumentParser
import SiteGen

/// The options every command that builds the site to a folder shares.
struct SiteOptions: ParsableArguments {
    @OptionGroup var input: InputOptions

    @Option(name: .long, help: ArgumentHelp("The folder the site is written to.", valueName: "DIR"))
    var output = "public"

    @Flag(name: .customLong("warnings-as-errors"), help: "Fail on any warning (for strict CI).")
    var warningsAsErrors = false

    /// The build options these flags describe.
    var buildOptions: BuildOptions {
        BuildOptions(
            contentDirectory: input.content, templatesDirectory: input.templates, outputDirectory: output,
            includeDrafts: input.drafts, baseURLOverride: input.baseURL, warningsAsErrors: warningsAsErrors)
    }
}
