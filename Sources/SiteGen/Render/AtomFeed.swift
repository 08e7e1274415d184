import Escaping

/// Writes `feed.xml`: an Atom feed of the roadmaps, most recently updated first.
///
/// Atom (RFC 4287) requires a date on every entry; the loader refuses to build a roadmap
/// without one (`ContentLoader`), so every roadmap of a built site is here. The feed's own
/// `updated` is its newest entry's; a site without roadmaps has no date, and none is made up.
enum AtomFeed {
    /// The feed of `content`'s roadmaps.
    static func file(_ content: SiteContent, paths: SitePaths) -> OutputFile {
        let config = content.config
        let roadmaps = content.roadmaps.compactMap { roadmap in roadmap.updated.map { (roadmap, $0) } }
            .sorted { lhs, rhs in lhs.1 != rhs.1 ? lhs.1 > rhs.1 : lhs.0.slug < rhs.0.slug }
        let feedURL = config.absoluteURL(forPath: paths.feed)
        // Bytes, not a String: at 100,000 roadmaps the feed is 40 MB, and a String grown by
        // doubling and then copied into bytes held nearly three times that at once.
        var xml: [UInt8] = []
        xml.reserveCapacity(1_024 + 512 * roadmaps.count)
        func add(_ text: String) { xml.append(contentsOf: text.utf8) }
        add("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        add("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(Escape.xml(config.language))\">\n")
        add("  <title>\(Escape.xml(config.title))</title>\n")
        if let description = config.description {
            add("  <subtitle>\(Escape.xml(description))</subtitle>\n")
        }
        add("  <link href=\"\(Escape.xml(feedURL))\" rel=\"self\" type=\"application/atom+xml\"/>\n")
        add("  <link href=\"\(Escape.xml(config.baseURL))\" rel=\"alternate\" type=\"text/html\"/>\n")
        add("  <id>\(Escape.xml(config.baseURL))</id>\n")
        if let updated = content.lastUpdated { add("  <updated>\(updated.rfc3339)</updated>\n") }
        add("  <author><name>\(Escape.xml(config.title))</name></author>\n")
        for (roadmap, updated) in roadmaps {
            let url = Escape.xml(config.absoluteURL(forPath: paths.roadmap(roadmap.slug)))
            add("  <entry>\n")
            add("    <title>\(Escape.xml(roadmap.title))</title>\n")
            add("    <link href=\"\(url)\" rel=\"alternate\" type=\"text/html\"/>\n")
            add("    <id>\(url)</id>\n")
            add("    <updated>\(updated.rfc3339)</updated>\n")
            if let level = roadmap.level {
                add("    <category term=\"\(Escape.xml(level.rawValue))\"/>\n")
            }
            if let description = roadmap.description {
                add("    <summary>\(Escape.xml(description))</summary>\n")
            }
            add("  </entry>\n")
        }
        add("</feed>\n")
        return OutputFile(path: "feed.xml", bytes: xml)
    }
}
