/// Writes `sitemap.xml` (sitemaps.org 0.9): every page with its last modification day.
///
/// Past 50,000 addresses (the protocol's limit per file), `sitemap.xml` becomes a sitemap index
/// pointing at `sitemap-1.xml`, `sitemap-2.xml`, ...
enum Sitemap {
    /// One address of the sitemap.
    struct Entry: Sendable, Hashable {
        var url: String
        var lastModified: Day?
    }

    /// The most addresses one sitemap file may hold.
    static let maximumEntriesPerFile = 50_000

    /// The sitemap file or files for the given addresses, in the order given.
    static func files(_ entries: [Entry], config: SiteConfig, paths: SitePaths) -> [OutputFile] {
        guard entries.count > maximumEntriesPerFile else {
            return [OutputFile(path: "sitemap.xml", contents: urlSet(entries[...]))]
        }
        var files: [OutputFile] = []
        var index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        index += "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (number, start) in stride(from: 0, to: entries.count, by: maximumEntriesPerFile).enumerated() {
            let chunk = entries[start..<min(start + maximumEntriesPerFile, entries.count)]
            let name = "sitemap-\(number + 1).xml"
            files.append(OutputFile(path: name, contents: urlSet(chunk)))
            let lastModified = chunk.compactMap(\.lastModified).max() ?? .epoch
            index += "<sitemap><loc>\(Escape.xml(config.absoluteURL(forPath: paths.basePath + name)))</loc>"
            index += "<lastmod>\(lastModified)</lastmod></sitemap>\n"
        }
        index += "</sitemapindex>\n"
        return [OutputFile(path: "sitemap.xml", contents: index)] + files
    }

    private static func urlSet(_ entries: ArraySlice<Entry>) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for entry in entries {
            xml += "<url><loc>\(Escape.xml(entry.url))</loc>"
            if let lastModified = entry.lastModified { xml += "<lastmod>\(lastModified)</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }
}
