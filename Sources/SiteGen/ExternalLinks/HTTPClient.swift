import Dispatch
import Foundation
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// What one HTTP request got back, with redirects not followed.
enum HTTPAnswer: Sendable, Hashable {
    /// The status line's code and, for a redirect, the absolute URL it points to.
    case response(status: Int, location: String?)
    /// No answer within the timeout.
    case timedOut
    /// No HTTP answer, for the reason given.
    case failed(String)
}

/// Sends single HTTP requests through one `URLSession` (FoundationNetworking on Linux), without
/// following redirects and without downloading bodies: a request ends as soon as the status line
/// and headers are in.
///
/// The timeout is kept by the client itself: FoundationNetworking counts a session's timeouts in
/// whole seconds (0.5 s times out at once), so the session's own timeout is only a backstop a
/// second later.
final class HTTPClient: Sendable {
    /// Sent as `User-Agent`; some servers refuse requests that have none.
    static let userAgent = "Mozilla/5.0 (compatible; sitegen-link-checker/1.0)"

    private let session: URLSession
    private let delegate = AnswerCollector()
    private let timeout: Double

    /// A client giving each request `timeout` seconds and opening at most `maxConnectionsPerHost`
    /// connections to one host.
    init(timeout: Double, maxConnectionsPerHost: Int) {
        self.timeout = timeout
        let backstop = timeout.rounded(.up) + 1
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = backstop
        configuration.timeoutIntervalForResource = backstop
        configuration.httpMaximumConnectionsPerHost = maxConnectionsPerHost
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpShouldSetCookies = false
        configuration.httpAdditionalHeaders = ["User-Agent": Self.userAgent, "Accept": "*/*"]
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    }

    /// Sends one `method` request to `url` and waits for its answer.
    func send(_ method: String, to url: URL) async -> HTTPAnswer {
        var request = URLRequest(url: url)
        request.httpMethod = method
        return await withCheckedContinuation { continuation in
            let task = session.dataTask(with: request)
            let identifier = task.taskIdentifier
            delegate.expect(identifier, continuation)
            task.resume()
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [delegate] in
                if delegate.expire(identifier) { task.cancel() }
            }
        }
    }

    /// Lets running requests finish and releases the session; the client is not used afterwards.
    func invalidate() {
        session.finishTasksAndInvalidate()
    }
}

/// Receives the session's callbacks: keeps the first answer of each task, stops redirects and
/// bodies, and resumes the task's waiter when the task completes.
private final class AnswerCollector: NSObject, URLSessionDataDelegate, Sendable {
    private struct Waiter {
        var continuation: CheckedContinuation<HTTPAnswer, Never>
        var answer: HTTPAnswer?
    }

    private let waiters = Mutex<[Int: Waiter]>([:])

    func expect(_ taskIdentifier: Int, _ continuation: CheckedContinuation<HTTPAnswer, Never>) {
        waiters.withLock { $0[taskIdentifier] = Waiter(continuation: continuation) }
    }

    /// Ends the wait for a task whose time is up, with its answer if it has one and `timedOut`
    /// otherwise; returns whether the task was still running.
    func expire(_ taskIdentifier: Int) -> Bool {
        guard let waiter = waiters.withLock({ $0.removeValue(forKey: taskIdentifier) }) else { return false }
        waiter.continuation.resume(returning: waiter.answer ?? .timedOut)
        return true
    }

    private func record(_ answer: HTTPAnswer, for taskIdentifier: Int) {
        waiters.withLock { waiters in
            if waiters[taskIdentifier]?.answer == nil { waiters[taskIdentifier]?.answer = answer }
        }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        let location = request.url?.absoluteString ?? Self.location(of: response)
        record(.response(status: response.statusCode, location: location), for: task.taskIdentifier)
        completionHandler(nil)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        if let response = response as? HTTPURLResponse {
            record(
                .response(status: response.statusCode, location: Self.location(of: response)),
                for: dataTask.taskIdentifier)
        }
        completionHandler(.cancel)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard let waiter = waiters.withLock({ $0.removeValue(forKey: task.taskIdentifier) }) else { return }
        waiter.continuation.resume(returning: waiter.answer ?? Self.answer(for: error))
    }

    /// The absolute URL of a response's `Location` header.
    private static func location(of response: HTTPURLResponse) -> String? {
        guard let value = response.value(forHTTPHeaderField: "Location") else { return nil }
        return URL(string: value, relativeTo: response.url)?.absoluteString
    }

    /// The answer for a task that ended without a response.
    private static func answer(for error: (any Error)?) -> HTTPAnswer {
        guard let error else { return .failed("the server sent no HTTP answer") }
        let nsError = error as NSError
        switch nsError.code {
        case NSURLErrorTimedOut: return .timedOut
        case NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed: return .failed("the host name was not found")
        case NSURLErrorCannotConnectToHost: return .failed("the server refused the connection")
        case NSURLErrorNetworkConnectionLost: return .failed("the connection was lost")
        case NSURLErrorNotConnectedToInternet: return .failed("there is no network connection")
        case NSURLErrorSecureConnectionFailed, NSURLErrorServerCertificateHasBadDate,
            NSURLErrorServerCertificateUntrusted, NSURLErrorServerCertificateHasUnknownRoot,
            NSURLErrorServerCertificateNotYetValid:
            return .failed("the secure connection failed (TLS certificate or handshake)")
        default:
            let description = nsError.userInfo[NSLocalizedDescriptionKey] as? String
            return .failed(description ?? "network error \(nsError.code)")
        }
    }
}
