import Foundation

/// What kind of file a path names, with symbolic links checked against the content folder.
enum FileKind {
    case regular
    case linkOutside
    case notRegular

    /// The kind of `path`; a link counts as regular only when its target is inside `root`.
    static func of(_ path: String, within root: String) -> FileKind {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .notRegular }
        if status.st_mode & S_IFMT == S_IFLNK {
            let target = FilePaths.realPath(path)
            guard FilePaths.isInside(target, root) else { return .linkOutside }
            guard stat(target, &status) == 0 else { return .notRegular }
        }
        return status.st_mode & S_IFMT == S_IFREG ? .regular : .notRegular
    }

    /// The day (UTC) the file was last modified.
    static func modificationDay(_ path: String) -> Day? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Day(secondsSince1970: Int64(status.st_mtim.tv_sec))
    }
}
