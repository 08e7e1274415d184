import ArgumentParser
import SiteGen

/// The options every command that builds the site shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content folder (site.yml and roadmaps/).", valueName: "DIR"))
    var content = "content"

    @Option(name: .long, help: ArgumentHelp("The theme folder.", valueName: "DIR"))
    var templates = "templates"

    @Option(name: .long, help: ArgumentHelp("The folder the site is written to.", valueName: "DIR"))
    var output = "public"

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Replace site.yml's base_url.", valueName: "URL"))
    var baseURL: String?

    @Flag(name: .long, help: "Build roadmaps marked `draft: true` too.")
    var drafts = false

    @Flag(name: .customLong("warnings-as-errors"), help: "Fail on any warning (for strict CI).")
    var warningsAsErrors = false

    /// The build options these flags describe.
    var buildOptions: BuildOptions {
        BuildOptions(
            contentDirectory: content, templatesDirectory: templates, outputDirectory: output, includeDrafts: drafts,
            baseURLOverride: baseURL, warningsAsErrors: warningsAsErrors)
    }
}
