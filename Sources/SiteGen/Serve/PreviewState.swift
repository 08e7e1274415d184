import Dispatch

/// A previewed site as it is on disk now, held in memory: the roadmaps' front matter and the
/// library that relates them, each roadmap's rendered body, the problems found, and every file
/// of the site. Rebuilds change only the parts a change touches (see the extensions).
///
/// The state follows the files even while they have errors; the last site without errors is
/// kept apart, by whoever serves it.
struct PreviewState: Sendable {
    /// What is built.
    let options: PreviewOptions
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
    /// The front matter of every roadmap of the site, by slug.
    var files: [Slug: RoadmapFile]
    /// The related roadmaps, resolved from `files`.
    var content: LoadedContent
    /// Each roadmap's rendered body and pages.
    var roadmaps: [Slug: RenderedRoadmap]
    /// The site's files by path: every page, the site-wide files and the theme's assets.
    var site: [String: [UInt8]]
    /// The paths in `site` of the index, 404 page, sitemap, feed and robots file.
    var siteFilePaths: [String] = []
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
    static func build(_ options: PreviewOptions) -> (PreviewState?, Diagnostics) {
        var themeDiagnostics = Diagnostics()
        let theme = Theme.load(directory: options.templatesDirectory, into: &themeDiagnostics)
        var loadDiagnostics = Diagnostics()
        let content = options.loader.load(into: &loadDiagnostics)
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
            options: options, config: content.site.config, theme: theme, themeDiagnostics: themeDiagnostics.all,
            siteDiagnostics: siteDiagnostics, fileDiagnostics: fileDiagnostics,
            files: Dictionary(uniqueKeysWithValues: content.site.roadmaps.map { ($0.slug, RoadmapFile(resolved: $0)) }),
            content: content, roadmaps: [:], site: [:])
        state.renderBodies(of: content.site.roadmaps)
        state.layOut(content.site.roadmaps.map(\.slug))
        state.layOutSiteFiles()
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

    /// Lays out the pages of the given roadmaps again from their kept bodies (in parallel),
    /// replacing their files; returns the number of files written. Needs the theme.
    @discardableResult
    mutating func layOut(_ slugs: [Slug]) -> Int {
        guard let theme else { return 0 }
        let siteContent = content.site
        let pages = RoadmapPages(
            content: siteContent, theme: theme,
            context: PageContext(config: siteContent.config, paths: SitePaths(basePath: siteContent.config.basePath)))
        let work = slugs.compactMap { slug -> (Roadmap, RoadmapBody)? in
            guard let roadmap = siteContent.roadmapsBySlug[slug], let body = roadmaps[slug]?.body else { return nil }
            return (roadmap, body)
        }
        let results = ParallelResults<[OutputFile]>(count: work.count)
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            results.set(index, pages.render(work[index].0, body: work[index].1))
        }
        var written = 0
        for ((roadmap, _), files) in zip(work, results.values) {
            for path in roadmaps[roadmap.slug]?.outputPaths ?? [] { site[path] = nil }
            for file in files { site[file.path] = file.contents }
            roadmaps[roadmap.slug]?.outputPaths = files.map(\.path)
            written += files.count
        }
        return written
    }

    /// Lays out the index, 404 page, sitemap, feed and robots file again; returns their number.
    /// Needs the theme.
    @discardableResult
    mutating func layOutSiteFiles() -> Int {
        guard let theme else { return 0 }
        let faqSlugs = Set(roadmaps.filter { $0.value.hasFAQ }.map(\.key))
        let files = SiteRenderer(content: content, theme: theme).siteFiles(faqSlugs: faqSlugs)
        for path in siteFilePaths { site[path] = nil }
        for file in files { site[file.path] = file.contents }
        siteFilePaths = files.map(\.path)
        return files.count
    }

    /// Reads the theme's assets again, replacing the ones kept; returns their number.
    @discardableResult
    mutating func reloadAssets() -> Int {
        let (assets, problems) = ThemeAssets.read(
            directory: FilePaths.join(options.templatesDirectory, "assets"), prefix: "assets/")
        for path in assetPaths { site[path] = nil }
        for (path, bytes) in assets { site[path] = bytes }
        assetPaths = assets.keys.sorted()
        assetDiagnostics = problems
        return assets.count
    }
}

extension RoadmapFile {
    /// The front matter of a roadmap that was loaded and resolved without errors, rebuilt from
    /// the roadmap: its `related` list names only the roadmaps it resolved to.
    init(resolved roadmap: Roadmap) {
        self.init(
            slug: roadmap.slug, title: roadmap.title, level: roadmap.level, description: roadmap.description,
            related: roadmap.related.map {
                RelatedEntry(text: $0.value, location: SourceLocation(file: roadmap.source.path))
            },
            updated: roadmap.updated, updatedSource: roadmap.updatedSource, isDraft: roadmap.isDraft,
            source: roadmap.source)
    }
}
