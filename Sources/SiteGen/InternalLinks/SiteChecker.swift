/// `sitegen check`: the build's loading and rendering, ending in a collector instead of a
/// folder: every internal link and fragment of the rendered pages is resolved against the pages
/// in memory, and, when asked, every http(s) link written in the content is checked. Nothing is
/// written, and each body is parsed once.
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

    /// What a check found.
    public struct Report: Sendable {
        /// Every problem found, warnings made errors when asked; the check passed when there is
        /// no error among them.
        public var diagnostics: Diagnostics
        /// What checking the external links found and asked; nil when they were not checked.
        public var external: ExternalLinkReport?
        /// The draft roadmaps and topics left out of the check (0 with drafts), counted as a
        /// build's (`BuildReport.excludedDraftCount`).
        public var excludedDraftCount = 0
    }

    /// Checks the site, and with `external` the http(s) links written in its roadmaps (those the
    /// site is built from; drafts only when they are part of it).
    public func check(external: ExternalLinkChecker? = nil) async -> Report {
        let (diagnostics, externalLinks, excludedDraftCount) = checkInternalLinks(
            recordingExternalLinks: external != nil)
        var report = Report(diagnostics: diagnostics, excludedDraftCount: excludedDraftCount)
        if let external {
            let checked = await external.check(externalLinks)
            report.external = checked
            report.diagnostics.append(
                contentsOf: warningsAsErrors ? checked.diagnostics.promotingWarnings() : checked.diagnostics)
        }
        return report
    }

    /// The site's problems up to its internal links, the external links written in its roadmaps
    /// (none unless `recordingExternalLinks`), and the count of drafts left out.
    func checkInternalLinks(recordingExternalLinks: Bool = false) -> (Diagnostics, [ExternalLink], Int) {
        let site = LoadedSite.load(inputs)
        var diagnostics = site.diagnostics
        var externalLinks: [ExternalLink] = []
        if let renderer = site.renderer(recordsLinks: true) {
            let collector = LinkCollector(destination: outputDirectory)
            diagnostics.append(contentsOf: renderer.render(into: collector).diagnostics)
            let collected = collector.site
            diagnostics.append(contentsOf: linkProblems(in: collected, content: site.content))
            if recordingExternalLinks {
                for roadmap in site.content.site.roadmaps {
                    externalLinks += collected.bodyLinks[roadmap.slug]?.external ?? []
                }
            }
        } else {
            for roadmap in site.checkBodies(recordsLinks: recordingExternalLinks) {
                diagnostics.append(contentsOf: roadmap.diagnostics)
                externalLinks += roadmap.links.external
            }
        }
        return (
            warningsAsErrors ? diagnostics.promotingWarnings() : diagnostics, externalLinks,
            site.content.excludedDraftCount
        )
    }

    /// Broken internal links and fragments of the collected site: those written in a roadmap's
    /// Markdown at their line there, the rest (from templates) at the built page's.
    func linkProblems(in collected: LinkCollector.Site, content: LoadedContent) -> [Diagnostic] {
        let check = InternalLinkCheck(
            basePath: content.site.config.basePath, files: collected.files, pages: collected.pages)
        var diagnostics: [Diagnostic] = []
        // Keyed by roadmap and URL, percent-decoded: cmark-gfm writes `café.png` as `caf%C3%A9.png`.
        func key(_ slug: some StringProtocol, _ url: String) -> String {
            slug + " " + (url.removingPercentEncoding ?? url)
        }
        var reportedInContent: Set<String> = []
        for roadmap in content.site.roadmaps {
            let page = roadmap.slug.value + "/index.html"
            for url in collected.bodyLinks[roadmap.slug]?.reported ?? [] {
                reportedInContent.insert(key(roadmap.slug.value, url))
            }
            for link in collected.bodyLinks[roadmap.slug]?.site ?? [] {
                reportedInContent.insert(key(roadmap.slug.value, link.resolved))
                guard let problem = check.problem(with: link.resolved, on: page) else { continue }
                diagnostics.append(
                    .error(
                        problem.replacing(Excerpt.quoted(link.resolved), with: Excerpt.quoted(link.written)),
                        at: link.location,
                        hint: link.written == link.resolved
                            ? nil : "on the built page it is \(Excerpt.quoted(link.resolved))"))
            }
        }
        for problem in check.problems() {
            let slug = problem.page.split(separator: "/").first ?? ""
            if reportedInContent.contains(key(slug, problem.reference.url)) { continue }
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
