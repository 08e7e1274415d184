import Foundation

/// The record that tells a build which folder at the output path sitegen wrote, so that it
/// replaces that folder and no other: the file `.<name>.sitegen-output` beside the folder (beside
/// it, not in it, so that it is never published with the site).
///
/// The record names the folder by its inode number and its status change time (`st_ctim`, in
/// nanoseconds), taken when a build put the folder in place. A folder made again at the path
/// (which on ext4 often gets the same inode number back) has another change time, and so has
/// sitegen's own folder once anything was added to, removed from or renamed at its top level,
/// or its permissions changed: then the build refuses it and says why, instead of deleting what
/// someone else put there. Renames change the time too, so the record is taken again after
/// every swap and every repair (`StagingDirectory.recover`).
///
/// Between a build's staging folder going into place and the record being taken, a crash would
/// leave a record of the previous folder; so before the swap the record also names the staging
/// folder, as `pending`, by its inode number alone.
///
/// A folder with a `.sitegen-output` file inside is recognized too: sitegen wrote that marker
/// inside its folders until the record moved beside them.
enum OutputMarker {
    /// The name of the marker file earlier builds wrote inside the output folder.
    static let legacyName = ".sitegen-output"

    /// The path of the record of the output folder `destination` (an absolute path).
    static func path(for destination: String) -> String {
        let parent = (destination as NSString).deletingLastPathComponent
        return FilePaths.join(parent, ".\((destination as NSString).lastPathComponent).sitegen-output")
    }

    /// Whether the folder `destination` (an absolute path) is the one the record names, or has
    /// the marker of earlier builds.
    static func recognizes(_ destination: String) -> Bool {
        if FileManager.default.fileExists(atPath: FilePaths.join(destination, legacyName)) { return true }
        guard let current = Identity(of: destination) else { return false }
        return entries(for: destination).contains { $0.matches(current) }
    }

    /// Whether the record names the folder at `destination` by its inode number, however it
    /// changed since: sitegen's folder changed by someone else, or a folder made again at the
    /// path that got the inode number back.
    static func namesChangedFolder(_ destination: String) -> Bool {
        guard let current = Identity(of: destination) else { return false }
        return entries(for: destination).contains { $0.inode == current.inode }
    }

    /// Adds the folder `incoming` is open on (a descriptor), about to be put at `destination`,
    /// to the record as `pending`.
    static func expect(_ incoming: Int32, at destination: String) throws(OutputError) {
        var status = stat()
        guard fstat(incoming, &status) == 0 else {
            throw OutputError("cannot read the staging folder: \(String(cString: strerror(errno)))")
        }
        let kept = entries(for: destination).filter { $0.changed != nil }
        try write(kept + [Identity(inode: UInt64(status.st_ino), changed: nil)], for: destination)
    }

    /// Records the folder now at `destination` as the one sitegen wrote; nothing when there
    /// is none. A record that cannot be written leaves the previous one (the next build then
    /// refuses the folder, and says so).
    static func record(_ destination: String) {
        guard let current = Identity(of: destination) else { return }
        try? write([current], for: destination)
    }

    /// A folder's inode number and change time; a `pending` one has no change time yet.
    struct Identity: Equatable {
        var inode: UInt64
        var changed: String?

        init(inode: UInt64, changed: String?) {
            self.inode = inode
            self.changed = changed
        }

        /// The identity of the folder at `path` (not followed if it is a link), or nil.
        init?(of path: String) {
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return nil }
            self.init(
                inode: UInt64(status.st_ino),
                changed: "\(status.st_ctim.tv_sec).\(String(format: "%09ld", status.st_ctim.tv_nsec))")
        }

        /// Whether `current`, a folder's identity now, is the folder this entry names.
        func matches(_ current: Identity) -> Bool {
            inode == current.inode && (changed == nil || changed == current.changed)
        }

        /// The entry's line in the record.
        var line: String { changed.map { "folder \(inode) \($0)" } ?? "pending \(inode)" }

        /// The entry a line of the record holds, or nil for any other line.
        init?(line: Substring) {
            let words = line.split(separator: " ")
            switch (words.first, words.count) {
            case ("folder", 3):
                guard let inode = UInt64(words[1]) else { return nil }
                self.init(inode: inode, changed: String(words[2]))
            case ("pending", 2):
                guard let inode = UInt64(words[1]) else { return nil }
                self.init(inode: inode, changed: nil)
            default: return nil
            }
        }
    }

    /// The entries of the record of `destination`; none when it is missing or unreadable.
    static func entries(for destination: String) -> [Identity] {
        guard let data = FileManager.default.contents(atPath: path(for: destination)) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap(Identity.init(line:))
    }

    private static func write(_ entries: [Identity], for destination: String) throws(OutputError) {
        let name = (destination as NSString).lastPathComponent
        let text =
            "# The folder \(name) beside this file was written by sitegen, and is replaced by its next build\n"
            + "# while it is this folder, unchanged at its top level. Written by sitegen; do not edit it.\n"
            + entries.map { $0.line + "\n" }.joined()
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path(for: destination)), options: .atomic)
        } catch {
            throw OutputError("cannot write \(path(for: destination)): \(error.localizedDescription)")
        }
    }
}
