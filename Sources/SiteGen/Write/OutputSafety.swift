import Foundation

/// Refuses output folders that a build must never replace: sitegen deletes only what it wrote.
public enum OutputSafety {
    /// Why `output` cannot be the output folder, or nil when it can.
    ///
    /// Refused: `/`, the home folder, the working folder, the content or templates folder or
    /// any folder that contains them, and a non-empty folder that is not the one sitegen last
    /// wrote there (`OutputMarker`).
    public static func problem(
        output: String, contentDirectory: String, templatesDirectory: String, workingDirectory: String
    ) -> String? {
        let target = FilePaths.realPath(output)
        let home = FilePaths.realPath(NSHomeDirectory())
        if target == "/" { return "the output folder is `/`" }
        if target == home { return "the output folder is the home folder" }
        if target == FilePaths.realPath(workingDirectory) { return "the output folder is the working folder" }
        for (name, input) in [("content", contentDirectory), ("templates", templatesDirectory)] {
            let resolved = FilePaths.realPath(input)
            if FilePaths.isInside(resolved, target) { return "the output folder holds the \(name) folder" }
            if FilePaths.isInside(target, resolved) { return "the output folder is inside the \(name) folder" }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return "the output path is a file, not a folder" }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []
        let destination = FilePaths.absolute(output)
        if entries.isEmpty || OutputMarker.recognizes(destination) { return nil }
        let record = (OutputMarker.path(for: destination) as NSString).lastPathComponent
        if OutputMarker.namesChangedFolder(destination) {
            return "the output folder changed after sitegen wrote it, or was made again (a build would delete "
                + "what was added at its top level); move that out, or remove the folder"
        }
        return "the output folder is not empty and was not written by sitegen (\(record) beside it would say so)"
    }
}
