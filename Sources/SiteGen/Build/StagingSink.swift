import Foundation

/// `build`'s sink: writes every file into a staging folder as soon as it is rendered, and
/// copies the theme's assets there.
struct StagingSink: SiteSink {
    /// The folder written into.
    let staging: StagingDirectory
    /// The output folder as the user named it, for messages.
    let destination: String

    func take(_ roadmap: inout RenderedRoadmap) throws(OutputError) {
        for file in roadmap.pages {
            try staging.createDirectory((file.path as NSString).deletingLastPathComponent)
            try staging.write(file)
        }
        roadmap.pages.removeAll()
    }

    func take(_ file: OutputFile, of kind: SiteWideFile) throws(OutputError) {
        try staging.write(file)
    }

    /// Copies the files `ThemeFiles` lists (a link out of the theme is an error, and nothing is
    /// copied then) into `assets/`, and the `ThemeFiles.rootAssets` among them to the root too;
    /// a failure to copy is an error at the output folder.
    func takeAssets(ofTheme templatesDirectory: String) -> (count: Int, problems: [Diagnostic]) {
        let assets = FilePaths.join(templatesDirectory, "assets")
        let listing = ThemeFiles.list(assets, templatesDirectory: templatesDirectory)
        guard !listing.problems.contains(where: { $0.severity == .error }),
            !listing.files.isEmpty || !listing.folders.isEmpty
        else { return (0, listing.problems) }
        do {
            let atRoot = ThemeFiles.Listing(files: listing.files.filter(ThemeFiles.rootAssets.contains))
            let count =
                try staging.copy(listing, from: assets, to: "assets") + staging.copy(atRoot, from: assets, to: ".")
            return (count, listing.problems)
        } catch {
            return (0, listing.problems + [.error(error.description, at: SourceLocation(file: destination))])
        }
    }
}
