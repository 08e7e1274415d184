import CCurl
import Foundation

/// What one HTTP request got back, with redirects not followed.
enum HTTPAnswer: Sendable, Hashable {
    /// The status line's code; for a redirect, the `Location` header made absolute against the
    /// URL asked; and how far the server's address is from this machine.
    case response(status: Int, location: String?, peer: AddressReach)
    /// No answer within the time given.
    case timedOut
    /// No HTTP answer, for the reason given.
    case failed(String)
    /// The server's address is nearer this machine than allowed: the request was not sent.
    case refused(peer: AddressReach)
}

/// Sends single HTTP requests with libcurl, blocking the calling thread, without following
/// redirects and without reading bodies: a transfer ends as soon as the status line and headers
/// of its final response are in.
///
/// libcurl rather than Foundation's `URLSession`: on Linux, `URLSession` ignores the `.cancel` a
/// delegate answers a response with and goes on reading the body until a `cancel()` gets through
/// its queues, which let a server on loopback send hundreds of megabytes first; and it does not
/// tell which address it connected to. FoundationNetworking links the same libcurl; sitegen loads it only
/// when a request is first sent (`CCurl`'s header says why). Here each
/// request has its own time limit in milliseconds, only http and https are spoken, and the
/// address connected to is judged before the request is sent.
struct HTTPClient: Sendable {
    /// Sent as `User-Agent`; some servers refuse requests that have none.
    static let userAgent = "Mozilla/5.0 (compatible; sitegen-link-checker/1.0)"

    /// How far a server is from this machine, given the URL's host and the numeric address
    /// connected to (`AddressReach` of the address; tests put other answers in).
    var peerReach: @Sendable (_ host: String, _ address: String) -> AddressReach = { _, address in
        AddressReach.of(numericAddress: address) ?? .global
    }

    /// Sends one `method` request (`HEAD` or `GET`) to `url` and waits up to `timeout` for its
    /// status line and headers, blocking the calling thread; when `limit` is given, a server
    /// whose address is nearer this machine than `limit` is not asked.
    func send(
        _ method: String, to url: URL, within timeout: Duration, reachingAtMost limit: AddressReach? = nil
    ) -> HTTPAnswer {
        guard sitegen_curl_load() else { return .failed(Self.libraryProblem ?? "libcurl could not be loaded") }
        guard let handle = sitegen_curl_easy_init() else { return .failed("libcurl could not start") }
        defer { sitegen_curl_easy_cleanup(handle) }
        let transfer = Transfer(url: url, limit: limit, peerReach: peerReach)
        let context = Unmanaged.passUnretained(transfer).toOpaque()
        let headers = sitegen_curl_slist_append(nil, "Accept: */*")
        defer { sitegen_curl_slist_free_all(headers) }
        let (seconds, attoseconds) = timeout.components
        let milliseconds = max(1, seconds * 1000 + attoseconds / 1_000_000_000_000_000)
        sitegen_curl_set_string(handle, CURLOPT_URL, url.absoluteString)
        sitegen_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        sitegen_curl_set_string(handle, CURLOPT_USERAGENT, Self.userAgent)
        sitegen_curl_set_pointer(handle, CURLOPT_HTTPHEADER, UnsafeMutableRawPointer(headers))
        sitegen_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
        sitegen_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, 0)
        sitegen_curl_set_long(handle, CURLOPT_TIMEOUT_MS, Int(milliseconds))
        sitegen_curl_set_long(handle, method == "HEAD" ? CURLOPT_NOBODY : CURLOPT_HTTPGET, 1)
        sitegen_curl_set_data_callback(handle, CURLOPT_HEADERFUNCTION, headerLine)
        sitegen_curl_set_pointer(handle, CURLOPT_HEADERDATA, context)
        sitegen_curl_set_data_callback(handle, CURLOPT_WRITEFUNCTION, refuseBody)
        sitegen_curl_set_prereq_callback(handle, judgePeer)
        sitegen_curl_set_pointer(handle, CURLOPT_PREREQDATA, context)
        let code = withExtendedLifetime(transfer) { sitegen_curl_easy_perform(handle) }
        if let status = transfer.finalStatus {
            return .response(status: status, location: transfer.location, peer: transfer.peer ?? .global)
        }
        if transfer.isRefused { return .refused(peer: transfer.peer ?? .global) }
        return Self.answer(for: code)
    }

    /// Why libcurl cannot be used (not installed, older than 7.85.0, failing to start), in one
    /// line; nil when it can. Loads it when it was not.
    static var libraryProblem: String? {
        guard !sitegen_curl_load() else { return nil }
        return String(cString: sitegen_curl_load_error())
    }

    /// The answer for a transfer that ended without a whole response head.
    private static func answer(for code: CURLcode) -> HTTPAnswer {
        switch code {
        case CURLE_OPERATION_TIMEDOUT: .timedOut
        case CURLE_COULDNT_RESOLVE_HOST: .failed("the host name was not found")
        case CURLE_COULDNT_CONNECT: .failed("the server refused the connection")
        case CURLE_GOT_NOTHING: .failed("the server sent no HTTP answer")
        case CURLE_SEND_ERROR, CURLE_RECV_ERROR: .failed("the connection was lost")
        case CURLE_UNSUPPORTED_PROTOCOL: .failed("it is not an http or https URL")
        case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CERTPROBLEM,
            CURLE_SSL_CACERT_BADFILE:
            .failed("the secure connection failed (TLS certificate or handshake)")
        default: .failed(String(cString: sitegen_curl_easy_strerror(code)))
        }
    }
}

