import Foundation

/// Refuses output folders that a build must never replace: sitegen deletes only what it wrote.
public enum OutputSafety {
    /// Why `output` cannot be the output folder, or nil when it can.
    ///
    /// Refused: `/`, the home folder, the working folder, the content or templates folder or
    /// any folder that contains them, and a non-empty folder without sitegen's marker file.
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
        if entries.isEmpty || entries.contains(StagingDirectory.markerName) { return nil }
        return
            "the output folder is not empty and was not written by sitegen (it has no \(StagingDirectory.markerName) file)"
    }
}
