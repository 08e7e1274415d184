import Foundation

/// Finds out whether a URL works, the way a browser would reach it but without its body.
///
/// A HEAD request comes first; when it gets an error status the URL is asked again with GET,
/// since some servers answer HEAD wrongly (405, 403, 501, ...). Redirects are followed up to a
/// limit, when `RedirectPolicy` allows them; when the first ones are permanent (301, 308), the
/// URL they lead to is reported so the link can be updated. Everything asked for one URL, every
/// redirect and the GET included, shares one deadline.
struct HTTPProbe: Sendable {
    /// The most redirects followed for one URL.
    static let maximumRedirects = 10

    let client: HTTPClient
    /// How long one URL may take, redirects and the GET included.
    let timeout: Duration

    /// What asking for `url` found out. The requests are made one after the other on a thread
    /// of their own, so that the deadline measures the network, not a wait for a task thread.
    func status(of url: String) async -> LinkStatus {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: status(of: url, deadline: .now + timeout)) }
        }
    }

    private func status(of url: String, deadline: ContinuousClock.Instant) -> LinkStatus {
        guard let start = URL(string: url) else { return .unreachable("it is not a valid URL") }
        let head = follow(start, method: "HEAD", deadline: deadline)
        if case .broken = head { return follow(start, method: "GET", deadline: deadline) }
        return head
    }

    /// Sends `method` to `start` and to every redirect it leads to, until `deadline`; the
    /// redirects' servers may be no nearer this machine than `start`'s.
    private func follow(_ start: URL, method: String, deadline: ContinuousClock.Instant) -> LinkStatus {
        var current = start
        var origin: AddressReach?
        var permanentTarget: String?
        var permanentSoFar = true
        for _ in 0...Self.maximumRedirects {
            let remaining = ContinuousClock.now.duration(to: deadline)
            guard remaining > .zero else { return .timedOut }
            switch client.send(method, to: current, within: remaining, reachingAtMost: origin) {
            case .timedOut:
                return .timedOut
            case .failed(let reason):
                return .unreachable(reason)
            case .refused(let peer):
                return .unreachable(
                    RedirectPolicy.refusal(of: current.absoluteString, at: peer, from: origin ?? .global).reason)
            case .response(let status, let location, let peer):
                if origin == nil { origin = peer }
                if (300..<400).contains(status), let location {
                    let next: URL
                    switch RedirectPolicy.target(of: location) {
                    case .success(let url): next = url
                    case .failure(let refusal): return .unreachable(refusal.reason)
                    }
                    if permanentSoFar, status == 301 || status == 308 {
                        permanentTarget = next.absoluteString
                    } else {
                        permanentSoFar = false
                    }
                    current = next
                    continue
                }
                if status == 429 { return .rateLimited }
                if status >= 400 { return .broken(status: status) }
                return permanentTarget.map { .movedPermanently(to: $0) } ?? .ok
            }
        }
        return .unreachable("it redirects more than \(Self.maximumRedirects) times")
    }
}
