import Testing

@testable import PreviewServer
@testable import SiteGen

/// How the preview answers a request: files by path under the base path, content types,
/// folders, the 404 page, paths that try to leave the site, and what HTML pages get added.
@Suite("Preview: answers")
struct PreviewResponderTests {
    static let files: [String: [UInt8]] = [
        "index.html": Array("<html><body><h1>Home</h1></body></html>".utf8),
        "404.html": Array("<html><body>Lost</body></html>".utf8),
        "backend/index.html": Array("<html><BODY>Backend</BODY></html>".utf8),
        "assets/style.css": Array("body{}".utf8),
        "assets/logo.svg": Array("<svg/>".utf8),
        "assets/photo.png": [0x89, 0x50],
        "assets/data.json": Array("{}".utf8),
        "feed.xml": Array("<feed/>".utf8),
        "sitemap.xml": Array("<urlset/>".utf8),
        "robots.txt": Array("User-agent: *".utf8),
        "assets/blob.bin": [0],
    ]

    static func responder(basePath: String = "/", problems: [String] = []) -> PreviewResponder {
        PreviewResponder(
            snapshot: PreviewSnapshot(
                site: SiteFiles(files: files, basePath: basePath), problems: problems, version: "v-1"))
    }

    static func response(_ target: String, method: String = "GET", basePath: String = "/") -> HTTPResponse {
        switch responder(basePath: basePath).reply(to: HTTPRequest(method: method, target: target)) {
        case .response(let response): response
        case .eventStream: HTTPResponse.text(0, "event stream")
        }
    }

    @Test(arguments: [
        ("/", "text/html; charset=utf-8"),
        ("/backend/", "text/html; charset=utf-8"),
        ("/backend/index.html", "text/html; charset=utf-8"),
        ("/assets/style.css", "text/css; charset=utf-8"),
        ("/assets/logo.svg", "image/svg+xml"),
        ("/assets/photo.png", "image/png"),
        ("/assets/data.json", "application/json"),
        ("/feed.xml", "application/xml"),
        ("/sitemap.xml", "application/xml"),
        ("/robots.txt", "text/plain; charset=utf-8"),
        ("/assets/blob.bin", "application/octet-stream"),
    ])
    func servesFilesWithTheirContentType(target: String, type: String) {
        let response = Self.response(target)
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == type)
        #expect(response.header("X-Content-Type-Options") == "nosniff")
    }

    @Test func folderWithoutSlashRedirects() {
        let response = Self.response("/backend?x=1")
        #expect(response.status == 301)
        #expect(response.header("Location") == "/backend/?x=1")
    }

    @Test func missingPathGetsTheSites404PageWithStatus404() {
        let response = Self.response("/nope/")
        #expect(response.status == 404)
        #expect(String(decoding: response.body, as: UTF8.self).hasPrefix("<html><body>Lost"))
        #expect(String(decoding: response.body, as: UTF8.self).contains("sitegen-live-reload"))
    }

    @Test func basePathIsHonoured() {
        #expect(Self.response("/docs/backend/", basePath: "/docs/").status == 200)
        #expect(Self.response("/docs/", basePath: "/docs/").status == 200)
        #expect(Self.response("/backend/", basePath: "/docs/").status == 404)
        let root = Self.response("/", basePath: "/docs/")
        #expect(root.status == 302)
        #expect(root.header("Location") == "/docs/")
        #expect(Self.response("/docs", basePath: "/docs/").header("Location") == "/docs/")
    }

    @Test(arguments: [
        "/../etc/passwd", "/assets/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E/%2e%2E/etc/passwd",
        "/assets/..%2f..%2fetc/passwd", "/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/./index.html", "//etc/passwd",
        "/assets\\..\\..\\etc\\passwd", "/%00", "/a%0d%0aSet-Cookie:x", "/%zz", "/%c0%ae%c0%ae/etc/passwd",
        "http://example.org/etc/passwd", "*", "etc/passwd",
    ])
    func refusesPathsThatCouldLeaveTheSite(target: String) {
        let response = Self.response(target)
        #expect(response.status == 400)
        #expect(!String(decoding: response.body, as: UTF8.self).contains("root:"))
    }

    @Test func onlyGetAndHeadAreAnswered() {
        #expect(Self.response("/", method: "POST").status == 405)
        #expect(Self.response("/", method: "HEAD").status == 200)
        #expect(Self.response("/", method: "HEAD").serialized(includeBody: false).count < 300)
    }

    @Test func eventStreamPathOpensAStream() {
        #expect(Self.responder().reply(to: HTTPRequest(method: "GET", target: "/__sitegen/events")) == .eventStream)
    }

    @Test func htmlPagesGetTheScriptBeforeTheirClosingBodyTagAndNothingElseDoes() {
        let page = String(decoding: Self.response("/backend/").body, as: UTF8.self)
        #expect(page.hasSuffix("</script>\n</BODY></html>"))
        #expect(page.contains("const version = \"v-1\";"))
        #expect(!page.contains("sitegen-overlay"))
        #expect(Self.response("/assets/style.css").body == Array("body{}".utf8))
    }

    @Test func overlayListsTheProblemsEscaped() {
        let responder = Self.responder(problems: [
            "content/roadmaps/a.md:4:14: error: related roadmap `<img src=x onerror=alert(1)>` does not exist"
        ])
        guard case .response(let response) = responder.reply(to: HTTPRequest(method: "GET", target: "/")) else {
            Issue.record("no response")
            return
        }
        let page = String(decoding: response.body, as: UTF8.self)
        #expect(page.contains("id=\"sitegen-overlay\""))
        #expect(
            page.contains(
                "content/roadmaps/a.md:4:14: error: related roadmap `&lt;img src=x onerror=alert(1)&gt;` does not exist"
            ))
        #expect(!page.contains("<img"))
        #expect(page.contains("<h1>Home</h1>"))
    }

    @Test func siteThatNeverBuiltShowsTheOverlayOnAnEmptyPage() {
        let responder = PreviewResponder(
            snapshot: PreviewSnapshot(
                site: nil, problems: ["content/site.yml: error: site.yml is missing"], version: "v"))
        guard case .response(let response) = responder.reply(to: HTTPRequest(method: "GET", target: "/x/")) else {
            Issue.record("no response")
            return
        }
        #expect(response.status == 503)
        #expect(String(decoding: response.body, as: UTF8.self).contains("site.yml is missing"))
    }
}
