import Dispatch

/// Keeps a site built in memory for `sitegen serve` and brings it up to date with the files
/// that changed, rebuilding as little as it can.
///
/// An edit to a roadmap lays out again only the pages that show it; an edit to a template,
/// only the pages whose templates use it; an edit to an asset, only the assets. Anything else
/// (site.yml, a roadmap added or removed, a roadmap whose front matter no longer parses) builds
/// the whole site again, as `sitegen build` would.
public struct PreviewBuilder: Sendable {
    /// What the site is made of.
    public let inputs: SiteInputs
    private var state: PreviewState?

    /// A builder that has built nothing yet.
    public init(inputs: SiteInputs) {
        self.inputs = inputs
    }

    /// Builds the whole site again.
    public mutating func rebuildAll() -> PreviewRebuild {
        let start = DispatchTime.now()
        let (built, diagnostics) = PreviewState.build(inputs)
        state = built
        return PreviewRebuild(
            isFull: true, filesRendered: built?.site.count ?? 0, diagnostics: diagnostics,
            site: diagnostics.hasErrors ? nil : built.map(Self.servedFiles),
            excludedDraftCount: built?.content.excludedDraftCount ?? 0, start: start)
    }

    /// Brings the site up to date with the files at `paths` (absolute), which changed; nil when
    /// none of them is part of the site.
    public mutating func apply(changedPaths paths: Set<String>) -> PreviewRebuild? {
        var changes = Set(paths.compactMap { PreviewChange.of($0, inputs: inputs) })
        if let state, !state.diagnostics.hasErrors { changes.remove(.vanished) }
        guard !changes.isEmpty else { return nil }
        let start = DispatchTime.now()
        guard var next = state, changes.isDisjoint(with: [.structure, .vanished]) else { return rebuildAll() }
        var written = 0
        var roadmaps: Set<Slug> = []
        var folders: Set<Slug> = []
        var templates: Set<String>? = []
        var assets = false
        for change in changes {
            switch change {
            case .roadmap(let slug): roadmaps.insert(slug)
            case .topics(let slug): folders.insert(slug)
            case .template(let name): templates = name.flatMap { templates?.union([$0]) }
            case .asset: assets = true
            case .structure, .vanished: break
            }
        }
        // Folders first: a roadmap edited with them renders its body again with their topics.
        if !folders.isEmpty {
            guard let count = next.update(topicsOf: folders) else { return rebuildAll() }
            written += count
        }
        if !roadmaps.isEmpty {
            guard let count = next.update(roadmaps: roadmaps) else { return rebuildAll() }
            written += count
        }
        if templates != [] { written += next.reloadTheme(changed: templates) }
        if assets { written += next.reloadAssets() }
        state = next
        let diagnostics = next.diagnostics
        return PreviewRebuild(
            isFull: false, filesRendered: written, diagnostics: diagnostics,
            site: diagnostics.hasErrors ? nil : Self.servedFiles(next),
            excludedDraftCount: next.content.excludedDraftCount, start: start)
    }

    private static func servedFiles(_ state: PreviewState) -> SiteFiles {
        SiteFiles(files: state.site, basePath: state.config.basePath, asksForSearch: state.config.search != nil)
    }
}

/// What one rebuild of the preview did.
public struct PreviewRebuild: Sendable {
    /// Whether the whole site was built again.
    public var isFull: Bool
    /// The files rendered or read again.
    public var filesRendered: Int
    /// Every problem of the site as it is now.
    public var diagnostics: Diagnostics
    /// The site, when it has no errors; nil otherwise (the last good site is to be kept).
    public var site: SiteFiles?
    /// The draft roadmaps and topics left out of the site (0 when it is built with drafts),
    /// counted as a build's (`BuildReport.excludedDraftCount`).
    public var excludedDraftCount: Int
    /// How long the rebuild took, in milliseconds.
    public var milliseconds: Double

    init(
        isFull: Bool, filesRendered: Int, diagnostics: Diagnostics, site: SiteFiles?, excludedDraftCount: Int,
        start: DispatchTime
    ) {
        self.isFull = isFull
        self.filesRendered = filesRendered
        self.diagnostics = diagnostics
        self.site = site
        self.excludedDraftCount = excludedDraftCount
        milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
    }
}
