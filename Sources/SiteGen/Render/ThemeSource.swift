import DefaultTheme
import Foundation

/// Where a site's theme is read from, the one place for build, serve and check: the default
/// theme built into sitegen, with each file of the site's templates folder in place of the
/// built-in file of the same path, and the folder's other files added (as mdBook's `theme/`
/// folder works). The folder need not exist; a site without one has the default theme.
///
/// Files are named by their path in the theme's folder: `layout.mustache`,
/// `partials/head.mustache`, `assets/style.css`. The folder's files are listed under the rule of
/// `ThemeFiles` (nothing is read through a link out of it).
struct ThemeSource: Sendable {
    /// The site's templates folder (it may not exist).
    let directory: String
    /// The built-in files by path, `DefaultThemeFiles.files` unless a test gives others.
    let builtIn: [String: [UInt8]]

    /// The theme of a site whose templates folder is `directory`.
    init(directory: String, builtIn: [String: [UInt8]] = DefaultThemeFiles.files) {
        self.directory = directory
        self.builtIn = builtIn
    }

    /// What messages name a built-in file by: `(built-in theme)/partials/head.mustache`.
    static func builtInPath(_ relative: String) -> String {
        "(built-in theme)/" + relative
    }

    /// One file of the theme.
    struct File: Sendable {
        /// The path in the theme's folder.
        var relativePath: String
        /// The file in the templates folder, or nil for a built-in file.
        var overridePath: String?
        fileprivate var builtInBytes: [UInt8]

        /// The path messages name the file by: the folder's file, or `builtInPath`.
        var path: String { overridePath ?? ThemeSource.builtInPath(relativePath) }

        /// The file's bytes; nil when the folder's file cannot be read.
        func bytes() -> [UInt8]? {
            guard let overridePath else { return builtInBytes }
            return FileManager.default.contents(atPath: overridePath).map { [UInt8]($0) }
        }

        /// The file's text as `InputText` reads an input (strict UTF-8, line endings made LF),
        /// or the problem that stops it being used.
        func text() -> Result<String, Diagnostic> {
            guard let overridePath else { return .success(String(decoding: builtInBytes, as: UTF8.self)) }
            return InputText.read(overridePath)
        }
    }

    /// The theme's files under `folder` (a path in the theme's folder; "" for the whole theme),
    /// sorted by path, leaving out the paths `skipping` names; with the problems of the
    /// templates folder's files (which are left out, and their built-in files with them).
    func files(under folder: String, skipping: (String) -> Bool = { _ in false }) -> (
        files: [File], problems: [Diagnostic]
    ) {
        let prefix = folder.isEmpty ? "" : folder + "/"
        var files: [String: File] = [:]
        for (relative, bytes) in builtIn where relative.hasPrefix(prefix) && !skipping(relative) {
            files[relative] = File(relativePath: relative, overridePath: nil, builtInBytes: bytes)
        }
        let root = FilePaths.join(directory, folder)
        let listing = ThemeFiles.list(root, templatesDirectory: directory) { skipping(prefix + $0) }
        for problem in listing.problems where problem.file.hasPrefix(directory + "/") {
            files[String(problem.file.dropFirst(directory.count + 1))] = nil
        }
        for relative in listing.files {
            files[prefix + relative] = File(
                relativePath: prefix + relative, overridePath: FilePaths.join(root, relative), builtInBytes: [])
        }
        return (files.values.sorted { $0.relativePath < $1.relativePath }, listing.problems)
    }

    /// The `.mustache` files outside `assets/`, by template name (`partials/head`).
    func templates() -> (templates: [String: File], problems: [Diagnostic]) {
        let suffix = ".mustache"
        let (files, problems) = files(under: "") { $0 == "assets" || $0.hasPrefix("assets/") }
        var templates: [String: File] = [:]
        for file in files where file.relativePath.hasSuffix(suffix) {
            templates[String(file.relativePath.dropLast(suffix.count))] = file
        }
        return (templates, problems)
    }

    /// The theme's assets as a site publishes them, with the problems met reading them.
    func assets() -> ThemeAssets {
        var (listed, problems) = files(under: "assets")
        var files: [OutputFile] = []
        for file in listed {
            guard let bytes = file.bytes() else {
                problems.append(.error("cannot read the asset", at: SourceLocation(file: file.path)))
                continue
            }
            files.append(OutputFile(path: file.relativePath, bytes: bytes))
            let name = String(file.relativePath.dropFirst("assets/".count))
            if ThemeFiles.rootAssets.contains(name) { files.append(OutputFile(path: name, bytes: bytes)) }
        }
        listed.removeAll()
        return ThemeAssets(files: files.sorted { $0.path < $1.path }, problems: problems)
    }
}
