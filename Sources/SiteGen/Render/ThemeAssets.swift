/// The theme's assets as a site publishes them (`ThemeSource.assets()`): each file of the
/// theme's `assets/` at its path (`assets/style.css`), and the `ThemeFiles.rootAssets` at the
/// site's root too, where clients ask for them without a link.
struct ThemeAssets: Sendable {
    /// The files, sorted by path.
    var files: [OutputFile]
    /// The problems met reading them: links out of the templates folder, unreadable files.
    var problems: [Diagnostic]
}
