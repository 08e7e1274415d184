import Foundation

/// The steps of a build that touch the output folder: its lock, its staging folder, the assets.
extension SiteBuilder {
    /// The output folder as an absolute path.
    var outputPath: String { FilePaths.absolute(outputDirectory) }

    /// Checks that the output folder may be replaced (`OutputSafety`), then takes its lock, held
    /// until the build is over. When the folder is refused, the content is still checked, so
    /// that one run reports every problem; when another build has the lock, this one stops at
    /// once.
    func lockOutput(into diagnostics: inout Diagnostics) throws(BuildFailure) -> OutputLock {
        if let problem = OutputSafety.problem(
            output: outputDirectory, contentDirectory: inputs.contentDirectory,
            templatesDirectory: inputs.templatesDirectory,
            workingDirectory: FileManager.default.currentDirectoryPath)
        {
            _ = load(into: &diagnostics)
            diagnostics.error(
                "refusing to write the site: \(problem)", at: SourceLocation(file: outputPath),
                hint: "choose another folder with --output")
            throw BuildFailure(diagnostics)
        }
        do {
            return try OutputLock.acquire(for: outputPath)
        } catch {
            diagnostics.error(
                error.description, at: SourceLocation(file: outputPath),
                hint: "two builds must not write one folder at once; choose another with --output")
            throw BuildFailure(diagnostics)
        }
    }

    /// An empty staging folder beside the output folder, made while holding its lock.
    func createStaging(holding lock: OutputLock, into diagnostics: inout Diagnostics) throws(BuildFailure)
        -> StagingDirectory
    {
        do {
            return try StagingDirectory.create(for: outputPath, holding: lock)
        } catch {
            diagnostics.error(error.description, at: SourceLocation(file: outputDirectory))
            throw BuildFailure(diagnostics)
        }
    }

    /// Copies the theme's `assets/` folder into the staging folder's `assets/`, as the files
    /// `ThemeFiles` lists (a link out of the theme is an error, and is not copied), and the
    /// `ThemeFiles.rootAssets` among them to the root too; returns the number of files copied.
    func copyAssets(to staging: StagingDirectory, into diagnostics: inout Diagnostics) -> Int {
        let assets = FilePaths.join(inputs.templatesDirectory, "assets")
        let listing = ThemeFiles.list(assets, templatesDirectory: inputs.templatesDirectory)
        diagnostics.append(contentsOf: listing.problems)
        guard !listing.problems.contains(where: { $0.severity == .error }) else { return 0 }
        guard !listing.files.isEmpty || !listing.folders.isEmpty else { return 0 }
        do {
            let atRoot = ThemeFiles.Listing(files: listing.files.filter(ThemeFiles.rootAssets.contains))
            return try staging.copy(listing, from: assets, to: "assets") + staging.copy(atRoot, from: assets, to: ".")
        } catch {
            diagnostics.error(error.description, at: SourceLocation(file: outputDirectory))
            return 0
        }
    }
}
