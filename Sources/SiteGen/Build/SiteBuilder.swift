import Foundation

/// `sitegen build`: takes the output folder's lock, loads and checks everything, renders every
/// page into a staging folder, and swaps it in for the output folder only when the whole build
/// succeeded.
public struct SiteBuilder: Sendable {
    /// What the site is made of.
    public var inputs: SiteInputs
    /// The folder the site is written to.
    public var outputDirectory: String
    /// Whether any warning fails the build.
    public var warningsAsErrors: Bool
    /// The environment Pagefind is looked for in (`PagefindLocator`) and its time limit read
    /// from (`SITEGEN_PAGEFIND_TIMEOUT`, seconds): the process's own, but in tests.
    var environment = ProcessInfo.processInfo.environment
    /// Whether `build` leaves what it loaded for the process's exit to take back, rather than
    /// freeing it piece by piece when it returns (as clang's `-disable-free` does): for a
    /// command that exits right after. Freeing a 10,000-topic site took 10-15 ms on one
    /// thread, after every page was written, about 1% of its build's wall time.
    public var leavesMemoryToExit = false

    /// A builder of `inputs` into `outputDirectory`.
    public init(inputs: SiteInputs, outputDirectory: String = "public", warningsAsErrors: Bool = false) {
        self.inputs = inputs
        self.outputDirectory = outputDirectory
        self.warningsAsErrors = warningsAsErrors
    }

    /// The Pagefind runs a stop ends (`stopSearchIndexing`): the process's own, but in tests.
    var searchRuns = PagefindProcesses.shared

    /// Builds the site into the output folder; on any error the output folder is left as it was.
    public func build() throws(BuildFailure) -> BuildReport {
        let searchGeneration = searchRuns.generation
        var diagnostics = Diagnostics()
        let lock = try lockOutput(into: &diagnostics)
        defer { lock.release() }
        let (site, renderer) = load(into: &diagnostics)
        guard let renderer else { throw BuildFailure(diagnostics) }
        let staging = try createStaging(holding: lock, into: &diagnostics)
        let outcome = renderer.render(into: StagingSink(staging: staging, destination: outputDirectory))
        diagnostics.append(contentsOf: outcome.diagnostics)
        if warningsAsErrors { diagnostics = diagnostics.promotingWarnings() }
        var searchPageCount: Int?
        if let search = site.content.site.config.search, !diagnostics.hasErrors {
            searchPageCount = indexSearch(
                in: staging.path, enabledAt: search, generation: searchGeneration, into: &diagnostics)
        }
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
        if leavesMemoryToExit { _ = Unmanaged.passRetained(LeftToExit((site, renderer))) }
        return BuildReport(
            roadmapCount: site.content.site.roadmaps.count, pageCount: outcome.pageCount,
            fileCount: outcome.fileCount, searchPageCount: searchPageCount,
            excludedDraftCount: site.content.excludedDraftCount, diagnostics: diagnostics)
    }

    /// Runs Pagefind on the staging folder (`PagefindRun`); returns the number of pages indexed,
    /// or nil with an error at `search: true` in site.yml when Pagefind is missing or fails, or
    /// was stopped (`stopSearchIndexing`) since the build started (`generation`).
    func indexSearch(
        in stagingFolder: String, enabledAt location: SourceLocation, generation: PagefindProcesses.Generation,
        into diagnostics: inout Diagnostics
    ) -> Int? {
        let executable: String
        switch PagefindLocator.locate(environment: environment) {
        case .success(let found): executable = found
        case .failure(let problem):
            diagnostics.error(
                "`search: true` needs Pagefind: \(problem.message)", at: location,
                hint: PagefindLocator.installHint(environment: environment))
            return nil
        }
        let run: PagefindRun.Outcome
        switch PagefindRun.timeout(environment: environment) {
        case .success(let timeout):
            run = PagefindRun(executable: executable).index(
                siteFolder: stagingFolder, timeout: timeout, runs: searchRuns, generation: generation)
        case .failure(let problem): run = .failed(problem)
        }
        switch run {
        case .indexed(let report): return report.pageCount
        case .stopped:
            diagnostics.error(
                "the build was interrupted before the search index was written; \(outputDirectory) is left as it was",
                at: location)
            return nil
        case .failed(let problem):
            diagnostics.error(
                "the search index could not be written: \(problem.message)", at: location,
                hint: problem.hint ?? "fix what Pagefind reports (\(executable)), or remove `search: true`")
            return nil
        }
    }

    /// Stops the builds under way, if any, where they index the site for search (`search:
    /// true`): ends Pagefind if it runs, and returns once it has exited; a build that has not
    /// reached it yet does not start it. Those builds fail, saying they were interrupted, and
    /// leave the output folder as it was; builds started after this call run as usual. For a
    /// SIGINT or SIGTERM handler, before it removes the staging folders.
    public static func stopSearchIndexing() {
        PagefindRun.terminateEveryRunning()
    }

    /// Loads the site, and its renderer when it can be rendered; when it cannot, also checks the
    /// bodies of the roadmaps that could be read, so that one run reports every problem.
    func load(into diagnostics: inout Diagnostics) -> (LoadedSite, SiteRenderer?) {
        let site = LoadedSite.load(inputs)
        diagnostics.append(contentsOf: site.diagnostics)
        let renderer = site.renderer()
        if renderer == nil {
            for roadmap in site.checkBodies() { diagnostics.append(contentsOf: roadmap.diagnostics) }
        }
        return (site, renderer)
    }
}

/// Values kept until the process exits (`SiteBuilder.leavesMemoryToExit`).
private final class LeftToExit<Value> {
    let value: Value
    init(_ value: Value) { self.value = value }
}
