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

    /// Wakes the polling thread.
    package func signal() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// Reads away every wake-up so far.
    package func drain() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while buffer.withUnsafeMutableBytes({ read(readEnd, $0.baseAddress, $0.count) }) > 0 {}
    }

    /// Closes both ends.
    package func close() {
        Glibc.close(readEnd)
        Glibc.close(writeEnd)
    }
}
