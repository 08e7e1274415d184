import Dispatch

/// A previewed site as it is on disk now, held in memory: the roadmaps' front matter and the
/// library that relates them, each roadmap's rendered body, the problems found, and every file
/// of the site. Rebuilds change only the parts a change touches (see the extensions).
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
    /// Each roadmap's rendered body and pages.
    var roadmaps: [Slug: RenderedRoadmap]
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
        var themeDiagnostics = Diagnostics()
        let theme = Theme.load(directory: inputs.templatesDirectory, into: &themeDiagnostics)
        var loadDiagnostics = Diagnostics()
        let content = ContentLoader(inputs: inputs).load(into: &loadDiagnostics)
        guard let theme, !loadDiagnostics.hasErrors else {
            var all = themeDiagnostics
            all.append(contentsOf: loadDiagnostics)
            all.append(contentsOf: RoadmapBodyLoader(content: content).checkAll())
            return (nil, all)
        }
        let roadmapPaths = Set(content.site.roadmaps.map(\.source.path))
        var fileDiagnostics: [String: [Diagnostic]] = [:]
        var siteDiagnostics: [Diagnostic] = []
        for diagnostic in loadDiagnostics.all {
            if roadmapPaths.contains(diagnostic.file) {
                fileDiagnostics[diagnostic.file, default: []].append(diagnostic)
            } else {
                siteDiagnostics.append(diagnostic)
            }
        }
        var state = PreviewState(
            inputs: inputs, config: content.site.config, theme: theme, themeDiagnostics: themeDiagnostics.all,
            siteDiagnostics: siteDiagnostics, fileDiagnostics: fileDiagnostics,
            content: content, roadmaps: [:], site: [:])
        state.renderBodies(of: content.site.roadmaps)
        state.layOut(content.site.roadmaps.map(\.slug), siteFiles: Set(SiteWideFile.allCases))
        state.reloadAssets()
        return (state, state.diagnostics)
    }

    /// Renders the bodies of `roadmaps` (in parallel), replacing the ones kept.
    mutating func renderBodies(of roadmaps: [Roadmap]) {
        let content = self.content
        let results = ParallelResults<RenderedRoadmap>(count: roadmaps.count)
        DispatchQueue.concurrentPerform(iterations: roadmaps.count) { index in
            results.set(index, RenderedRoadmap.render(roadmaps[index], in: content))
        }
        for (roadmap, var rendered) in zip(roadmaps, results.values) {
            rendered.outputPaths = self.roadmaps[roadmap.slug]?.outputPaths ?? []
            self.roadmaps[roadmap.slug] = rendered
        }
    }

    /// Lays out again, all in parallel, the pages of the given roadmaps (from their kept bodies)
    /// and the given site-wide files, replacing their files; returns the number of files laid
    /// out. Needs the theme.
    @discardableResult
    mutating func layOut(_ slugs: [Slug], siteFiles: Set<SiteWideFile> = []) -> Int {
        guard let theme else { return 0 }
        let siteContent = content.site
        let pages = RoadmapPages(
            content: siteContent, theme: theme,
            context: PageContext(config: siteContent.config, paths: SitePaths(basePath: siteContent.config.basePath)))
        let renderer = SiteRenderer(content: content, theme: theme)
        let faqSlugs = siteFiles.contains(.sitemap) ? Set(roadmaps.filter { $0.value.hasFAQ }.map(\.key)) : []
        let roadmapWork = slugs.compactMap { slug -> (Roadmap, RoadmapBody)? in
            guard let roadmap = siteContent.roadmapsBySlug[slug], let body = roadmaps[slug]?.body else { return nil }
            return (roadmap, body)
        }
        let siteWork = SiteWideFile.allCases.filter(siteFiles.contains)
        let results = ParallelResults<[OutputFile]>(count: siteWork.count + roadmapWork.count)
        DispatchQueue.concurrentPerform(iterations: siteWork.count + roadmapWork.count) { index in
            guard index >= siteWork.count else {
                results.set(index, siteWork[index].render(with: renderer, faqSlugs: faqSlugs))
                return
            }
            let (roadmap, body) = roadmapWork[index - siteWork.count]
            results.set(index, pages.render(roadmap, body: body))
        }
        let files = results.values
        for (kind, kindFiles) in zip(siteWork, files) {
            replace(siteFilePaths[kind] ?? [], with: kindFiles)
            siteFilePaths[kind] = kindFiles.map(\.path)
        }
        for ((roadmap, _), roadmapFiles) in zip(roadmapWork, files.dropFirst(siteWork.count)) {
            replace(roadmaps[roadmap.slug]?.outputPaths ?? [], with: roadmapFiles)
            roadmaps[roadmap.slug]?.outputPaths = roadmapFiles.map(\.path)
        }
        return files.reduce(0) { $0 + $1.count }
    }

    private mutating func replace(_ oldPaths: [String], with files: [OutputFile]) {
        for path in oldPaths { site[path] = nil }
        for file in files { site[file.path] = file.contents }
    }

    /// Reads the theme's assets again, replacing the ones kept; returns their number.
    @discardableResult
    mutating func reloadAssets() -> Int {
        let (assets, problems) = ThemeAssets.read(templatesDirectory: inputs.templatesDirectory, prefix: "assets/")
        for path in assetPaths { site[path] = nil }
        for (path, bytes) in assets { site[path] = bytes }
        assetPaths = assets.keys.sorted()
        assetDiagnostics = problems
        return assets.count
    }
}
