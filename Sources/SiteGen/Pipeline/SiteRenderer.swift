import Dispatch

/// Renders a loaded site, and is the only code that does: every roadmap's body (its Markdown
/// read and parsed once) and pages, then the site-wide files, then the theme's assets, each
/// handed to a `SiteSink` as soon as it is made, so memory does not grow with the site.
struct SiteRenderer: Sendable {
    /// What a whole-site render did.
    struct Outcome: Sendable {
        /// The pages made (a roadmap folder's files, copied, are not pages).
        var pageCount = 0
        /// All files made, the theme's asset files included.
        var fileCount = 0
        /// The problems found in bodies, and any failure of the sink.
        var diagnostics: [Diagnostic] = []
    }

    let content: LoadedContent
    let theme: Theme
    /// Reads and renders each roadmap's body.
    let bodies: RoadmapBodyLoader
    private let paths: SitePaths
    private let context: PageContext

    /// A renderer of `content` with `theme`; `recordsLinks`: record the links of every body.
    init(content: LoadedContent, theme: Theme, recordsLinks: Bool = false) {
        self.content = content
        self.theme = theme
        bodies = RoadmapBodyLoader(content: content, recordsLinks: recordsLinks)
        paths = SitePaths(basePath: content.site.config.basePath)
        context = PageContext(config: content.site.config, paths: paths).summarizing(content.site.roadmaps)
    }

    private var site: SiteContent { content.site }

    /// Renders the whole site into `sink`: every roadmap (body and pages) in parallel, then the
    /// site-wide files one at a time, then the assets. Stops at the first site-wide file the sink
    /// cannot take.
    ///
    /// The site-wide files come after the roadmaps (the sitemap lists their pages), each handed
    /// over before the next is made, so the large ones are not in memory together, but for the
    /// index page and the sitemap, made at once. They do not render beside the roadmaps: both
    /// would count references to the same roadmap summaries from two threads, which made a 10k
    /// build slower.
    func render(into sink: some SiteSink) -> Outcome {
        let roadmaps = site.roadmaps
        // Each roadmap's sitemap addresses are worked out beside its pages, in parallel: after
        // every page was rendered, they were a second parallel pass of their own.
        let results = ParallelResults<
            (diagnostics: [Diagnostic], pageCount: Int, fileCount: Int, topics: [Slug], sitemap: [Sitemap.Entry])
        >(count: roadmaps.count)
        DispatchQueue.concurrentPerform(iterations: roadmaps.count) { index in
            var rendered = render(roadmaps[index])
            let sitemap = sitemapEntries(of: roadmaps[index], pages: rendered.pages.map(\.path))
            let pageCount = rendered.pages.count
            let fileCount = rendered.pages.count + rendered.files.count
            do throws(OutputError) {
                try sink.take(&rendered)
            } catch {
                rendered.diagnostics.append(
                    .error(error.description, at: SourceLocation(file: roadmaps[index].source.path)))
            }
            results.set(index, (rendered.diagnostics, pageCount, fileCount, rendered.body?.mapTopics ?? [], sitemap))
        }
        var outcome = Outcome()
        var sitemap: [[Sitemap.Entry]] = []
        var mapTopics: [Slug: [Slug]] = [:]
        sitemap.reserveCapacity(roadmaps.count)
        for (roadmap, result) in zip(roadmaps, results.values) {
            outcome.diagnostics.append(contentsOf: result.diagnostics)
            outcome.pageCount += result.pageCount
            outcome.fileCount += result.fileCount
            sitemap.append(result.sitemap)
            mapTopics[roadmap.slug] = result.topics
        }
        // The sitemap is written out on a thread of its own while the index page renders: each
        // was 10 ms of a topic corpus build on one thread, with the other core idle.
        let sitemapMade = BackgroundValue { [sitemap] in sitemapFiles(roadmapEntries: sitemap) }
        for kind in SiteWideFile.allCases {
            let files =
                kind == .sitemap ? sitemapMade.value : kind.render(with: self, roadmapPages: [:], mapTopics: mapTopics)
            for file in files {
                do throws(OutputError) {
                    try sink.take(file, of: kind)
                } catch {
                    outcome.diagnostics.append(.error(error.description, at: SourceLocation(file: sink.destination)))
                    return outcome
                }
                outcome.fileCount += 1
                if file.path.hasSuffix(".html") { outcome.pageCount += 1 }
            }
        }
        let assets = theme.source.assets()
        outcome.diagnostics.append(contentsOf: assets.problems)
        do throws(OutputError) {
            try sink.take(assets)
            outcome.fileCount += assets.files.count
        } catch {
            outcome.diagnostics.append(.error(error.description, at: SourceLocation(file: sink.destination)))
        }
        return outcome
    }

