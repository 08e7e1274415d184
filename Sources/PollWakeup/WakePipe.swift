#if canImport(Glibc)
    import Glibc
#endif

/// A pipe that wakes a thread blocked in `poll`: one end is polled, the other written to.
package struct WakePipe: Sendable {
    /// The end to poll for reading.
    package let readEnd: Int32
    private let writeEnd: Int32

    /// A new pipe whose ends do not block and are closed on exec.
    package init() {
        var ends: [Int32] = [-1, -1]
        _ = pipe(&ends)
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    /// Wakes the polling thread, with `byte` to read (only `write(2)` is called, so a signal
    /// handler may call this).
    package func signal(_ byte: UInt8 = 1) {
        var byte = byte
        _ = write(writeEnd, &byte, 1)
    }

    /// The bytes written so far and not yet read, read away.
    package func takeBytes() -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
            guard count > 0 else { return bytes }
            bytes += buffer[..<count]
        }
    }

    /// Reads away every wake-up so far.
    package func drain() {
        _ = takeBytes()
    }

    /// Closes both ends.
    package func close() {
        Glibc.close(readEnd)
        Glibc.close(writeEnd)
    }
}
