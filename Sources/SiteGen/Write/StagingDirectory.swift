import Foundation
import Synchronization

/// A temporary folder beside the output folder that a build writes into; swapped in for the
/// output folder only when the whole build succeeded, removed otherwise.
///
/// Every write goes through a descriptor of the folder opened when it was made, never through
/// its path: when the folder is removed while a build writes it (on a signal, or by anyone
/// else), the writes fail instead of making a new folder at that path, and `commit` refuses a
/// folder that is no longer the one it made. So a build never publishes a folder it did not
/// write completely.
public struct StagingDirectory: Sendable {
    /// The temporary folder.
    public var path: String { folder.path }
    /// The output folder it replaces.
    public let destination: String
    private let folder: OpenFolder

    /// Creates an empty staging folder beside `destination` (an absolute path), for a folder no
    /// other build writes (such as `check`'s scratch folder). A build of the output folder uses
    /// `create(for:holding:)`.
    public static func create(for destination: String) throws(OutputError) -> StagingDirectory {
        let parent = (destination as NSString).deletingLastPathComponent
        let name = (destination as NSString).lastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw OutputError("cannot create the folder \(parent): \(error.localizedDescription)")
        }
        while true {
            let path = FilePaths.join(
                parent, "\(stagingPrefix(name))\(getpid())-\(String(UInt32.random(in: 0...UInt32.max), radix: 16))")
            if mkdir(path, 0o777) != 0 {
                if errno == EEXIST { continue }
                throw OutputError("cannot create the folder \(path): \(String(cString: strerror(errno)))")
            }
            let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
            guard descriptor >= 0 else {
                let reason = String(cString: strerror(errno))
                rmdir(path)
                throw OutputError("cannot open the folder \(path): \(reason)")
            }
            let folder = OpenFolder(path: path, descriptor: descriptor)
            openFolders.withLock { $0[ObjectIdentifier(folder)] = folder }
            return StagingDirectory(destination: destination, folder: folder)
        }
    }

    /// Creates an empty staging folder beside the output folder `destination` (an absolute
    /// path) while holding its lock (which repaired what interrupted builds left there).
    public static func create(
        for destination: String, holding lock: OutputLock
    ) throws(OutputError) -> StagingDirectory {
        precondition(lock.path == OutputLock.lockPath(for: destination), "the lock of another output folder")
        return try create(for: destination)
    }

    /// Creates a folder (and its parents) inside the staging folder.
    public func createDirectory(_ relativePath: String) throws(OutputError) {
        guard !relativePath.isEmpty else { return }
        try folder.checkOpen()
        if mkdirat(folder.descriptor, relativePath, 0o755) == 0 || errno == EEXIST { return }
        var partial = ""
        for component in relativePath.split(separator: "/") {
            partial += partial.isEmpty ? String(component) : "/" + component
            if mkdirat(folder.descriptor, partial, 0o755) != 0, errno != EEXIST {
                throw OutputError(
                    "cannot create the folder \(FilePaths.join(path, partial)): \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Writes one file; its folder must exist.
    public func write(_ file: OutputFile) throws(OutputError) {
        let result = file.contents.withUnsafeBytes { bytes in
            Result { () throws(OutputError) in try write(bytes: bytes, to: file.path) }
        }
        try result.get()
    }

    /// Writes bytes to a file inside the staging folder; its folder must exist.
    public func write(bytes: UnsafeRawBufferPointer, to relativePath: String) throws(OutputError) {
        try folder.checkOpen()
        let descriptor = openat(
            folder.descriptor, relativePath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw failure(writing: relativePath) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(writing: relativePath)
            }
            offset += written
        }
    }

    /// The error for a failed write of `relativePath`, with the reason of `code` (`errno`, taken
    /// at the call); the full path is joined only here, not for every file written.
    private func failure(writing relativePath: String, code: Int32 = errno) -> OutputError {
        OutputError("cannot write \(FilePaths.join(path, relativePath)): \(String(cString: strerror(code)))")
    }

    /// Puts the folder in place of the destination in one step where the file system can
    /// (`FolderSwap`), else in two renames, and records it as sitegen's (`OutputMarker`).
    public func commit() throws(OutputError) {
        try commit(exchanging: true)
    }

    /// `commit()`; with `exchanging` false, always in two renames (for tests of that path).
    func commit(exchanging: Bool) throws(OutputError) {
        let previous = try Self.openFolders.withLock { folders throws(OutputError) -> String? in
            guard folders[ObjectIdentifier(folder)] != nil else {
                throw OutputError("the build was interrupted; \(destination) is left as it was")
            }
            guard folder.isStill(at: path) else {
                throw OutputError(
                    "the staging folder \(path) was removed or replaced while the build wrote it; \(destination) is left as it was"
                )
            }
            try OutputMarker.expect(folder.descriptor, at: destination)
            // Whatever the swap did, the folder now at the destination is sitegen's.
            defer { OutputMarker.record(destination) }
            let previous = try swap(exchanging: exchanging)
            // In place: no longer this folder's to remove. (A failed swap left it open.)
            folders[ObjectIdentifier(folder)] = nil
            return previous
        }
        if let previous { Self.removeTree(previous) }
    }

    /// Puts the staging folder in place of the destination; returns where the previous site
    /// now is, to be removed.
    private func swap(exchanging: Bool) throws(OutputError) -> String? {
        var status = stat()
        guard lstat(destination, &status) == 0 else {
            guard rename(path, destination) == 0 else {
                throw OutputError("cannot move the new site into \(destination): \(String(cString: strerror(errno)))")
            }
            return nil
        }
        if exchanging {
            switch FolderSwap.exchange(path, destination) {
            case .exchanged: return path
            case .failed(let code):
                throw OutputError("cannot move the new site into \(destination): \(String(cString: strerror(code)))")
            case .unsupported: break
            }
        }
        let previous = Self.previousSitePath(destination)
        Self.removeTree(previous)
        if rename(destination, previous) != 0 {
            throw OutputError("cannot replace \(destination): \(String(cString: strerror(errno)))")
        }
        if rename(path, destination) != 0 {
            let reason = String(cString: strerror(errno))
            rename(previous, destination)
            throw OutputError("cannot move the new site into \(destination): \(reason)")
        }
        return previous
    }

    /// Removes the staging folder and everything in it, and makes every later write to it fail;
    /// nothing more when it was committed or removed already (by `discardEveryOpen`, say). The
    /// removal holds the lock `discardEveryOpen` takes, so a signal handler that calls it while
    /// a failing build discards its folder waits for the folder to be gone.
    public func discard() {
        folder.abandon()
        Self.openFolders.withLock { folders in
            guard folders.removeValue(forKey: ObjectIdentifier(folder)) != nil else { return }
            Self.removeTree(path)
        }
    }

    /// Removes every staging folder of this process that is neither committed nor discarded,
    /// and makes every later write to them fail; a commit under way finishes first. For a
    /// signal handler, just before the process exits.
    public static func discardEveryOpen() {
        openFolders.withLock { folders in
            for folder in folders.values {
                folder.abandon()
                removeTree(folder.path)
            }
            folders.removeAll()
        }
    }

    /// The staging folders of this process that are neither committed nor discarded.
    private static let openFolders = Mutex<[ObjectIdentifier: OpenFolder]>([:])

    /// How the names of the staging folders of `name` start.
    static func stagingPrefix(_ name: String) -> String { ".\(name).sitegen-tmp-" }

    /// Where the previous site waits while the new one is moved in, when that takes two renames.
    static func previousSitePath(_ destination: String) -> String {
        let parent = (destination as NSString).deletingLastPathComponent
        return FilePaths.join(parent, ".\((destination as NSString).lastPathComponent).sitegen-old")
    }

    /// Repairs what interrupted builds left beside `destination`: when a crash came between
    /// the two renames of a swap (no output folder, the previous site aside), the previous site
    /// is put back; then staging folders and previous sites are removed. Called by
    /// `OutputLock.acquire`, once it has the lock: then no other build is writing any of them.
    static func recover(_ destination: String) {
        let parent = (destination as NSString).deletingLastPathComponent
        let name = (destination as NSString).lastPathComponent
        let previous = (previousSitePath(destination) as NSString).lastPathComponent
        guard let siblings = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        var status = stat()
        var hasDestination = lstat(destination, &status) == 0
        for sibling in siblings.sorted() where sibling.hasPrefix(previous) {
            let path = FilePaths.join(parent, sibling)
            if !hasDestination, rename(path, destination) == 0 {
                hasDestination = true
                OutputMarker.record(destination)
            } else {
                removeTree(path)
            }
        }
        for sibling in siblings where sibling.hasPrefix(stagingPrefix(name)) {
            removeTree(FilePaths.join(parent, sibling))
        }
    }

    /// Removes a folder tree; tries again while files appear in it (a writer still running).
    static func removeTree(_ path: String) {
        var status = stat()
        var attempts = 0
        while attempts < 20, lstat(path, &status) == 0 {
            try? FileManager.default.removeItem(atPath: path)
            attempts += 1
        }
    }
}

/// A staging folder, open, with the descriptor every write goes through.
private final class OpenFolder: Sendable {
    let path: String
    let descriptor: Int32
    private let closed = Atomic(false)

    init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Makes every later write fail.
    func abandon() {
        closed.store(true, ordering: .releasing)
    }

    /// Throws when the folder was discarded (on a signal, or after a failure).
    func checkOpen() throws(OutputError) {
        if closed.load(ordering: .acquiring) { throw OutputError("the build was interrupted: \(path) is removed") }
    }

    /// Whether `path` still names this folder, and it was not removed.
    func isStill(at path: String) -> Bool {
        var opened = stat()
        var current = stat()
        return fstat(descriptor, &opened) == 0 && opened.st_nlink > 0 && lstat(path, &current) == 0
            && opened.st_ino == current.st_ino && opened.st_dev == current.st_dev
    }
}

/// A failure to write the output; the message names the path and the reason.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
