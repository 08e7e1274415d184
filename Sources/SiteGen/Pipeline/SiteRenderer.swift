import Dispatch
import Foundation

/// Renders a loaded site: every roadmap's pages in parallel (each roadmap's body read, rendered
/// and handed to the writer, so memory does not grow with the site), then the site-wide files.
struct SiteRenderer: Sendable {
    /// What rendering one roadmap produced, besides its files.
    struct RoadmapResult: Sendable {
        var slug: Slug
        var hasFAQ: Bool
        var pageCount: Int
        var diagnostics: [Diagnostic]
    }

    let content: LoadedContent
    let theme: Theme
    private let paths: SitePaths
    private let context: PageContext

    /// A renderer of `content` with `theme`.
    init(content: LoadedContent, theme: Theme) {
        self.content = content
        self.theme = theme
        paths = SitePaths(basePath: content.site.config.basePath)
        context = PageContext(config: content.site.config, paths: paths).summarizing(content.site.roadmaps)
    }

    private var site: SiteContent { content.site }

    /// Renders every roadmap, calling `write` with each roadmap's files (from several threads).
    func renderRoadmaps(write: @Sendable @escaping ([OutputFile]) throws(OutputError) -> Void) -> [RoadmapResult] {
        let roadmaps = site.roadmaps
        let results = ParallelResults<RoadmapResult>(count: roadmaps.count)
        DispatchQueue.concurrentPerform(iterations: roadmaps.count) { index in
            let roadmap = roadmaps[index]
            var (files, result) = render(roadmap)
            do throws(OutputError) {
                try write(files)
            } catch {
                result.diagnostics.append(.error(error.description, at: SourceLocation(file: roadmap.source.path)))
            }
            files.removeAll()
            results.set(index, result)
        }
        return results.values
    }

    /// Reads, renders and lays out one roadmap.
    func render(_ roadmap: Roadmap) -> ([OutputFile], RoadmapResult) {
        let (body, diagnostics) = RoadmapBodyLoader(content: content).body(of: roadmap)
        guard let body else {
            return ([], RoadmapResult(slug: roadmap.slug, hasFAQ: false, pageCount: 0, diagnostics: diagnostics))
        }
        let files = RoadmapPages(content: site, theme: theme, context: context).render(roadmap, body: body)
        return (
            files,
            RoadmapResult(slug: roadmap.slug, hasFAQ: body.faq != nil, pageCount: files.count, diagnostics: diagnostics)
        )
    }

    /// The index page.
    func indexFile() -> OutputFile {
        SitePages(content: site, theme: theme, context: context).index()
    }

    /// The 404 page.
    func notFoundFile() -> OutputFile {
        SitePages(content: site, theme: theme, context: context).notFound()
    }

    /// The sitemap (several files past 50,000 addresses); `faqSlugs` are the roadmaps with an FAQ page.
    func sitemapFiles(faqSlugs: Set<Slug>) -> [OutputFile] {
        var entries = [
            Sitemap.Entry(url: site.config.absoluteURL(forPath: paths.index), lastModified: site.lastUpdated)
        ]
        for roadmap in site.roadmaps {
            var pagePaths = [paths.roadmap(roadmap.slug)]
            if faqSlugs.contains(roadmap.slug) { pagePaths.append(paths.faq(roadmap.slug)) }
            pagePaths.append(paths.related(roadmap.slug))
            for path in pagePaths {
                entries.append(
                    Sitemap.Entry(url: site.config.absoluteURL(forPath: path), lastModified: roadmap.updated))
            }
        }
        return Sitemap.files(entries, config: site.config, paths: paths)
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
