/// What a build reads, where it writes, and how strict it is.
public struct BuildOptions: Sendable {
    /// The folder holding `site.yml` and `roadmaps/`.
    public var contentDirectory: String
    /// The theme's folder.
    public var templatesDirectory: String
    /// The folder the site is written to.
    public var outputDirectory: String
    /// Whether drafts are built.
    public var includeDrafts: Bool
    /// A base URL replacing `site.yml`'s.
    public var baseURLOverride: String?
    /// Whether any warning fails the build.
    public var warningsAsErrors: Bool

    /// Options with the contract's default folders, relative to the working folder.
    public init(
        contentDirectory: String = "content", templatesDirectory: String = "templates",
        outputDirectory: String = "public", includeDrafts: Bool = false, baseURLOverride: String? = nil,
        warningsAsErrors: Bool = false
    ) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.includeDrafts = includeDrafts
        self.baseURLOverride = baseURLOverride
        self.warningsAsErrors = warningsAsErrors
    }
}

/// What a successful build did.
public struct BuildReport: Sendable {
    /// The roadmaps built.
    public var roadmapCount: Int
    /// The HTML pages written.
    public var pageCount: Int
    /// All files written, assets included.
    public var fileCount: Int
    /// The warnings of the build.
    public var diagnostics: Diagnostics
}
