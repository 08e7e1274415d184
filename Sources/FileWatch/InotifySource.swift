import Foundation
import PollWakeup

#if canImport(Glibc)
    import Glibc
#endif

/// Reports changes under folders through Linux's inotify: every folder of the trees is
/// watched, new folders as they appear, so a file saved by rename (written beside, then moved
/// over the old one) is seen as the move that it is.
struct InotifySource: ChangeSource {
    private let descriptor: Int32
    private let roots: [String]
    private var folders: [Int32: String] = [:]

    /// What is watched in each folder: files written and closed, moved in or out, created,
    /// deleted, touched; and the folder itself going away.
    private static let mask = UInt32(
        IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB | IN_DELETE_SELF
            | IN_MOVE_SELF)

    /// Watches every folder under `roots` (absolute); nil when inotify is not available.
    init?(roots: [String]) {
        let descriptor = inotify_init1(Int32(IN_CLOEXEC) | Int32(IN_NONBLOCK))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        self.roots = roots
        for root in roots { _ = watchTree(root) }
    }

    mutating func changes(waitingUpTo milliseconds: Int32, wake: Int32) -> Set<String> {
        var changed: Set<String> = []
        for root in roots where !folders.values.contains(root) {
            changed.formUnion(watchTree(root))
        }
        var descriptors = [
            pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
        ]
        guard poll(&descriptors, 2, milliseconds) > 0, descriptors[0].revents != 0 else { return changed }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            changed.formUnion(parse(buffer[..<count]))
        }
        return changed
    }

    func close() {
        Glibc.close(descriptor)
    }

    /// The paths named by a buffer of `inotify_event` records; watches new folders.
    private mutating func parse(_ bytes: ArraySlice<UInt8>) -> Set<String> {
        var changed: Set<String> = []
        var offset = bytes.startIndex
        let headerSize = MemoryLayout<inotify_event>.size
        while offset + headerSize <= bytes.endIndex {
            let (watch, mask, length) = bytes.withUnsafeBytes { raw in
                let base = offset - bytes.startIndex
                return (
                    raw.loadUnaligned(fromByteOffset: base, as: Int32.self),
                    raw.loadUnaligned(fromByteOffset: base + 4, as: UInt32.self),
                    Int(raw.loadUnaligned(fromByteOffset: base + 12, as: UInt32.self))
                )
            }
            let nameBytes = bytes[(offset + headerSize)..<min(offset + headerSize + length, bytes.endIndex)]
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            offset += headerSize + length
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                changed.formUnion(roots)
                continue
            }
            guard let folder = folders[watch] else { continue }
            if mask & UInt32(IN_IGNORED) != 0 {
                folders[watch] = nil
                changed.insert(folder)
                continue
            }
            let path = name.isEmpty ? folder : WatchedPath.join(folder, name)
            changed.insert(path)
            if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                changed.formUnion(watchTree(path))
            }
        }
        return changed
    }

    /// Watches `root` and every folder under it; returns the files already in them.
    private mutating func watchTree(_ root: String) -> Set<String> {
        guard add(root) else { return [] }
        var found: Set<String> = []
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return found }
        while let relative = enumerator.nextObject() as? String {
            let path = WatchedPath.join(root, relative)
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            if status.st_mode & S_IFMT == S_IFDIR {
                _ = add(path)
            } else {
                found.insert(path)
            }
        }
        return found
    }

    private mutating func add(_ folder: String) -> Bool {
        let watch = inotify_add_watch(descriptor, folder, Self.mask | UInt32(IN_ONLYDIR))
        guard watch >= 0 else { return false }
        folders[watch] = folder
        return true
    }
}
