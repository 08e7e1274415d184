import Foundation
import PollWakeup

#if canImport(Glibc)
    import Glibc
#endif

/// Reports changes under folders by scanning them at an interval and comparing each file's
/// modification time, size and inode with the last scan: the fallback where inotify is not
/// available (or is not wanted, with `--poll`).
struct PollingSource: ChangeSource {
    /// What a scan notes of a file, to tell whether it changed since.
    private struct Stamp: Equatable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
        var inode: UInt64
    }

    private let roots: [String]
    private let interval: Int32
    private var stamps: [String: Stamp]

    /// Scans `roots` (absolute) now, and every `interval` milliseconds after.
    init(roots: [String], interval: Int32) {
        self.roots = roots
        self.interval = interval
        stamps = Self.scan(roots)
    }

    mutating func changes(waitingUpTo milliseconds: Int32, wake: Int32) -> Set<String> {
        var descriptor = pollfd(fd: wake, events: Int16(POLLIN), revents: 0)
        if poll(&descriptor, 1, min(milliseconds, interval)) > 0 { return [] }
        let current = Self.scan(roots)
        var changed: Set<String> = []
        for (path, stamp) in current where stamps[path] != stamp { changed.insert(path) }
        for path in stamps.keys where current[path] == nil { changed.insert(path) }
        stamps = current
        return changed
    }

    func close() {}

    private static func scan(_ roots: [String]) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for root in roots {
            guard let enumerator = FileManager.default.enumerator(atPath: root) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let path = WatchedPath.join(root, relative)
                stamps[path] = stamp(path)
            }
        }
        return stamps.compactMapValues { $0 }
    }

    /// A file's stamp; nil for a folder (its own time changes with every file saved by rename).
    private static func stamp(_ path: String) -> Stamp? {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else { return nil }
        return Stamp(
            seconds: status.st_mtim.tv_sec, nanoseconds: status.st_mtim.tv_nsec, size: Int64(status.st_size),
            inode: UInt64(status.st_ino))
    }
}
