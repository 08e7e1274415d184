#if canImport(Glibc)
    import Glibc
#endif

/// A non-blocking TCP socket listening on one IPv4 or IPv6 address.
struct ListeningSocket: Sendable {
    /// The descriptor.
    let descriptor: Int32
    /// The port listened on (the one the system chose when 0 was asked for).
    let port: Int
    /// Whether the address is a loopback one (127.0.0.0/8 or ::1), reachable from this machine only.
    let isLoopback: Bool

    /// Listens on `host` (an IP address, or `localhost` for 127.0.0.1) and `port` (0: any free one).
    static func open(host: String, port: Int) throws(ServeError) -> ListeningSocket {
        guard (0...65_535).contains(port) else { throw ServeError("--port must be between 0 and 65535, not \(port)") }
        let address = host == "localhost" ? "127.0.0.1" : host
        var ipv4 = in_addr()
        var ipv6 = in6_addr()
        if inet_pton(AF_INET, address, &ipv4) == 1 {
            var socketAddress = sockaddr_in()
            socketAddress.sin_family = sa_family_t(AF_INET)
            socketAddress.sin_port = in_port_t(UInt16(port).bigEndian)
            socketAddress.sin_addr = ipv4
            return try withUnsafeBytes(of: &socketAddress) { bytes throws(ServeError) in
                try listen(family: AF_INET, address: bytes, host: host, port: port)
            }.loopback(UInt32(bigEndian: ipv4.s_addr) >> 24 == 127)
        }
        if inet_pton(AF_INET6, address, &ipv6) == 1 {
            var socketAddress = sockaddr_in6()
            socketAddress.sin6_family = sa_family_t(AF_INET6)
            socketAddress.sin6_port = in_port_t(UInt16(port).bigEndian)
            socketAddress.sin6_addr = ipv6
            return try withUnsafeBytes(of: &socketAddress) { bytes throws(ServeError) in
                try listen(family: AF_INET6, address: bytes, host: host, port: port)
            }.loopback(withUnsafeBytes(of: ipv6) { Array($0) } == Array(repeating: 0, count: 15) + [1])
        }
        throw ServeError("--host `\(host)` is not an IP address (such as 127.0.0.1 or ::1)")
    }

    private static func listen(
        family: Int32, address: UnsafeRawBufferPointer, host: String, port: Int
    ) throws(ServeError) -> ListeningSocket {
        let descriptor = socket(
            family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        guard descriptor >= 0 else { throw ServeError("cannot open a socket: \(String(cString: strerror(errno)))") }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        let generic = address.baseAddress!.assumingMemoryBound(to: sockaddr.self)
        guard bind(descriptor, generic, socklen_t(address.count)) == 0, Glibc.listen(descriptor, 512) == 0 else {
            let reason = String(cString: strerror(errno))
            Glibc.close(descriptor)
            throw ServeError(
                "cannot listen on \(host) port \(port): \(reason)"
                    + (reason.contains("in use") ? "; choose another with --port" : ""))
        }
        var bound = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let boundPort = withUnsafeMutablePointer(to: &bound) { pointer in
            _ = pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
            return pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) {
                Int(UInt16(bigEndian: $0.pointee.sin_port))
            }
        }
        return ListeningSocket(descriptor: descriptor, port: boundPort, isLoopback: false)
    }

    private func loopback(_ isLoopback: Bool) -> ListeningSocket {
        ListeningSocket(descriptor: descriptor, port: port, isLoopback: isLoopback)
    }
}
