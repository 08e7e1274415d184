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

    /// The error for an input file of `folder` (such as `content`) that must not be read: a link
    /// to a file outside `root` (the folder, resolved), or not a regular file; nil when it can
    /// be read. Roadmap files, `site.yml` and the theme's files follow this one rule.
    static func problem(at path: String, within root: String, folder: String, hint: String) -> Diagnostic? {
        // Named only for an error: NSString's path handling was 2% of a topic corpus build.
        var name: String { (path as NSString).lastPathComponent }
        switch of(path, within: root) {
        case .regular:
            return nil
        case .linkOutside:
            var status = stat()
            let isFolder = stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
            return .error(
                "`\(name)` is a symbolic link to a \(isFolder ? "folder" : "file") outside the \(folder) folder",
                at: isFolder ? SourceLocation(file: path) : SourceLocation(file: path, line: 1, column: 1), hint: hint)
        case .notRegular:
            if let broken = brokenLink(path, name: name) {
                return .error(
                    broken, at: SourceLocation(file: path), hint: "point the link at a file that exists, or remove it")
            }
            return .error("`\(name)` is not a regular file", at: SourceLocation(file: path))
        }
    }

    /// What is wrong with `path` when it is a symbolic link that leads to no file: a loop of
    /// links, or a target that does not exist (named as the link writes it); nil otherwise.
    private static func brokenLink(_ path: String, name: String) -> String? {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK, stat(path, &status) != 0 else {
            return nil
        }
        if errno == ELOOP { return "`\(name)` is a symbolic link that leads back to itself (a loop of links)" }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX))
        let length = readlink(path, &buffer, buffer.count)
        guard length > 0 else { return "`\(name)` is a symbolic link to a file that does not exist" }
        let target = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return "`\(name)` is a symbolic link to \(Excerpt.quoted(target)), which does not exist"
    }

    /// The day (UTC) the file was last modified.
    static func modificationDay(_ path: String) -> Day? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Day(secondsSince1970: Int64(status.st_mtim.tv_sec))
    }
}
