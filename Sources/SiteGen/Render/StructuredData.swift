/// The schema.org JSON-LD of pages, as compact JSON text (`JSONWriter`), members in a fixed order.
enum StructuredData {
    /// A roadmap page: a `WebPage` with its description and last modification.
    static func roadmapPage(_ roadmap: Roadmap, url: String, config: SiteConfig) -> String {
        var json = JSONWriter()
        json.openObject()
        json.member("@context", literal: "https://schema.org")
        json.member("@type", literal: "WebPage")
        json.member("name", roadmap.title)
        if let description = roadmap.description { json.member("description", description) }
        json.member("url", url)
        if let updated = roadmap.updated { json.member("dateModified", updated.description) }
        json.member("inLanguage", config.language)
        json.key("isPartOf")
        website(config, into: &json)
        json.closeObject()
        return json.text
    }

    /// An FAQ page: an `FAQPage` with every question and its answer (as HTML, which schema.org
    /// allows in `text`).
    static func faqPage(_ roadmap: Roadmap, faq: FAQ, url: String, config: SiteConfig) -> String {
        var json = JSONWriter()
        json.openObject()
        json.member("@context", literal: "https://schema.org")
        json.member("@type", literal: "FAQPage")
        json.member("name", roadmap.title + ": frequently asked questions")
        json.member("url", url)
        if let updated = roadmap.updated { json.member("dateModified", updated.description) }
        json.member("inLanguage", config.language)
        json.key("mainEntity")
        json.openArray()
        for question in faq.questions {
            json.openObject()
            json.member("@type", literal: "Question")
            json.member("name", question.questionText)
            json.key("acceptedAnswer")
            json.openObject()
            json.member("@type", literal: "Answer")
            json.member("text", question.answerHTML.trimmingTrailingNewlines())
            json.closeObject()
            json.closeObject()
        }
        json.closeArray()
        json.closeObject()
        return json.text
    }

    /// The site as a `WebSite`: what every page `isPartOf`.
    private static func website(_ config: SiteConfig, into json: inout JSONWriter) {
        json.openObject()
        json.member("@type", literal: "WebSite")
        json.member("name", config.title)
        json.member("url", config.baseURL)
        json.closeObject()
    }
}

extension StructuredData {
    /// A topic page at `path`: a `WebPage` and its `BreadcrumbList` (the site, the roadmap, the
    /// parent topic, the topic), in one `@graph`. The `WebPage`'s address is the canonical one,
    /// `canonicalPath` when the page repeats another topic's page; the breadcrumb is the trail to
    /// this page where it is, so it ends at `path`. `parent` is the parent topic's title and path.
    static func topicPage(
        _ topic: TopicBody, path: String, canonicalPath: String?, roadmap: Roadmap,
        parent: (title: String, path: String)?, paths: SitePaths, config: SiteConfig
    ) -> String {
        let ownURL = config.absoluteURL(forPath: path)
        var json = JSONWriter()
        json.openObject()
        json.member("@context", literal: "https://schema.org")
        json.key("@graph")
        json.openArray()
        json.openObject()
        json.member("@type", literal: "WebPage")
        json.member("name", topic.title)
        if let description = topic.description { json.member("description", description) }
        json.member("url", canonicalPath.map(config.absoluteURL(forPath:)) ?? ownURL)
        json.member("inLanguage", config.language)
        if let updated = topic.updated { json.member("dateModified", updated.description) }
        json.key("isPartOf")
        website(config, into: &json)
        json.closeObject()
        json.openObject()
        json.member("@type", literal: "BreadcrumbList")
        json.key("itemListElement")
        json.openArray()
        var position = 0
        func crumb(_ name: String, _ url: String) {
            position += 1
            json.openObject()
            json.member("@type", literal: "ListItem")
            json.key("position")
            json.integer(position)
            json.member("name", name)
            json.member("item", url)
            json.closeObject()
        }
        crumb(config.title, config.absoluteURL(forPath: paths.index))
        crumb(roadmap.title, config.absoluteURL(forPath: paths.roadmap(roadmap.slug)))
        if let parent { crumb(parent.title, config.absoluteURL(forPath: parent.path)) }
        crumb(topic.title, ownURL)
        json.closeArray()
        json.closeObject()
        json.closeArray()
        json.closeObject()
        return json.text
    }
}

extension String {
    /// The string without the newlines (`\n` characters) at its end; worked out on UTF-8 bytes
    /// (a `\r\n` pair is one character, not a newline, and stays).
    func trimmingTrailingNewlines() -> String {
        let bytes = utf8
        var end = bytes.endIndex
        while end > bytes.startIndex {
            let last = bytes.index(before: end)
            guard bytes[last] == UInt8(ascii: "\n") else { break }
            if last > bytes.startIndex, bytes[bytes.index(before: last)] == UInt8(ascii: "\r") { break }
            end = last
        }
        return end == bytes.endIndex ? self : String(self[..<end])
    }
}
