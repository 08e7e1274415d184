import Synchronization

/// `serve`'s sink: the rendered site in memory, every file by its path, with what the preview
/// keeps to rebuild parts of it later (each roadmap's body, which files each part made).
final class MemorySink: SiteSink {
    /// What was taken.
    struct Site: Sendable {
        /// Every file by its path in the site.
        var files: [String: [UInt8]] = [:]
        /// Each roadmap as the preview keeps it.
        var roadmaps: [Slug: PreviewRoadmap] = [:]
        /// The paths of each site-wide file.
        var siteFilePaths: [SiteWideFile: [String]] = [:]
        /// The paths of the theme's assets, sorted.
        var assetPaths: [String] = []
        /// The problems with the theme's assets.
        var assetDiagnostics: [Diagnostic] = []
    }

    private let taken = Mutex(Site())
    /// Memory is never full: nothing is reported at a destination.
    let destination = ""

    /// Everything taken so far.
    var site: Site { taken.withLock { $0 } }

    func take(_ roadmap: inout RenderedRoadmap) {
        let kept = PreviewRoadmap(roadmap)
        let pages = roadmap.pages + roadmap.files
        let slug = roadmap.slug
        roadmap.pages.removeAll()
        roadmap.files.removeAll()
        taken.withLock { site in
            for page in pages { site.files[page.path] = page.contents }
            site.roadmaps[slug] = kept
        }
    }

    func take(_ file: OutputFile, of kind: SiteWideFile) {
        taken.withLock { site in
            site.files[file.path] = file.contents
            site.siteFilePaths[kind, default: []].append(file.path)
        }
    }

    func take(_ assets: ThemeAssets) {
        taken.withLock { site in
            for file in assets.files { site.files[file.path] = file.contents }
            site.assetPaths = assets.files.map(\.path)
            site.assetDiagnostics = assets.problems
        }
    }
}
