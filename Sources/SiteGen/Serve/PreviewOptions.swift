/// What `sitegen serve` builds: the same inputs as a build, kept in memory instead of written.
public struct PreviewOptions: Sendable {
    /// The folder holding `site.yml` and `roadmaps/`.
    public var contentDirectory: String
    /// The theme's folder.
    public var templatesDirectory: String
    /// Whether drafts are built.
    public var includeDrafts: Bool
    /// A base URL replacing `site.yml`'s.
    public var baseURLOverride: String?

    /// Options with the contract's default folders, relative to the working folder.
    public init(
        contentDirectory: String = "content", templatesDirectory: String = "templates", includeDrafts: Bool = false,
        baseURLOverride: String? = nil
    ) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.includeDrafts = includeDrafts
        self.baseURLOverride = baseURLOverride
    }

    /// The loader these options describe.
    var loader: ContentLoader {
        ContentLoader(
            contentDirectory: contentDirectory, includeDrafts: includeDrafts, baseURLOverride: baseURLOverride)
    }

    /// The absolute path of the content folder.
    var absoluteContentDirectory: String { FilePaths.absolute(contentDirectory) }
    /// The absolute path of the theme's folder.
    var absoluteTemplatesDirectory: String { FilePaths.absolute(templatesDirectory) }
}
