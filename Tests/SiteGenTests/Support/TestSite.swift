import Foundation

@testable import SiteGen

/// A site in a temporary folder: content written by the test, the project's default theme.
struct TestSite {
    /// The site's root folder.
    let root: String

    /// A site with `site.yml` and the given roadmap files (by slug or file name).
    init(
        siteYML: String = "title: Test Roadmaps\nbase_url: https://example.org/\n",
        roadmaps: [String: String] = [:]
    ) {
        root = TestFiles.temporaryDirectory()
        TestFiles.write(siteYML, to: content + "/site.yml")
        try! FileManager.default.createDirectory(atPath: content + "/roadmaps", withIntermediateDirectories: true)
        for (name, text) in roadmaps {
            addRoadmap(name, text)
        }
    }

    var content: String { root + "/content" }
    var output: String { root + "/public" }
    var templates: String { TestFiles.defaultTheme }

    /// The path of a roadmap file; `name` without an extension gets `.md`.
    func roadmapPath(_ name: String) -> String {
        content + "/roadmaps/" + (name.contains(".") ? name : name + ".md")
    }

    /// Writes a roadmap file.
    func addRoadmap(_ name: String, _ text: String) {
        TestFiles.write(text, to: roadmapPath(name))
    }

    /// Copies the default theme into the site's own `templates/` folder, for a test to change;
    /// returns the folder.
    func copyTheme() -> String {
        let copy = root + "/templates"
        TestFiles.copy(templates, to: copy)
        return copy
    }

    /// A builder of this site into `output`, with the default theme unless `templates` is given.
    func builder(output: String? = nil, drafts: Bool = false, templates: String? = nil) -> SiteBuilder {
        SiteBuilder(
            inputs: SiteInputs(
                contentDirectory: content, templatesDirectory: templates ?? self.templates, includeDrafts: drafts),
            outputDirectory: output ?? self.output)
    }

    /// Builds the site; returns the diagnostics printed as a user sees them (paths relative to
    /// the site's root), and whether the build succeeded.
    @discardableResult
    func build(output: String? = nil, drafts: Bool = false, templates: String? = nil) -> (
        succeeded: Bool, messages: [String]
    ) {
        do {
            let report = try builder(output: output, drafts: drafts, templates: templates).build()
            return (true, format(report.diagnostics))
        } catch {
            return (false, format(error.diagnostics))
        }
    }

    /// Checks the site as `sitegen check` does; returns the diagnostics as `format` prints them.
    func check(drafts: Bool = false) async -> [String] {
        format(
            await SiteChecker(
                inputs: SiteInputs(contentDirectory: content, templatesDirectory: templates, includeDrafts: drafts)
            ).check().diagnostics)
    }

    /// Diagnostics as `path:line:column: severity: message` lines, relative to the site's root.
    func format(_ diagnostics: Diagnostics) -> [String] {
        let formatter = DiagnosticFormatter(workingDirectory: root)
        return diagnostics.sorted.map { formatter.compilerStyle($0).split(separator: "\n")[0].description }
    }

    /// The text of a built file.
    func page(_ relativePath: String) -> String {
        TestFiles.read(output + "/" + relativePath)
    }
}

/// A roadmap file with the given front matter lines and body.
func roadmapFile(_ frontMatter: String, body: String = "## Steps\n\n1. Learn.\n") -> String {
    "---\n" + frontMatter + "\n---\n" + body
}
