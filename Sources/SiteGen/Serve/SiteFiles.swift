/// A built site in memory: every file by its path in the site (`backend/index.html`), and the
/// path the site is served under (`/` or the path of `base_url`, such as `/docs/`).
public struct SiteFiles: Sendable {
    /// The files' bytes by path relative to the site's root.
    public var files: [String: [UInt8]]
    /// The URL path of the site's root, starting and ending with `/`.
    public var basePath: String
    /// Whether `site.yml` asks for search and there is a roadmap to search
    /// (`LoadedContent.searchedConfig`), which a preview has no index for (only `build` runs
    /// Pagefind): the pages then show no search box.
    public var asksForSearch: Bool

    /// A site from its files.
    public init(files: [String: [UInt8]], basePath: String, asksForSearch: Bool = false) {
        self.files = files
        self.basePath = basePath
        self.asksForSearch = asksForSearch
    }
}
