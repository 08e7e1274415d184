import Foundation

/// The steps of a build that touch the output folder.
extension SiteBuilder {
    /// Copies the theme's `assets/` folder into the staging folder's `assets/`, as the files
    /// `ThemeFiles` lists (a link out of the theme is an error, and is not copied); returns the
    /// number of files copied.
    func copyAssets(to staging: StagingDirectory, into diagnostics: inout Diagnostics) -> Int {
        let assets = FilePaths.join(options.templatesDirectory, "assets")
        let listing = ThemeFiles.list(assets, templatesDirectory: options.templatesDirectory)
        diagnostics.append(contentsOf: listing.problems)
        guard !listing.problems.contains(where: { $0.severity == .error }) else { return 0 }
        guard !listing.files.isEmpty || !listing.folders.isEmpty else { return 0 }
        do {
            return try staging.copy(listing, from: assets, to: "assets")
        } catch {
            diagnostics.error(error.description, at: SourceLocation(file: options.outputDirectory))
            return 0
        }
    }
}
