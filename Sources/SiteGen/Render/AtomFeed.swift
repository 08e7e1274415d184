/// Writes `feed.xml`: an Atom feed of the roadmaps, most recently updated first. Roadmaps with
/// no known date are left out, since Atom requires one and a made-up date would mislead.
enum AtomFeed {
    /// The feed of `content`'s roadmaps.
    static func file(_ content: SiteContent, paths: SitePaths) -> OutputFile {
        let config = content.config
        let roadmaps = content.roadmaps.compactMap { roadmap in roadmap.updated.map { (roadmap, $0) } }
            .sorted { lhs, rhs in lhs.1 != rhs.1 ? lhs.1 > rhs.1 : lhs.0.slug < rhs.0.slug }
        let feedURL = config.absoluteURL(forPath: paths.feed)
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(Escape.xml(config.language))\">\n"
        xml += "  <title>\(Escape.xml(config.title))</title>\n"
        if let description = config.description {
            xml += "  <subtitle>\(Escape.xml(description))</subtitle>\n"
        }
        xml += "  <link href=\"\(Escape.xml(feedURL))\" rel=\"self\" type=\"application/atom+xml\"/>\n"
        xml += "  <link href=\"\(Escape.xml(config.baseURL))\" rel=\"alternate\" type=\"text/html\"/>\n"
        xml += "  <id>\(Escape.xml(config.baseURL))</id>\n"
        xml += "  <updated>\(content.lastUpdated.rfc3339)</updated>\n"
        xml += "  <author><name>\(Escape.xml(config.title))</name></author>\n"
        for (roadmap, updated) in roadmaps {
            let url = Escape.xml(config.absoluteURL(forPath: paths.roadmap(roadmap.slug)))
            xml += "  <entry>\n"
            xml += "    <title>\(Escape.xml(roadmap.title))</title>\n"
            xml += "    <link href=\"\(url)\" rel=\"alternate\" type=\"text/html\"/>\n"
            xml += "    <id>\(url)</id>\n"
            xml += "    <updated>\(updated.rfc3339)</updated>\n"
            if let level = roadmap.level {
                xml += "    <category term=\"\(Escape.xml(level.rawValue))\"/>\n"
            }
            if let description = roadmap.description {
                xml += "    <summary>\(Escape.xml(description))</summary>\n"
            }
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return OutputFile(path: "feed.xml", contents: xml)
    }
}
