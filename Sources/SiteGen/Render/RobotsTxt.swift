/// Writes `robots.txt`: everything may be crawled, and the sitemap is named.
enum RobotsTxt {
    /// The robots file for a site.
    static func file(config: SiteConfig, paths: SitePaths) -> OutputFile {
        OutputFile(
            path: "robots.txt",
            contents: "User-agent: *\nAllow: /\n\nSitemap: \(config.absoluteURL(forPath: paths.sitemap))\n")
    }
}
