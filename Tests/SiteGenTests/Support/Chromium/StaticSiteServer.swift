import Foundation
import PreviewServer

@testable import SiteGen

/// Serves a folder (a built `public/`, or a fixture site a test wrote) on 127.0.0.1 for a
/// browser test, so that pages have a real origin (localStorage, `'self'`) and get the headers
/// a strict host sends: by default `Content-Security-Policy: default-src 'self'` (which
/// includes `script-src 'self'`: no inline script, no inline event handler, no eval).
///
/// `/dir/` answers `/dir/index.html`; `/favicon.ico`, when the folder has none, answers 204 so
/// that the browser's own request for it is not reported as a failed load. Paths with `..` are
/// refused.
final class StaticSiteServer: Sendable {
    /// The policy sent with every response unless another is given.
    static let strictPolicy = "default-src 'self'"

    let root: String
    private let server: HTTPServer
    /// The task answering requests; connections made before it runs wait in the listen queue.
    private let serving: Task<Void, Never>

    /// Serves `root`; `contentSecurityPolicy` nil sends no policy.
    init(root: String, contentSecurityPolicy: String? = StaticSiteServer.strictPolicy) throws {
        self.root = root
        let headers = contentSecurityPolicy.map { [HTTPResponse.Header("Content-Security-Policy", $0)] } ?? []
        server = try HTTPServer(host: "127.0.0.1", port: 0) { request in
            .response(Self.answer(request, root: root, headers: headers))
        }
        serving = Task { [server] in await server.run() }
    }

    deinit {
        serving.cancel()
    }

    /// `http://127.0.0.1:<port>` followed by `path` (which starts with `/`).
    func url(_ path: String = "/") -> String {
        "http://127.0.0.1:\(server.port)\(path)"
    }

    private static func answer(_ request: HTTPRequest, root: String, headers: [HTTPResponse.Header]) -> HTTPResponse {
        guard request.method == "GET" || request.method == "HEAD" else { return .text(405, "GET only") }
        var path = String(request.target.prefix { $0 != "?" && $0 != "#" })
        path = path.removingPercentEncoding ?? path
        guard path.hasPrefix("/"), !path.split(separator: "/").contains("..") else { return .text(400, "bad path") }
        if path.hasSuffix("/") { path += "index.html" }
        guard let body = FileManager.default.contents(atPath: root + path) else {
            if path == "/favicon.ico" { return HTTPResponse(status: 204, contentType: "image/x-icon", body: []) }
            return .text(404, "no file \(path)", headers: headers)
        }
        return HTTPResponse(status: 200, contentType: ContentType.of(path), body: Array(body), headers: headers)
    }
}
