#if canImport(Glibc)
    import Glibc
#endif

/// The few socket calls the server makes, over Glibc's descriptors; none of them blocks.
enum Socket {
    /// Sends what the socket takes now of `bytes`: the number of bytes sent (0 when its buffer
    /// is full), or nil when the peer is gone.
    static func sendSome(_ descriptor: Int32, _ bytes: ArraySlice<UInt8>) -> Int? {
        while true {
            let count = bytes.withUnsafeBytes { buffer in
                send(descriptor, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT))
            }
            if count >= 0 { return count }
            if errno == EINTR { continue }
            return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : nil
        }
    }

    /// Sends every byte at once if the socket takes them; false when it did not (a part may
    /// have been sent, so the connection is then of no further use).
    static func sendNow(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        sendSome(descriptor, bytes[...]) == bytes.count
    }

    /// What a read from a connection got.
    enum Received: Equatable {
        /// This many bytes, at the start of the buffer.
        case bytes(Int)
        /// Nothing yet.
        case nothing
        /// The peer closed the connection, or it failed.
        case closed
    }

    /// Reads what has arrived on `descriptor`, up to the buffer's size.
    static func receive(_ descriptor: Int32, into buffer: inout [UInt8]) -> Received {
        while true {
            let count = buffer.withUnsafeMutableBytes {
                recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT))
            }
            if count > 0 { return .bytes(count) }
            if count == 0 { return .closed }
            if errno == EINTR { continue }
            return errno == EAGAIN || errno == EWOULDBLOCK ? .nothing : .closed
        }
    }

    /// What accepting a connection got.
    enum Accepted: Equatable {
        /// A new connection, non-blocking and closed on exec.
        case connection(Int32)
        /// No connection is waiting.
        case none
        /// The process or the system has no descriptor left.
        case outOfDescriptors
        /// The listener is closed or broken.
        case failed
    }

    /// Accepts one waiting connection on a non-blocking listener.
    static func accept(_ listener: Int32) -> Accepted {
        while true {
            let connection = Glibc.accept(listener, nil, nil)
            if connection >= 0 {
                _ = fcntl(connection, F_SETFD, FD_CLOEXEC)
                _ = fcntl(connection, F_SETFL, fcntl(connection, F_GETFL) | O_NONBLOCK)
                return .connection(connection)
            }
            switch errno {
            case EINTR, ECONNABORTED, EPROTO: continue
            case EAGAIN, EWOULDBLOCK: return .none
            case EMFILE, ENFILE, ENOBUFS, ENOMEM: return .outOfDescriptors
            default: return .failed
            }
        }
    }

    /// Closes a connection after telling the peer nothing more comes.
    static func close(_ descriptor: Int32) {
        shutdown(descriptor, Int32(SHUT_WR))
        Glibc.close(descriptor)
    }
}
