import Foundation

/// Finds out whether a URL works, the way a browser would reach it but without its body.
///
/// A HEAD request comes first; when it gets an error status the URL is asked again with GET,
/// since some servers answer HEAD wrongly (405, 403, 501, ...). Redirects are followed up to a
/// limit; when the first ones are permanent (301, 308), the URL they lead to is reported so the
/// link can be updated.
struct HTTPProbe: Sendable {
    /// The most redirects followed for one URL.
    static let maximumRedirects = 10

    let client: HTTPClient

    /// What asking for `url` found out.
    func status(of url: String) async -> LinkStatus {
        guard let start = URL(string: url) else { return .unreachable("it is not a valid URL") }
        let head = await follow(start, method: "HEAD")
        if case .broken = head { return await follow(start, method: "GET") }
        return head
    }

    /// Sends `method` to `start` and to every redirect it leads to.
    private func follow(_ start: URL, method: String) async -> LinkStatus {
        var current = start
        var permanentTarget: String?
        var permanentSoFar = true
        for _ in 0...Self.maximumRedirects {
            switch await client.send(method, to: current) {
            case .timedOut:
                return .timedOut
            case .failed(let reason):
                return .unreachable(reason)
            case .response(let status, let location):
                if (300..<400).contains(status), let location, let next = URL(string: location) {
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
