import ArgumentParser
import Foundation
import SiteGen

/// The options that say what a site is made of, shared by every command that builds it.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content folder (site.yml and roadmaps/).", valueName: "DIR"))
    var content = "content"

    @Option(
        name: .customLong("templates"),
        help: ArgumentHelp(
            "Theme files that replace the built-in theme's files of the same name (default: templates, if it exists).",
            valueName: "DIR"))
    var templatesOption: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Replace site.yml's base_url.", valueName: "URL"))
    var baseURL: String?

    @Flag(name: .long, help: "Build roadmaps marked `draft: true` too.")
    var drafts = false

    /// The templates folder: the one given, else `templates` (which need not exist).
    var templates: String { templatesOption ?? "templates" }

    /// The site these flags describe.
    var siteInputs: SiteInputs {
        SiteInputs(
            contentDirectory: content, templatesDirectory: templates, includeDrafts: drafts, baseURLOverride: baseURL)
    }

    /// Refuses a `--templates` folder that is not there: a mistyped name would otherwise build
    /// with the built-in theme without a word.
    func validate() throws {
        var isDirectory: ObjCBool = false
        if let templatesOption,
            !FileManager.default.fileExists(atPath: templatesOption, isDirectory: &isDirectory)
                || !isDirectory.boolValue
        {
            throw ValidationError("--templates \(templatesOption): there is no such folder")
        }
    }
}
