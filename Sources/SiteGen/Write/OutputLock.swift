import Foundation
import Synchronization

/// An advisory lock on an output folder, so that two builds never write it at once.
///
/// The lock is `flock(2)` on the file `.<name>.sitegen-lock` beside the output folder, which
/// holds the process id of the build that has it. `flock` locks belong to an open file, so two
/// builds in one process exclude each other too, and the kernel drops the lock of a process
/// that dies. The file is removed when the lock is released; a build that opened it just
/// before checks, once it has the lock, that the file is still the one at the path.
public final class OutputLock: Sendable {
    /// The lock file.
    public let path: String
    private let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// The lock file of the output folder `destination` (an absolute path).
    static func lockPath(for destination: String) -> String {
        let parent = (destination as NSString).deletingLastPathComponent
        return FilePaths.join(parent, ".\((destination as NSString).lastPathComponent).sitegen-lock")
    }

    /// Takes the lock of the output folder `destination` (an absolute path), creating the
    /// folder's parent if needed, then repairs what interrupted builds left beside the folder
    /// (`StagingDirectory.recover`). Throws at once, naming the other process, when another
    /// build has the lock.
    public static func acquire(for destination: String) throws(OutputError) -> OutputLock {
        let path = lockPath(for: destination)
        do {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        } catch {
            throw OutputError("cannot create the folder of \(destination): \(error.localizedDescription)")
        }
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard descriptor >= 0 else {
                throw OutputError("cannot lock the output folder: \(path): \(String(cString: strerror(errno)))")
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                let code = errno
                let holder = holderDescription(descriptor)
                close(descriptor)
                guard code == EWOULDBLOCK else {
                    throw OutputError("cannot lock the output folder: \(path): \(String(cString: strerror(code)))")
                }
                throw OutputError(
                    "another sitegen build (\(holder)) is writing this output folder; wait for it to finish")
            }
            // The holder may have removed the file between our open and our lock: start over.
            var opened = stat()
            var current = stat()
            guard fstat(descriptor, &opened) == 0, lstat(path, &current) == 0, opened.st_ino == current.st_ino,
                opened.st_dev == current.st_dev
            else {
                close(descriptor)
                continue
            }
            let pid = Array("\(getpid())\n".utf8)
            _ = ftruncate(descriptor, 0)
            _ = pwrite(descriptor, pid, pid.count, 0)
            held.withLock { _ = $0.insert(path) }
            StagingDirectory.recover(destination)
            return OutputLock(path: path, descriptor: descriptor)
        }
    }

    /// "process N", with the id the lock file holds, or "another process" when it holds none yet.
    private static func holderDescription(_ descriptor: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        let text = count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : ""
        guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { return "another process" }
        return "process \(pid)"
    }

    /// Removes the lock file and releases the lock. Call it once, when the build is over.
    public func release() {
        Self.held.withLock { held in
            guard held.remove(path) != nil else { return }
            unlink(path)
        }
        flock(descriptor, LOCK_UN)
    }

    /// Removes the lock files of every lock this process holds; for a signal handler, just
    /// before the process exits (which releases the locks).
    public static func removeEveryLockFile() {
        held.withLock { held in
            for path in held { unlink(path) }
            held.removeAll()
        }
    }

    /// The lock files of the locks this process holds.
    private static let held = Mutex<Set<String>>([])
}
