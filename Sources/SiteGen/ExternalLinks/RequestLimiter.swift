/// Bounds how many requests run at once, overall and to any one host, so a check never hammers
/// a server; callers beyond the bounds wait in the order they came.
actor RequestLimiter {
    private let maxTotal: Int
    private let maxPerHost: Int
    private var running = 0
    private var runningByHost: [String: Int] = [:]
    private var waiting: [(host: String, continuation: CheckedContinuation<Void, Never>)] = []

    /// A limiter allowing `maxTotal` requests at once, `maxPerHost` of them to one host (each
    /// at least one).
    init(maxTotal: Int, maxPerHost: Int) {
        self.maxTotal = max(1, maxTotal)
        self.maxPerHost = max(1, maxPerHost)
    }

    /// Waits until a request to `host` may start, and counts it as running.
    func acquire(host: String) async {
        if waiting.isEmpty, canStart(host) {
            start(host)
            return
        }
        await withCheckedContinuation { waiting.append((host, $0)) }
    }

    /// Counts a request to `host` as finished and lets waiting ones start.
    func release(host: String) {
        running -= 1
        runningByHost[host, default: 1] -= 1
        var index = 0
        while index < waiting.count, running < maxTotal {
            if canStart(waiting[index].host) {
                let waiter = waiting.remove(at: index)
                start(waiter.host)
                waiter.continuation.resume()
            } else {
                index += 1
            }
        }
    }

    private func canStart(_ host: String) -> Bool {
        running < maxTotal && runningByHost[host, default: 0] < maxPerHost
    }

    private func start(_ host: String) {
        running += 1
        runningByHost[host, default: 0] += 1
    }
}
