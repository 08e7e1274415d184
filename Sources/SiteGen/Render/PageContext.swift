import Foundation

/// Builds the values templates see. Every page gets `site` and `page`; page kinds add their own.
///
/// Values are dictionaries, arrays, strings and booleans; an absent value is left out, so that a
/// `{{#key}}` section is skipped for it. An absent value is `NSNull`, not a missing key, so that
/// Mustache does not look it up in an enclosing context (a related roadmap without a description
/// must not show the page's own). Text is escaped by Mustache's `{{ }}`; only values
/// ending in `HTML` or `JSONLD` are markup, placed with `{{{ }}}`.
struct PageContext {
    let config: SiteConfig
    let paths: SitePaths

    /// The `site` value: title, description, language, URLs.
    var site: [String: Any] {
        var site: [String: Any] = [
            "title": config.title,
            "language": config.language,
            "url": config.baseURL,
            "basePath": paths.basePath,
            "indexPath": paths.index,
            "assetsPath": paths.assets,
            "feedPath": paths.feed,
        ]
        site["description"] = config.description ?? NSNull()
        return site
    }

    /// The `page` value for a page served at `path` (nil for the 404 page, which has no address).
    func page(
        kind: String, title: String, description: String?, path: String?, modified: Day? = nil,
        jsonLD: JSONValue? = nil
    ) -> [String: Any] {
        var page: [String: Any] = [
            "kind": kind,
            "title": title,
            "documentTitle": kind == "index" ? title : "\(title) · \(config.title)",
            "ogType": modified == nil ? "website" : "article",
        ]
        page["modified"] = modified?.description ?? NSNull()
        page["description"] = description ?? NSNull()
        page["path"] = path ?? NSNull()
        page["url"] = path.map(config.absoluteURL(forPath:)) ?? NSNull()
        page["noindex"] = path == nil
        page["jsonLD"] = jsonLD?.serialized ?? NSNull()
        return page
    }

    /// The whole context of a page: `site`, `page` and the page kind's own values.
    func context(page: [String: Any], _ values: [String: Any]) -> [String: Any] {
        var context = values
        context["site"] = site
        context["page"] = page
        return context
    }

    /// A roadmap as other pages list it: title, link, level, description, last updated.
    func summary(of roadmap: Roadmap) -> [String: Any] {
        var summary: [String: Any] = [
            "slug": roadmap.slug.value,
            "title": roadmap.title,
            "path": paths.roadmap(roadmap.slug),
            "updated": roadmap.updated?.description ?? NSNull(),
        ]
        summary["level"] = roadmap.level?.rawValue ?? NSNull()
        summary["levelID"] = roadmap.level?.rawValue.lowercased() ?? NSNull()
        summary["description"] = roadmap.description ?? NSNull()
        return summary
    }
}