    /// Reads and renders one roadmap's body, and lays out its pages (and its folder's files
    /// beside them) when it could be read.
    func render(_ roadmap: Roadmap) -> RenderedRoadmap {
        var rendered = bodies.body(of: roadmap)
        if let body = rendered.body {
            rendered.pages = pages(of: roadmap, body: body)
            rendered.files = body.files
        }
        return rendered
    }

    /// The pages of `roadmap` laid out from its rendered body, in the order the sitemap lists them.
    func pages(of roadmap: Roadmap, body: RoadmapBody) -> [OutputFile] {
        RoadmapPages(content: site, theme: theme, context: context).render(
            roadmap, body: body, targets: content.mapTargets(for: roadmap.slug))
    }

    /// The index page; `mapTopics`: each roadmap's `RoadmapBody.mapTopics`.
    func indexFile(mapTopics: [Slug: [Slug]]) -> OutputFile {
        SitePages(content: site, theme: theme, context: context).index(mapTopics: mapTopics)
    }

    /// The 404 page.
    func notFoundFile() -> OutputFile {
        SitePages(content: site, theme: theme, context: context).notFound()
    }

    /// The sitemap (several files past 50,000 addresses): the index, then each roadmap's pages,
    /// each topic page with its own date; `roadmapPages` are the files of each roadmap's pages
    /// (`index.html` files: its folder's copied files are not pages).
    ///
    /// Each roadmap's addresses are worked out in parallel: on one thread, after every page was
    /// rendered, they were 0.9% of a topic corpus build's time that no other work overlapped.
    func sitemapFiles(roadmapPages: [Slug: [String]]) -> [OutputFile] {
        let roadmaps = site.roadmaps
        let results = ParallelResults<[Sitemap.Entry]>(count: roadmaps.count)
        DispatchQueue.concurrentPerform(iterations: roadmaps.count) { index in
            results.set(index, sitemapEntries(of: roadmaps[index], pages: roadmapPages[roadmaps[index].slug] ?? []))
        }
        return sitemapFiles(roadmapEntries: results.values)
    }

    /// The sitemap from each roadmap's addresses (`sitemapEntries`), in the site's roadmap order.
    private func sitemapFiles(roadmapEntries: [[Sitemap.Entry]]) -> [OutputFile] {
        var entries = [
            Sitemap.Entry(url: site.config.absoluteURL(forPath: paths.index), lastModified: site.lastUpdated)
        ]
        entries.reserveCapacity(1 + roadmapEntries.reduce(0) { $0 + $1.count })
        for roadmap in roadmapEntries { entries.append(contentsOf: roadmap) }
        return Sitemap.files(entries, config: site.config, paths: paths)
    }

    /// The sitemap's addresses of `roadmap`'s `pages`: a topic page with its topic's date, the
    /// others with the roadmap's. A topic page that repeats another topic's (its file is a link
    /// to that topic's file) is left out: the sitemap lists canonical addresses only.
    private func sitemapEntries(of roadmap: Roadmap, pages: [String]) -> [Sitemap.Entry] {
        let topics = content.publishedTopics(of: roadmap.slug)
        var topicDates: [String: Day] = [:]
        topicDates.reserveCapacity(topics.count)
        var repeated: Set<String> = []
        // By index: a `for` over the files would copy each (a dozen references) for two fields.
        for index in topics.indices {
            let file = paths.outputFile(forPage: paths.topic(topics[index].id))
            topicDates[file] = topics[index].updated
            if topics[index].linkedTopic != nil { repeated.insert(file) }
        }
        var entries: [Sitemap.Entry] = []
        entries.reserveCapacity(pages.count)
        for file in pages where !repeated.contains(file) {
            entries.append(
                Sitemap.Entry(
                    url: site.config.absoluteURL(forPath: paths.page(forOutputFile: file)),
                    lastModified: topicDates[file] ?? roadmap.updated))
        }
        return entries
    }

    /// The Atom feed.
    func feedFile() -> OutputFile {
        AtomFeed.file(site, paths: paths)
    }

    /// The robots file.
    func robotsFile() -> OutputFile {
        RobotsTxt.file(config: site.config, paths: paths)
    }
}
