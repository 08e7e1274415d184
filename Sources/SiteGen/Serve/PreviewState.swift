import Dispatch

/// A previewed site as it is on disk now, held in memory: the roadmap files as read and the
/// site resolved from them, each roadmap's rendered body, the problems found, and every file of
/// the site. The first build is the pipeline's render into a `MemorySink`; rebuilds change only
/// the parts a change touches (see the extensions), with the same renderer.
///
/// The state follows the files even while they have errors; the last site without errors is
/// kept apart, by whoever serves it.
struct PreviewState: Sendable {
    /// What the site is made of.
    let inputs: SiteInputs
    /// The site settings.
    var config: SiteConfig
    /// The theme; nil while a template has an error.
    var theme: Theme?
    /// The problems of the theme.
    var themeDiagnostics: [Diagnostic]
    /// The load-stage problems that belong to no roadmap of the site (site.yml, drafts, folders).
    var siteDiagnostics: [Diagnostic]
    /// The load-stage problems of each roadmap file of the site, by the file's path.
    var fileDiagnostics: [String: [Diagnostic]]
    /// The roadmap files as read, and the site resolved from them.
    var content: LoadedContent
    /// Each roadmap's rendered body and the files of its pages.
    var roadmaps: [Slug: PreviewRoadmap]
    /// The site's files by path: every page, the site-wide files and the theme's assets.
    var site: [String: [UInt8]]
    /// The paths in `site` of each site-wide file.
    var siteFilePaths: [SiteWideFile: [String]] = [:]
    /// The paths in `site` of the theme's assets.
    var assetPaths: [String] = []
    /// The problems with the theme's assets.
    var assetDiagnostics: [Diagnostic] = []

    /// Every problem of the current files.
    var diagnostics: Diagnostics {
        var all = Diagnostics(siteDiagnostics + themeDiagnostics + assetDiagnostics)
        for (_, problems) in fileDiagnostics { all.append(contentsOf: problems) }
        for (_, roadmap) in roadmaps { all.append(contentsOf: roadmap.diagnostics) }
        return all
    }

    /// Loads and renders the whole site, as a build does; nil, with every problem, when the
    /// theme or the content has an error that stops the build before rendering.
    static func build(_ inputs: SiteInputs) -> (PreviewState?, Diagnostics) {
        let loaded = LoadedSite.load(inputs, keepingFiles: true)
        guard let renderer = loaded.renderer() else {
            var all = loaded.diagnostics
            for roadmap in loaded.checkBodies() { all.append(contentsOf: roadmap.diagnostics) }
            return (nil, all)
        }
        let roadmapPaths = Set(loaded.content.site.roadmaps.map(\.source.path))
        var fileDiagnostics: [String: [Diagnostic]] = [:]
        var siteDiagnostics: [Diagnostic] = []
        // Problems in a roadmap's folder are kept by file too, so that an edit there replaces them.
        let folders = Set(loaded.content.topics.keys.map { FilePaths.join(inputs.roadmapsDirectory, $0.value) + "/" })
        func isInFolder(_ file: String) -> Bool { folders.contains { file.hasPrefix($0) } }
        for diagnostic in loaded.contentDiagnostics {
            if roadmapPaths.contains(diagnostic.file) || isInFolder(diagnostic.file) {
                fileDiagnostics[diagnostic.file, default: []].append(diagnostic)
            } else {
                siteDiagnostics.append(diagnostic)
            }
        }
        let memory = MemorySink()
        _ = renderer.render(into: memory)
        let built = memory.site
        let state = PreviewState(
            inputs: inputs, config: loaded.content.site.config, theme: renderer.theme,
            themeDiagnostics: loaded.themeDiagnostics, siteDiagnostics: siteDiagnostics,
            fileDiagnostics: fileDiagnostics, content: loaded.content, roadmaps: built.roadmaps, site: built.files,
            siteFilePaths: built.siteFilePaths, assetPaths: built.assetPaths, assetDiagnostics: built.assetDiagnostics)
        return (state, state.diagnostics)
    }

    /// The renderer of the current content with the current theme; nil while the theme has an
    /// error.
    var renderer: SiteRenderer? {
        theme.map { SiteRenderer(content: content, theme: $0) }
    }

