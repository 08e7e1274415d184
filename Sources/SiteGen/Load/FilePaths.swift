import Foundation

/// File-system path helpers used at the edges of the pipeline.
enum FilePaths {
    /// The absolute path with symbolic links resolved, or the path made absolute if it does not exist.
    static func realPath(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        return absolute(path)
    }

    /// The path made absolute against the working folder, `.` and `..` resolved.
    static func absolute(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (joined as NSString).standardizingPath
    }

    /// Whether `path` is `ancestor` or inside it (both absolute and resolved).
    static func isInside(_ path: String, _ ancestor: String) -> Bool {
        path == ancestor || path.hasPrefix(ancestor.hasSuffix("/") ? ancestor : ancestor + "/")
    }

    /// Whether the target of `path` (resolved), seen from `root` (absolute and resolved), has
    /// a hidden part on its way (`.secret/key`, `notes/.env`); false when it is not inside `root`.
    static func hasHiddenPart(_ path: String, within root: String) -> Bool {
        let target = realPath(path)
        guard isInside(target, root) else { return false }
        return target.dropFirst(root.count).split(separator: "/").contains { $0.hasPrefix(".") }
    }

    /// `name` appended to `directory`.
    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
