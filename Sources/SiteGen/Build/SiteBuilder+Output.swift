import Foundation

/// The steps of a build that touch the output folder: its lock and its staging folder.
extension SiteBuilder {
    /// The output folder as an absolute path.
    var outputPath: String { FilePaths.absolute(outputDirectory) }

    /// Checks that the output folder may be replaced (`OutputSafety`), then takes its lock, held
    /// until the build is over. When the folder is refused, the content is still checked, so
    /// that one run reports every problem; when another build has the lock, this one stops at
    /// once.
    func lockOutput(into diagnostics: inout Diagnostics) throws(BuildFailure) -> OutputLock {
        if let refusal = OutputSafety.problem(
            output: outputDirectory, contentDirectory: inputs.contentDirectory,
            templatesDirectory: inputs.templatesDirectory,
            workingDirectory: FileManager.default.currentDirectoryPath)
        {
            _ = load(into: &diagnostics)
            diagnostics.error(
                "refusing to write the site: \(refusal.reason)", at: SourceLocation(file: outputPath),
                hint: refusal.hint)
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
}
