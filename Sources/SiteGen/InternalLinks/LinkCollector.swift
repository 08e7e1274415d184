import Foundation
import Synchronization

/// `check`'s sink: keeps of the rendered site only what checking its links needs, and writes
/// nothing: the path of every file, the ids and `href`/`src` references of every HTML page
/// (read from the rendered bytes, in the rendering thread), and the links written in every
/// roadmap's body.
final class LinkCollector: SiteSink {
    /// What was collected.
    struct Site: Sendable {
        /// Every file of the site, relative to its root.
        var files: Set<String> = []
        /// The ids and references of every HTML page, by file.
        var pages: [String: HTMLReferences] = [:]
        /// The links written in each roadmap's body.
        var bodyLinks: [Slug: BodyLinks] = [:]
    }

    private let collected = Mutex(Site())
    /// Names the output folder in messages; nothing is written there.
    let destination: String

    /// A collector for a site whose pages would be written to `destination`.
    init(destination: String) {
        self.destination = destination
    }

    /// Everything collected so far.
    var site: Site { collected.withLock { $0 } }

    func take(_ roadmap: inout RenderedRoadmap) {
        let pages = (roadmap.pages + roadmap.files).map { ($0.path, Self.references(in: $0)) }
        let links = roadmap.links
        let slug = roadmap.slug
        collected.withLock { site in
            for (path, references) in pages {
                site.files.insert(path)
                if let references { site.pages[path] = references }
            }
            site.bodyLinks[slug] = links
        }
    }

    func take(_ file: OutputFile, of kind: SiteWideFile) {
        take(file)
    }

    /// Takes the theme's asset files a build writes, reading the HTML ones for their links.
    func take(_ assets: ThemeAssets) {
        for file in assets.files { take(file) }
    }

    private func take(_ file: OutputFile) {
        let references = Self.references(in: file)
        collected.withLock { site in
            site.files.insert(file.path)
            if let references { site.pages[file.path] = references }
        }
    }

    /// The ids and references of an HTML file; nil for other files.
    private static func references(in file: OutputFile) -> HTMLReferences? {
        file.path.hasSuffix(".html") ? HTMLReferences(html: file.contents) : nil
    }
}
