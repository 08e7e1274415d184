import Foundation

/// The files of the theme, listed under the one rule `build` and `serve` share for templates
/// and assets alike: nothing is read through a symbolic link that leads out of the templates
/// folder. Such a link is an error at its path, and what it points at is neither read, nor
/// copied, nor served. A link inside the folder to a file counts as that file.
enum ThemeFiles {
    /// Assets that are also written at the site's root, where clients ask for them without a
    /// link: browsers, feed readers and crawlers request `/favicon.ico` from every site.
    static let rootAssets = ["favicon.ico"]

    /// What is under one folder of the theme, as paths relative to it, sorted.
    struct Listing {
        /// The regular files, and links to regular files inside the templates folder.
        var files: [String] = []
        /// Links out of the templates folder and entries that are not regular files.
        var problems: [Diagnostic] = []
    }

    /// Lists `directory`, a folder of the theme whose templates folder is `templatesDirectory`,
    /// leaving out the entries `skipping` names (relative paths); an empty listing when
    /// `directory` does not exist.
    static func list(
        _ directory: String, templatesDirectory: String, skipping: (String) -> Bool = { _ in false }
    ) -> Listing {
        var listing = Listing()
        let root = FilePaths.realPath(templatesDirectory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue
        else { return listing }
        let hint = "copy the files into the theme instead"
        guard FilePaths.isInside(FilePaths.realPath(directory), root) else {
            listing.problems += [FileKind.problem(at: directory, within: root, folder: "templates", hint: hint)]
                .compactMap { $0 }
            return listing
        }
        var pending = [""]
        while let folder = pending.popLast() {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: FilePaths.join(directory, folder))) ?? []
            for name in names.sorted() {
                let relative = folder.isEmpty ? name : folder + "/" + name
                guard !skipping(relative) else { continue }
                let path = FilePaths.join(directory, relative)
                var status = stat()
                if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
                    pending.append(relative)
                } else if let problem = FileKind.problem(at: path, within: root, folder: "templates", hint: hint) {
                    listing.problems.append(problem)
                } else {
                    listing.files.append(relative)
                }
            }
        }
        listing.files.sort()
        return listing
    }
}
