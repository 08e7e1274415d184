/// The schema.org JSON-LD of pages.
enum StructuredData {
    /// A roadmap page: a `WebPage` with its description and last modification.
    static func roadmapPage(_ roadmap: Roadmap, url: String, config: SiteConfig) -> JSONValue {
        var members: [(StaticString, JSONValue)] = [
            ("@context", .literal("https://schema.org")),
            ("@type", .literal("WebPage")),
            ("name", .string(roadmap.title)),
            ("url", .string(url)),
            ("inLanguage", .string(config.language)),
        ]
        if let updated = roadmap.updated { members.insert(("dateModified", .string(updated.description)), at: 4) }
        if let description = roadmap.description { members.insert(("description", .string(description)), at: 3) }
        members.append(
            (
                "isPartOf",
                .object([
                    ("@type", .literal("WebSite")), ("name", .string(config.title)), ("url", .string(config.baseURL)),
                ])
            ))
        return .object(members)
    }

    /// An FAQ page: an `FAQPage` with every question and its answer (as HTML, which schema.org
    /// allows in `text`).
    static func faqPage(_ roadmap: Roadmap, faq: FAQ, url: String, config: SiteConfig) -> JSONValue {
        var members: [(StaticString, JSONValue)] = [
            ("@context", .literal("https://schema.org")),
            ("@type", .literal("FAQPage")),
            ("name", .string(roadmap.title + ": frequently asked questions")),
            ("url", .string(url)),
            ("inLanguage", .string(config.language)),
            (
                "mainEntity",
                .array(
                    faq.questions.map { question in
                        .object([
                            ("@type", .literal("Question")),
                            ("name", .string(question.questionText)),
                            (
                                "acceptedAnswer",
                                .object([
                                    ("@type", .literal("Answer")),
                                    ("text", .string(question.answerHTML.trimmingTrailingNewlines())),
                                ])
                            ),
                        ])
                    })
            ),
        ]
        if let updated = roadmap.updated { members.insert(("dateModified", .string(updated.description)), at: 4) }
        return .object(members)
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
    ) -> JSONValue {
        let ownURL = config.absoluteURL(forPath: path)
        let url = canonicalPath.map(config.absoluteURL(forPath:)) ?? ownURL
        var page: [(StaticString, JSONValue)] = [
            ("@type", .literal("WebPage")),
            ("name", .string(topic.title)),
            ("url", .string(url)),
            ("inLanguage", .string(config.language)),
        ]
        if let description = topic.description { page.insert(("description", .string(description)), at: 2) }
        if let updated = topic.updated { page.append(("dateModified", .string(updated.description))) }
        page.append(
            (
                "isPartOf",
                .object([
                    ("@type", .literal("WebSite")), ("name", .string(config.title)), ("url", .string(config.baseURL)),
                ])
            ))
        var crumbs: [(String, String)] = [
            (config.title, config.absoluteURL(forPath: paths.index)),
            (roadmap.title, config.absoluteURL(forPath: paths.roadmap(roadmap.slug))),
        ]
        if let parent { crumbs.append((parent.title, config.absoluteURL(forPath: parent.path))) }
        crumbs.append((topic.title, ownURL))
        let items: [JSONValue] = crumbs.enumerated().map { index, crumb in
            .object([
                ("@type", .literal("ListItem")), ("position", .integer(index + 1)),
                ("name", .string(crumb.0)), ("item", .string(crumb.1)),
            ])
        }
        return .object([
            ("@context", .literal("https://schema.org")),
            (
                "@graph",
                .array([
                    .object(page),
                    .object([("@type", .literal("BreadcrumbList")), ("itemListElement", .array(items))]),
                ])
            ),
        ])
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
