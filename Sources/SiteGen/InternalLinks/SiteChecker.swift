import Foundation

/// `sitegen check`: the build's loading and validation, then a build into a temporary folder
/// whose internal links and fragments are all resolved. Nothing is written to the output folder.
public struct SiteChecker: Sendable {
    /// What the site is made of.
    public var inputs: SiteInputs
    /// The folder a build would write; it only names the built pages in messages.
    public var outputDirectory: String
    /// Whether any warning fails the check.
    public var warningsAsErrors: Bool

    /// A checker of `inputs`.
    public init(inputs: SiteInputs, outputDirectory: String = "public", warningsAsErrors: Bool = false) {
        self.inputs = inputs
        self.outputDirectory = outputDirectory
        self.warningsAsErrors = warningsAsErrors
    }

    /// What a check found, and the roadmap files it read (for the external link check).
    public struct Report: Sendable {
        /// Every problem found; the check passed when there is no error among them.
        public var diagnostics: Diagnostics
        /// The roadmap files of the site, loadable or not.
        public var roadmapFiles: [String]
    }

    /// Checks the site.
    public func check() -> Report {
        let builder = SiteBuilder(inputs: inputs, outputDirectory: outputDirectory)
        var diagnostics = Diagnostics()
        let (content, theme) = builder.load(into: &diagnostics)
        let roadmapFiles = content.site.roadmaps.map(\.source.path)
        guard let theme, !diagnostics.hasErrors else {
            return Report(diagnostics: diagnostics, roadmapFiles: roadmapFiles)
        }
        let loaded = SiteBuilder.Loaded(content: content, theme: theme)
        let scratch = NSTemporaryDirectory() + "/sitegen-check-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let staging: StagingDirectory
        do {
            staging = try StagingDirectory.create(for: scratch + "/public")
        } catch {
            diagnostics.error(error.description, at: SourceLocation(file: scratch))
            return Report(diagnostics: diagnostics, roadmapFiles: roadmapFiles)
        }
        _ = builder.write(loaded, to: staging, into: &diagnostics)
        diagnostics.append(contentsOf: linkProblems(in: staging.path, content: loaded.content))
        staging.discard()
        return Report(
            diagnostics: warningsAsErrors ? diagnostics.promotingWarnings() : diagnostics,
            roadmapFiles: roadmapFiles)
    }

    /// Broken internal links and fragments of the site built in `directory`: those written in a
    /// roadmap's Markdown at their line there, the rest (from templates) at the built page's.
    func linkProblems(in directory: String, content: LoadedContent) -> [Diagnostic] {
        let check = InternalLinkCheck(siteDirectory: directory, basePath: content.site.config.basePath)
        var diagnostics: [Diagnostic] = []
        var reportedInContent: Set<String> = []
        for link in ContentLinks.find(in: content) {
            let page = link.slug.value + "/index.html"
            reportedInContent.insert(link.slug.value + " " + link.resolved)
            guard let problem = check.problem(with: link.resolved, on: page) else { continue }
            diagnostics.append(
                .error(
                    problem.replacing(Excerpt.quoted(link.resolved), with: Excerpt.quoted(link.written)),
                    at: link.location,
                    hint: link.written == link.resolved
                        ? nil : "on the built page it is \(Excerpt.quoted(link.resolved))"))
        }
        for problem in check.problems() {
            let slug = problem.page.split(separator: "/").first.map(String.init) ?? ""
            if reportedInContent.contains(slug + " " + problem.reference.url) { continue }
            diagnostics.append(
                .error(
                    problem.message,
                    at: SourceLocation(
                        file: FilePaths.join(outputDirectory, problem.page), line: problem.reference.line,
                        column: problem.reference.column),
                    hint: InternalLinkCheck.hint(for: problem.page)))
        }
        return diagnostics
    }
}
