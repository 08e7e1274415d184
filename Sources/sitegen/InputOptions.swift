import ArgumentParser
import SiteGen

/// The options that say what a site is made of, shared by every command that builds it.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content folder (site.yml and roadmaps/).", valueName: "DIR"))
    var content = "content"

    @Option(name: .long, help: ArgumentHelp("The theme folder.", valueName: "DIR"))
    var templates = "templates"

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Replace site.yml's base_url.", valueName: "URL"))
    var baseURL: String?

    @Flag(name: .long, help: "Build roadmaps marked `draft: true` too.")
    var drafts = false

    /// The site these flags describe.
    var siteInputs: SiteInputs {
        SiteInputs(
            contentDirectory: content, templatesDirectory: templates, includeDrafts: drafts, baseURLOverride: baseURL)
    }
}