/// What one transfer learned, filled in by libcurl's callbacks on the transfer's thread.
private final class Transfer {
    let url: URL
    let limit: AddressReach?
    let peerReach: @Sendable (String, String) -> AddressReach
    /// The status of the response whose head is being read.
    var status: Int?
    /// The `Location` of that response, made absolute.
    var location: String?
    /// The status of the final (not 1xx) response, once its head is whole.
    var finalStatus: Int?
    /// How far the server's address is, once connected.
    var peer: AddressReach?
    /// Whether the server's address was refused.
    var isRefused = false

    init(url: URL, limit: AddressReach?, peerReach: @escaping @Sendable (String, String) -> AddressReach) {
        self.url = url
        self.limit = limit
        self.peerReach = peerReach
    }

    /// Takes one header line (with its line end); false to stop the transfer, which it does
    /// after the empty line that ends the final response's head.
    func take(_ line: String) -> Bool {
        let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("HTTP/") {
            status = text.split(separator: " ").dropFirst().first.flatMap { Int($0) }
            location = nil
            return true
        }
        if text.isEmpty {
            guard let status, status >= 200 else { return true }
            finalStatus = status
            return false
        }
        guard let colon = text.firstIndex(of: ":"), text[..<colon].lowercased() == "location" else { return true }
        let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        location = URL(string: value, relativeTo: url)?.absoluteString ?? value
        return true
    }

    /// Judges the address connected to; false when it is nearer than allowed.
    func connected(to address: String) -> Bool {
        let reach = peerReach(url.host ?? "", address)
        peer = reach
        guard let limit, reach > limit else { return true }
        isRefused = true
        return false
    }
}

/// libcurl's header callback: hands each line to the transfer.
private func headerLine(
    _ buffer: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?
)
    -> Int
{
    guard let buffer, let context else { return 0 }
    let transfer = Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue()
    let bytes = UnsafeRawBufferPointer(start: buffer, count: size * count)
    return transfer.take(String(decoding: bytes, as: UTF8.self)) ? size * count : 0
}

/// libcurl's body callback: a body is never read, so any byte of one stops the transfer.
private func refuseBody(
    _ buffer: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?
)
    -> Int
{
    0
}

/// libcurl's callback once connected, before the request is sent: judges the server's address.
private func judgePeer(
    _ context: UnsafeMutableRawPointer?, _ peer: UnsafeMutablePointer<CChar>?, _ local: UnsafeMutablePointer<CChar>?,
    _ peerPort: Int32, _ localPort: Int32
) -> Int32 {
    guard let context, let peer else { return CURL_PREREQFUNC_ABORT }
    let transfer = Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue()
    return transfer.connected(to: String(cString: peer)) ? CURL_PREREQFUNC_OK : CURL_PREREQFUNC_ABORT
}
