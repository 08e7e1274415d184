import Foundation

/// Refuses output folders that a build must never replace: sitegen deletes only what it wrote.
///
/// A copy of a built site (`cp -r public public2`), or a folder restored from a cache or a
/// backup, is refused too, even with its record copied beside it: sitegen cannot tell such a
/// folder from one made again at the path by someone else (the case the record is for) without
/// reading all of it, and removing it costs nothing, as the build writes every file again.
public enum OutputSafety {
    /// Why a build refuses its output folder, and what to do about it.
    public struct Refusal: Sendable, Equatable {
        /// What is wrong, a sentence for the error.
        public var reason: String
        /// The fix.
        public var hint: String
    }

    /// The fix for a folder that is not where a build may write.
    static let elsewhere = "choose another folder with --output"
    /// The fix for a folder that is not the one sitegen wrote.
    static let afresh = "remove the folder to build the site afresh there, or " + elsewhere

    /// Why `output` cannot be the output folder, or nil when it can.
    ///
    /// Refused: `/`, the home folder, the working folder, the content or templates folder or
    /// any folder that contains them, and a non-empty folder that is not the one sitegen last
    /// wrote there, unchanged at its top level (`OutputMarker`): a copied or restored site among them.
    public static func problem(
        output: String, contentDirectory: String, templatesDirectory: String, workingDirectory: String
    ) -> Refusal? {
        let target = FilePaths.realPath(output)
        let home = FilePaths.realPath(NSHomeDirectory())
        if target == "/" { return Refusal(reason: "the output folder is `/`", hint: elsewhere) }
        if target == home { return Refusal(reason: "the output folder is the home folder", hint: elsewhere) }
        if target == FilePaths.realPath(workingDirectory) {
            return Refusal(reason: "the output folder is the working folder", hint: elsewhere)
        }
        for (name, input) in [("content", contentDirectory), ("templates", templatesDirectory)] {
            let resolved = FilePaths.realPath(input)
            if FilePaths.isInside(resolved, target) {
                return Refusal(reason: "the output folder holds the \(name) folder", hint: elsewhere)
            }
            if FilePaths.isInside(target, resolved) {
                return Refusal(reason: "the output folder is inside the \(name) folder", hint: elsewhere)
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else {
            return Refusal(reason: "the output path is a file, not a folder", hint: elsewhere)
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []
        let destination = FilePaths.absolute(output)
        if entries.isEmpty || OutputMarker.recognizes(destination) { return nil }
        return Refusal(reason: notSitegens(destination), hint: afresh)
    }

    /// Why the folder `destination`, not empty, is not the one sitegen wrote there: what its
    /// record (`OutputMarker`) says.
    private static func notSitegens(_ destination: String) -> String {
        let record = (OutputMarker.path(for: destination) as NSString).lastPathComponent
        if OutputMarker.namesChangedFolder(destination) {
            return "the output folder is not as sitegen left it: a file or folder was added, removed or renamed "
                + "at its top level, or the folder was made again, and a build replaces only the folder it wrote"
        }
        if OutputMarker.entries(for: destination).isEmpty {
            var status = stat()
            guard lstat(OutputMarker.path(for: destination), &status) == 0 else {
                return "the output folder is not empty, and sitegen did not write it: there is no record \(record) "
                    + "beside it (a copy of a built site has none), and a build replaces only the folder it wrote"
            }
            return "the output folder is not empty, and sitegen cannot tell that it wrote it: its record \(record) "
                + "beside it is unreadable or garbled, and a build replaces only the folder it wrote"
        }
        return "the output folder is not the one sitegen wrote there: it was made again since (copied, restored "
            + "from a cache or a backup, or created anew), and a build replaces only the folder it wrote"
    }
}
