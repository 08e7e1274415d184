import Dispatch
import Foundation

/// Runs the pipeline: load and check everything, render every page, write the site at once.
///
/// `build()` ends by swapping the new site in for the output folder; `check` and `serve` use
/// the same stages with other endings.
public struct SiteBuilder: Sendable {
    /// What the site is made of.
    public var inputs: SiteInputs
    /// The folder the site is written to.
    public var outputDirectory: String
    /// Whether any warning fails the build.
    public var warningsAsErrors: Bool

    /// A builder of `inputs` into `outputDirectory`.
    public init(inputs: SiteInputs, outputDirectory: String = "public", warningsAsErrors: Bool = false) {
        self.inputs = inputs
        self.outputDirectory = outputDirectory
        self.warningsAsErrors = warningsAsErrors
    }

    /// Builds the site into the output folder; on any error the output folder is left as it was.
    public func build() throws(BuildFailure) -> BuildReport {
        var diagnostics = Diagnostics()
        let lock = try lockOutput(into: &diagnostics)
        defer { lock.release() }
        let loaded = try loadInputs(into: &diagnostics)
        let staging = try createStaging(holding: lock, into: &diagnostics)
        let counts = write(loaded, to: staging, into: &diagnostics)
        if warningsAsErrors { diagnostics = diagnostics.promotingWarnings() }
        guard !diagnostics.hasErrors else {
            staging.discard()
            throw BuildFailure(diagnostics)
        }
        do {
            try staging.commit()
        } catch {
            staging.discard()
            diagnostics.error(error.description, at: SourceLocation(file: outputDirectory))
            throw BuildFailure(diagnostics)
        }
        return BuildReport(
            roadmapCount: loaded.content.site.roadmaps.count, pageCount: counts.pages, fileCount: counts.files,
            diagnostics: diagnostics)
    }

    /// The checked inputs of a build.
    struct Loaded: Sendable {
        var content: LoadedContent
        var theme: Theme
    }

    /// Loads the theme and the content; when either has an error, also checks the bodies of the
    /// roadmaps that could be read, so one run reports all. The theme is nil when it is unusable.
    func load(into diagnostics: inout Diagnostics) -> (content: LoadedContent, theme: Theme?) {
        let theme = Theme.load(directory: inputs.templatesDirectory, into: &diagnostics)
        let loader = ContentLoader(inputs: inputs)
        let content = loader.load(into: &diagnostics)
        if theme == nil || diagnostics.hasErrors {
            diagnostics.append(contentsOf: RoadmapBodyLoader(content: content).checkAll())
        }
        return (content, theme)
    }

    /// The loaded inputs; throws with every problem when there is an error.
    func loadInputs(into diagnostics: inout Diagnostics) throws(BuildFailure) -> Loaded {
        let (content, theme) = load(into: &diagnostics)
        guard let theme, !diagnostics.hasErrors else { throw BuildFailure(diagnostics) }
        return Loaded(content: content, theme: theme)
    }

    /// Renders and writes every file of the site into `staging`; returns the page and file counts.
    ///
    /// The site-wide files come after the roadmaps (the sitemap lists the FAQ pages), one at a
    /// time, each written as soon as it is rendered, so the large ones (index, sitemap, feed) are
    /// never in memory together. They do not render beside the roadmaps: both would count
    /// references to the same roadmap summaries from two threads, which made a 10k build slower.
    func write(_ loaded: Loaded, to staging: StagingDirectory, into diagnostics: inout Diagnostics) -> (
        pages: Int, files: Int
    ) {
        let renderer = SiteRenderer(content: loaded.content, theme: loaded.theme)
        let roadmapResults = renderer.renderRoadmaps { files throws(OutputError) in
            for file in files {
                try staging.createDirectory((file.path as NSString).deletingLastPathComponent)
                try staging.write(file)
            }
        }
        var pages = 0
        var faqSlugs: Set<Slug> = []
        for result in roadmapResults {
            diagnostics.append(contentsOf: result.diagnostics)
            pages += result.pageCount
            if result.hasFAQ { faqSlugs.insert(result.slug) }
        }
        var fileCount = pages
        let siteFiles = Self.write(SiteWideFile.allCases, with: renderer, to: staging, faqSlugs: faqSlugs)
        pages += siteFiles.pages
        fileCount += siteFiles.files
        if let error = siteFiles.error {
            diagnostics.error(error.description, at: SourceLocation(file: outputDirectory))
            return (pages, fileCount)
        }
        fileCount += copyAssets(to: staging, into: &diagnostics)
        return (pages, fileCount)
    }

    /// What writing some site-wide files did: HTML pages and files written, and the first error.
    struct SiteFilesResult: Sendable {
        var pages = 0
        var files = 0
        var error: OutputError?
    }

    /// Renders and writes the given site-wide files one at a time; stops at the first error.
    private static func write(
        _ kinds: [SiteWideFile], with renderer: SiteRenderer, to staging: StagingDirectory,
        faqSlugs: Set<Slug>
    ) -> SiteFilesResult {
        var result = SiteFilesResult()
        for kind in kinds {
            for file in kind.render(with: renderer, faqSlugs: faqSlugs) {
                do throws(OutputError) {
                    try staging.write(file)
                } catch {
                    result.error = error
                    return result
                }
                result.files += 1
                if file.path.hasSuffix(".html") { result.pages += 1 }
            }
        }
        return result
    }
}
