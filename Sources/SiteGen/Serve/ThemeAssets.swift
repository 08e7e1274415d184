import Foundation

/// Reads the theme's `assets/` folder into memory, as a build copies it into the site.
///
/// A symbolic link is followed only when its target is inside the assets folder: the preview
/// never serves a file from elsewhere on the machine.
enum ThemeAssets {
    /// Every regular file under `directory`, by `prefix` + its path relative to `directory`,
    /// with the problems met; no files when the folder does not exist.
    static func read(directory: String, prefix: String) -> ([String: [UInt8]], [Diagnostic]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue,
            let enumerator = FileManager.default.enumerator(atPath: directory)
        else { return ([:], []) }
        let root = FilePaths.realPath(directory)
        var files: [String: [UInt8]] = [:]
        var problems: [Diagnostic] = []
        while let relative = enumerator.nextObject() as? String {
            let path = FilePaths.join(directory, relative)
            guard FilePaths.isInside(FilePaths.realPath(path), root) else {
                enumerator.skipDescendants()
                problems.append(
                    .warning(
                        "the asset is a symbolic link to a file outside the assets folder; it is not served",
                        at: SourceLocation(file: path), hint: "copy the file into the assets folder instead"))
                continue
            }
            switch FileKind.of(path, within: root) {
            case .regular:
                guard let data = FileManager.default.contents(atPath: path) else {
                    problems.append(.warning("cannot read the asset; it is not served", at: SourceLocation(file: path)))
                    continue
                }
                files[prefix + relative] = [UInt8](data)
            case .linkOutside, .notRegular:
                continue
            }
        }
        return (files, problems)
    }
}