    /// Renders the bodies of `roadmaps` (in parallel) with `renderer`, replacing the ones kept;
    /// their pages are laid out later.
    mutating func renderBodies(of roadmaps: [Roadmap], with bodies: RoadmapBodyLoader) {
        let results = ParallelResults<RenderedRoadmap>(count: roadmaps.count)
        DispatchQueue.concurrentPerform(iterations: roadmaps.count) { index in
            results.set(index, bodies.body(of: roadmaps[index]))
        }
        for (roadmap, rendered) in zip(roadmaps, results.values) {
            var kept = PreviewRoadmap(rendered)
            kept.pagePaths = self.roadmaps[roadmap.slug]?.pagePaths ?? []
            kept.filePaths = self.roadmaps[roadmap.slug]?.filePaths ?? []
            self.roadmaps[roadmap.slug] = kept
        }
    }

    /// Lays out again, all in parallel, the pages of the given roadmaps (from their kept bodies)
    /// and the given site-wide files, replacing their files; then the sitemap, when asked for or
    /// when a roadmap's pages are not the files they were (an FAQ page came or went). Returns the
    /// number of files laid out.
    @discardableResult
    mutating func layOut(_ slugs: [Slug], siteFiles: Set<SiteWideFile> = [], with renderer: SiteRenderer) -> Int {
        let siteContent = content.site
        let roadmapWork = slugs.compactMap { slug -> (Roadmap, RoadmapBody)? in
            guard let roadmap = siteContent.roadmapsBySlug[slug], let body = roadmaps[slug]?.body else { return nil }
            return (roadmap, body)
        }
        let siteWork = SiteWideFile.allCases.filter { siteFiles.contains($0) && $0 != .sitemap }
        let mapTopics = roadmaps.compactMapValues { $0.body?.mapTopics }
        let results = ParallelResults<[OutputFile]>(count: siteWork.count + roadmapWork.count)
        DispatchQueue.concurrentPerform(iterations: siteWork.count + roadmapWork.count) { index in
            guard index >= siteWork.count else {
                results.set(index, siteWork[index].render(with: renderer, roadmapPages: [:], mapTopics: mapTopics))
                return
            }
            let (roadmap, body) = roadmapWork[index - siteWork.count]
            results.set(index, renderer.pages(of: roadmap, body: body))
        }
        let files = results.values
        var written = files.reduce(0) { $0 + $1.count }
        for (kind, kindFiles) in zip(siteWork, files) {
            replace(siteFilePaths[kind] ?? [], with: kindFiles)
            siteFilePaths[kind] = kindFiles.map(\.path)
        }
        var pagesChanged = false
        for ((roadmap, body), pages) in zip(roadmapWork, files.dropFirst(siteWork.count)) {
            let paths = pages.map(\.path)
            pagesChanged = pagesChanged || paths != roadmaps[roadmap.slug]?.pagePaths
            replace(roadmaps[roadmap.slug]?.outputPaths ?? [], with: pages + body.files)
            roadmaps[roadmap.slug]?.pagePaths = paths
            roadmaps[roadmap.slug]?.filePaths = body.files.map(\.path)
            written += body.files.count
        }
        if siteFiles.contains(.sitemap) || pagesChanged {
            let sitemap = SiteWideFile.sitemap.render(
                with: renderer, roadmapPages: roadmaps.mapValues(\.pagePaths), mapTopics: mapTopics)
            replace(siteFilePaths[.sitemap] ?? [], with: sitemap)
            siteFilePaths[.sitemap] = sitemap.map(\.path)
            written += sitemap.count
        }
        return written
    }

    private mutating func replace(_ oldPaths: [String], with files: [OutputFile]) {
        for path in oldPaths { site[path] = nil }
        for file in files { site[file.path] = file.contents }
    }

    /// Reads the theme's assets again, replacing the ones kept; returns their number.
    @discardableResult
    mutating func reloadAssets() -> Int {
        let assets = inputs.themeSource.assets()
        for path in assetPaths { site[path] = nil }
        for file in assets.files { site[file.path] = file.contents }
        assetPaths = assets.files.map(\.path)
        assetDiagnostics = assets.problems
        return assets.files.count
    }
}
