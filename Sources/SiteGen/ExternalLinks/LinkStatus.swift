/// What asking for an external URL found out.
enum LinkStatus: Sendable, Hashable {
    /// The URL answers with a success (after temporary redirects, if any).
    case ok
    /// The URL redirects permanently (301 or 308) to this URL, which works.
    case movedPermanently(to: String)
    /// The URL answers with this HTTP error status.
    case broken(status: Int)
    /// The server answered 429 Too Many Requests: the link could not be checked this time.
    case rateLimited
    /// The server did not answer in time.
    case timedOut
    /// No HTTP answer at all, for the reason given (no such host, connection refused, ...).
    case unreachable(String)

    /// Whether the answer is a failure, which is trusted for a shorter time than a success.
    var isFailure: Bool {
        switch self {
        case .ok, .movedPermanently: false
        case .broken, .rateLimited, .timedOut, .unreachable: true
        }
    }

    /// The problem to report at `link`, or nil when the link is fine.
    ///
    /// `timeout` is the time a server was given to answer, in seconds.
    func diagnostic(for link: ExternalLink, timeout: Double) -> Diagnostic? {
        let subject = "\(link.kind.rawValue) \(link.url)"
        switch self {
        case .ok:
            return nil
        case .movedPermanently(let target):
            let replacement = target.contains("#") ? target : target + link.fragment
            return .warning(
                "\(subject) has moved permanently to \(replacement)", at: link.location,
                hint: "replace it with \(replacement)")
        case .broken(let status):
            return .error("\(subject) is broken: \(Self.describe(status))", at: link.location)
        case .rateLimited:
            return .warning(
                "\(subject) could not be checked: the server answered \(Self.describe(429))",
                at: link.location, hint: "it is checked again on a later run")
        case .timedOut:
            return .error("\(subject) did not answer within \(Self.seconds(timeout)) s", at: link.location)
        case .unreachable(let reason):
            return .error("\(subject) is broken: \(reason)", at: link.location)
        }
    }

    /// The standard reason phrases of the error statuses servers commonly send.
    private static let reasons = [
        400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden",
        404: "Not Found", 405: "Method Not Allowed", 406: "Not Acceptable", 408: "Request Timeout",
        409: "Conflict", 410: "Gone", 414: "URI Too Long", 418: "I'm a teapot", 429: "Too Many Requests",
        451: "Unavailable For Legal Reasons", 500: "Internal Server Error", 501: "Not Implemented",
        502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
    ]

    /// `HTTP 404 Not Found`, or `HTTP 499` for a status without a standard phrase.
    static func describe(_ status: Int) -> String {
        reasons[status].map { "HTTP \(status) \($0)" } ?? "HTTP \(status)"
    }

    /// `10` for whole seconds, `0.5` otherwise.
    static func seconds(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(value)
    }
}
