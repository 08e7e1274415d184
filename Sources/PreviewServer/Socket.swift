import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The few socket calls the server makes, over Glibc's descriptors.
enum Socket {
    /// Sends every byte, blocking; false when the peer is gone or the send timed out.
    static func sendAll(_ descriptor: Int32, _ bytes: [UInt8], flags: Int32 = 0) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { buffer in
                send(descriptor, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL) | flags)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }

    /// What reading a request head got.
    enum HeadResult {
        case head([UInt8])
        case tooLarge
        case closed
    }

    /// Reads up to and including the blank line that ends a request head.
    static func receiveHead(_ descriptor: Int32, limit: Int) -> HeadResult {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let end = Array("\r\n\r\n".utf8)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return .closed }
            let searchFrom = max(0, received.count - 3)
            received += buffer[..<count]
            if let range = received[searchFrom...].firstRange(of: end) {
                return .head(Array(received[..<range.upperBound]))
            }
            if received.count > limit { return .tooLarge }
        }
    }

    /// Makes sends and receives on `descriptor` give up after `seconds`.
    static func setTimeouts(_ descriptor: Int32, seconds: Int) {
        var time = timeval(tv_sec: seconds, tv_usec: 0)
        let size = socklen_t(MemoryLayout<timeval>.size)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &time, size)
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &time, size)
    }

    /// Closes a connection after telling the peer nothing more comes.
    static func close(_ descriptor: Int32) {
        shutdown(descriptor, Int32(SHUT_WR))
        Glibc.close(descriptor)
    }
}
