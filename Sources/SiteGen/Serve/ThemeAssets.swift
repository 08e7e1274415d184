import Foundation

/// Reads the theme's `assets/` folder into memory, as a build copies it into the site.
///
/// The files are those `ThemeFiles` lists: the preview never serves a file from elsewhere on
/// the machine, and reports a link out of the theme as the build does.
enum ThemeAssets {
    /// Every file under the `assets/` folder of `templatesDirectory`, by `prefix` + its path
    /// relative to that folder, and the `ThemeFiles.rootAssets` among them by their names too,
    /// with the problems met; no files when the folder does not exist.
    static func read(templatesDirectory: String, prefix: String) -> ([String: [UInt8]], [Diagnostic]) {
        let directory = FilePaths.join(templatesDirectory, "assets")
        let listing = ThemeFiles.list(directory, templatesDirectory: templatesDirectory)
        var files: [String: [UInt8]] = [:]
        var problems = listing.problems
        for relative in listing.files {
            let path = FilePaths.join(directory, relative)
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append(.warning("cannot read the asset; it is not served", at: SourceLocation(file: path)))
                continue
            }
            files[prefix + relative] = [UInt8](data)
            if ThemeFiles.rootAssets.contains(relative) { files[relative] = [UInt8](data) }
        }
        return (files, problems)
    }
}
