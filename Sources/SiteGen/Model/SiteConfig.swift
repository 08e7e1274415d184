/// The site-wide settings from `content/site.yml`.
public struct SiteConfig: Sendable, Hashable {
    /// The site's name, shown in every page's header and title.
    public var title: String
    /// The absolute URL the site is served from, always ending in `/`.
    public var baseURL: String {
        didSet { (basePath, origin) = Self.parts(of: baseURL) }
    }
    /// A sentence about the site, for the index page's meta description and the feed.
    public var description: String?
    /// The language of the pages, as an HTML `lang` value.
    public var language: String
    /// Whether raw HTML in Markdown is kept as written (with GitHub's tag filter only) instead of
    /// sanitized to GitHub's allow-list.
    public var allowsRawHTML: Bool
    /// Where `search: true` is written in `site.yml` when the site has full-text search (a
    /// Pagefind index written by `build`), nil when it has none; errors about the index point here.
    public var search: SourceLocation?

    /// Creates settings; `baseURL` gets a trailing slash if it lacks one.
    public init(
        title: String, baseURL: String, description: String? = nil, language: String = "en",
        allowsRawHTML: Bool = false, search: SourceLocation? = nil
    ) {
        self.title = title
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        (basePath, origin) = Self.parts(of: self.baseURL)
        self.description = description
        self.language = language
        self.allowsRawHTML = allowsRawHTML
        self.search = search
    }

    /// Settings standing in for a `site.yml` that could not be read, so that roadmaps can
    /// still be checked; a build with them never writes anything.
    static let placeholder = SiteConfig(title: "", baseURL: "https://example.invalid/")

    /// The path part of `baseURL` (`/` or `/docs/`): every internal link starts with it.
    public private(set) var basePath: String

    /// The scheme and host of `baseURL`, without a trailing slash.
    public private(set) var origin: String

    /// The base path and origin of a base URL, worked out once rather than for every link.
    private static func parts(of baseURL: String) -> (basePath: String, origin: String) {
        var basePath = "/"
        if let schemeEnd = baseURL.range(of: "://") {
            let afterScheme = baseURL[schemeEnd.upperBound...]
            if let slash = afterScheme.firstIndex(of: "/") {
                var path = String(afterScheme[slash...])
                if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<end]) }
                basePath = path.hasSuffix("/") ? path : path + "/"
            }
        }
        return (basePath, String(baseURL.dropLast(baseURL.hasSuffix(basePath) ? basePath.count : 0)))
    }

    /// The absolute URL of a site path such as `/docs/backend/`.
    public func absoluteURL(forPath path: String) -> String {
        origin + path
    }
}
