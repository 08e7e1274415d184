import Escaping

/// Writes `sitemap.xml` (sitemaps.org 0.9): every page with its last modification day, where
/// one is known (`lastmod` is optional; an invented one would mislead crawlers).
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
            return [OutputFile(path: "sitemap.xml", bytes: urlSet(entries[...]))]
        }
        var files: [OutputFile] = []
        var index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        index += "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (number, start) in stride(from: 0, to: entries.count, by: maximumEntriesPerFile).enumerated() {
            let chunk = entries[start..<min(start + maximumEntriesPerFile, entries.count)]
            let name = "sitemap-\(number + 1).xml"
            files.append(OutputFile(path: name, bytes: urlSet(chunk)))
            index += "<sitemap><loc>\(Escape.xml(config.absoluteURL(forPath: paths.basePath + name)))</loc>"
            if let lastModified = chunk.compactMap(\.lastModified).max() {
                index += "<lastmod>\(lastModified)</lastmod>"
            }
            index += "</sitemap>\n"
        }
        index += "</sitemapindex>\n"
        return [OutputFile(path: "sitemap.xml", contents: index)] + files
    }

    /// One sitemap file's bytes (built as bytes: a String grown by doubling, then copied,
    /// held about three times the file at once; and each entry written straight into them, not
    /// through interpolated strings: a third of the time of a 10,000-page sitemap).
    private static func urlSet(_ entries: ArraySlice<Entry>) -> [UInt8] {
        var xml: [UInt8] = []
        xml.reserveCapacity(128 + 128 * entries.count)
        func add(_ text: StaticString) {
            xml.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
        add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        add("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
        for entry in entries {
            add("<url><loc>")
            Escape.appendXML(entry.url, to: &xml)
            add("</loc>")
            if let lastModified = entry.lastModified {
                add("<lastmod>")
                xml.append(contentsOf: lastModified.description.utf8)
                add("</lastmod>")
            }
            add("</url>\n")
        }
        add("</urlset>\n")
        return xml
    }
}
