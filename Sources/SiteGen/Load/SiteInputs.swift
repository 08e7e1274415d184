/// What a site is made of: the content folder, the theme's folder, whether drafts are part of
/// it, and a base URL replacing `site.yml`'s. Every command reads a site through one of these;
/// what a command adds (an output folder, strictness, a port) sits beside it.
public struct SiteInputs: Sendable, Hashable {
    /// The folder holding `site.yml` and `roadmaps/`.
    public var contentDirectory: String
    /// The theme's folder: Mustache templates and `assets/` that replace or add to the built-in
    /// theme's files of the same path (`ThemeSource`); it need not exist.
    public var templatesDirectory: String
    /// Whether roadmaps marked `draft: true` are part of the site.
    public var includeDrafts: Bool
    /// A base URL replacing `site.yml`'s `base_url` (from `--base-url`).
    public var baseURLOverride: String?

    /// Inputs with the default folders (docs/authoring.md#folders-and-file-names), relative to the
    /// working folder.
    public init(
        contentDirectory: String = "content", templatesDirectory: String = "templates", includeDrafts: Bool = false,
        baseURLOverride: String? = nil
    ) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.includeDrafts = includeDrafts
        self.baseURLOverride = baseURLOverride
    }

    /// The theme: the built-in one, with the templates folder's files in place of its own.
    var themeSource: ThemeSource { ThemeSource(directory: templatesDirectory) }
    /// The folder holding the roadmap files.
    var roadmapsDirectory: String { FilePaths.join(contentDirectory, "roadmaps") }
    /// The absolute path of the content folder.
    var absoluteContentDirectory: String { FilePaths.absolute(contentDirectory) }
    /// The absolute path of the theme's folder.
    var absoluteTemplatesDirectory: String { FilePaths.absolute(templatesDirectory) }
}
