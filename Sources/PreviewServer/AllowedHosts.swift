/// The `Host` header values the server answers: on a loopback address, only the loopback names
/// with the port listened on, so that a page of another site cannot read the preview through
/// DNS rebinding (its requests carry that site's name); on any other address, every value.
struct AllowedHosts: Sendable, Hashable {
    /// The names a loopback server answers to.
    static let loopbackNames = ["127.0.0.1", "localhost", "[::1]"]

    /// The values answered, lowercased; nil when every value is.
    private let values: Set<String>?
    private let port: Int

    /// The values answered by a server listening on a loopback address (`isLoopback`) or not,
    /// on `port`: the loopback names followed by `:port` (and alone on port 80, which clients
    /// leave out).
    init(isLoopback: Bool, port: Int) {
        self.port = port
        guard isLoopback else {
            values = nil
            return
        }
        let names = Self.loopbackNames
        values = Set(names.map { "\($0):\(port)" } + (port == 80 ? names : []))
    }

    /// Whether a request with this `Host` header (nil: none) is answered.
    func allows(_ host: String?) -> Bool {
        guard let values else { return true }
        guard let host else { return false }
        return values.contains(host.lowercased())
    }

    /// The answer to a request for a host that is not answered: 421 Misdirected Request (RFC
    /// 9110, section 15.5.20), naming the addresses that are.
    func refusal() -> HTTPResponse {
        let names = Self.loopbackNames.map { "\($0):\(port)" }.joined(separator: ", ")
        return .text(421, "This server answers requests for \(names) only.")
    }
}
