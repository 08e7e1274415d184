#if canImport(Glibc)
    import Glibc
#endif

/// How far from this machine an IP address is: on it, on a private network, or anywhere on the
/// internet. The link checker follows a redirect only to an address no nearer than the link's
/// own, so that a public page cannot send it to a service on this machine or its network.
///
/// The ranges are those of IANA's special-purpose address registries (RFC 6890 and its updates)
/// that are not globally reachable: loopback and "this host" (`127.0.0.0/8`, `0.0.0.0/8`, `::1`,
/// `::`) are `.loopback`; private, shared, link-local (cloud metadata services live at
/// `169.254.169.254`), benchmarking, multicast and reserved ranges, and IPv6 unique-local,
/// link-local, site-local and multicast ones, are `.privateNetwork`. IPv4 addresses written
/// inside IPv6 ones (`::ffff:a.b.c.d`, `64:ff9b::a.b.c.d`) count as the IPv4 address.
enum AddressReach: Int, Sendable, Comparable {
    /// Reachable across the internet.
    case global
    /// On a private or local network.
    case privateNetwork
    /// On this machine.
    case loopback

    static func < (left: AddressReach, right: AddressReach) -> Bool {
        left.rawValue < right.rawValue
    }

    /// The reach of a numeric IPv4 or IPv6 address (`93.184.216.34`, `::1`); nil when `address`
    /// is not one.
    static func of(numericAddress address: String) -> AddressReach? {
        var ipv4 = in_addr()
        if inet_pton(AF_INET, address, &ipv4) == 1 {
            return of(ipv4: UInt32(bigEndian: ipv4.s_addr))
        }
        var ipv6 = in6_addr()
        guard inet_pton(AF_INET6, address, &ipv6) == 1 else { return nil }
        return of(ipv6: withUnsafeBytes(of: ipv6) { Array($0) })
    }

    /// The reach of an IPv4 address, as a number (`127.0.0.1` is `0x7F00_0001`).
    static func of(ipv4 address: UInt32) -> AddressReach {
        func within(_ network: UInt32, _ prefix: UInt32) -> Bool {
            address >> (32 - prefix) == network >> (32 - prefix)
        }
        if within(0x7F00_0000, 8) || within(0x0000_0000, 8) { return .loopback }
        let local: [(UInt32, UInt32)] = [
            (0x0A00_0000, 8), (0x6440_0000, 10), (0xA9FE_0000, 16), (0xAC10_0000, 12), (0xC000_0000, 24),
            (0xC0A8_0000, 16), (0xC612_0000, 15), (0xE000_0000, 4), (0xF000_0000, 4),
        ]
        return local.contains { within($0.0, $0.1) } ? .privateNetwork : .global
    }

    /// The reach of an IPv6 address, as its 16 bytes.
    static func of(ipv6 bytes: [UInt8]) -> AddressReach {
        let embeddedIPv4 = bytes[12...].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        if bytes[..<15].allSatisfy({ $0 == 0 }), bytes[15] <= 1 { return .loopback }
        if bytes[..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF {
            return of(ipv4: embeddedIPv4)
        }
        if bytes[..<12].elementsEqual([0, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0]) { return of(ipv4: embeddedIPv4) }
        if bytes[0] & 0xFE == 0xFC || bytes[0] == 0xFF { return .privateNetwork }
        if bytes[0] == 0xFE, bytes[1] & 0xC0 == 0x80 || bytes[1] & 0xC0 == 0xC0 { return .privateNetwork }
        return .global
    }
}
