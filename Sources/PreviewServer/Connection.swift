/// One client connection as the server's loop sees it: its request head arriving, then its
/// answer leaving, each within a deadline.
struct Connection {
    /// What the connection is waiting for.
    enum Phase: Equatable {
        /// The rest of the request head.
        case readingHead
        /// The socket to take the rest of the answer.
        case sending
    }

    /// The socket.
    let descriptor: Int32
    /// What it waits for.
    var phase = Phase.readingHead
    /// When the whole head must have arrived, or the whole answer left.
    var deadline: ContinuousClock.Instant
    /// The bytes of the head received so far.
    var received: [UInt8] = []
    /// The answer's bytes.
    var outgoing: [UInt8] = []
    /// How many of them were sent.
    var sent = 0

    /// A connection just accepted, which has until `deadline` to send its head.
    init(descriptor: Int32, deadline: ContinuousClock.Instant) {
        self.descriptor = descriptor
        self.deadline = deadline
    }

    /// Starts sending `bytes`, which must all have left by `deadline`.
    mutating func answer(_ bytes: [UInt8], deadline: ContinuousClock.Instant) {
        phase = .sending
        outgoing = bytes
        sent = 0
        received = []
        self.deadline = deadline
    }

    /// Reads what arrived: the head once it is whole (with its empty line), nil while it is
    /// not; `.tooLarge` past `limit` bytes, `.closed` when the client went away first.
    mutating func readHead(limit: Int) -> HeadProgress {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            switch Socket.receive(descriptor, into: &buffer) {
            case .closed:
                return .closed
            case .nothing:
                return .waiting
            case .bytes(let count):
                let scanFrom = max(0, received.count - 2)
                received += buffer[..<count]
                if let end = HTTPRequest.headEnd(in: received, from: scanFrom) {
                    return .head(Array(received[..<end]))
                }
                if received.count > limit { return .tooLarge }
            }
        }
    }

    /// What reading a request head got so far.
    enum HeadProgress {
        case head([UInt8])
        case waiting
        case tooLarge
        case closed
    }

    /// Sends what the socket takes of the answer; whether the connection is done (all sent, or
    /// the client gone).
    mutating func sendMore() -> Bool {
        guard let count = Socket.sendSome(descriptor, outgoing[sent...]) else { return true }
        sent += count
        return sent == outgoing.count
    }
}
