/// Where each page of a site lives: URL paths (starting with the base path) and the matching
/// file paths inside the output folder.
public struct SitePaths: Sendable, Hashable {
    /// The path every internal link starts with, `/` or `/docs/`.
    public let basePath: String

    /// Paths for a site served from `basePath`.
    public init(basePath: String) {
        self.basePath = basePath
    }

    /// The index page, listing every roadmap.
    public var index: String { basePath }
    /// The folder of theme assets.
    public var assets: String { basePath + "assets/" }
    /// The Atom feed.
    public var feed: String { basePath + "feed.xml" }
    /// The sitemap.
    public var sitemap: String { basePath + "sitemap.xml" }

    /// A roadmap's page.
    public func roadmap(_ slug: Slug) -> String { basePath + slug.value + "/" }
    /// A roadmap's FAQ page.
    public func faq(_ slug: Slug) -> String { basePath + slug.value + "/faq/" }
    /// A roadmap's related page.
    public func related(_ slug: Slug) -> String { basePath + slug.value + "/related/" }
    /// A topic's page, beside its roadmap's page: `<base>/backend/internet/`.
    public func topic(_ id: TopicID) -> String { basePath + id.roadmap.value + "/" + id.topic.value + "/" }

    /// The file, relative to the output folder, that serves a page path ending in `/`.
    public func outputFile(forPage path: String) -> String {
        String(path.dropFirst(basePath.count)) + "index.html"
    }

    /// The page path a file made by `outputFile(forPage:)` serves.
    func page(forOutputFile file: String) -> String {
        basePath + file.dropLast("index.html".count)
    }
}
