/// What the preview serves at one moment: the last site that built without errors, the
/// problems of the latest rebuild when it failed, and a version that changes with every rebuild.
public struct PreviewSnapshot: Sendable {
    /// The last good site; nil when the site has never built.
    public var site: SiteFiles?
    /// The latest rebuild's problems in compiler form when it failed; empty when it succeeded.
    public var problems: [String]
    /// Changes with every rebuild, failed or not; letters, digits and dashes.
    public var version: String

    /// A snapshot from its parts.
    public init(site: SiteFiles?, problems: [String], version: String) {
        self.site = site
        self.problems = problems
        self.version = version
    }
}
