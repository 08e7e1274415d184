import PreviewServer

/// Answers the preview's requests from a snapshot: the site's files under its base path, with
/// `index.html` for a folder, the site's 404 page for anything else, and the live-reload
/// script (and, while the site does not build, the error overlay) in every HTML page.
struct PreviewResponder: Sendable {
    let snapshot: PreviewSnapshot

    /// The answer to `request`.
    func reply(to request: HTTPRequest) -> HTTPReply {
        guard request.method == "GET" || request.method == "HEAD" else {
            return .response(.text(405, "Only GET and HEAD are served.", headers: [.init("Allow", "GET, HEAD")]))
        }
        guard let path = RequestPath.decode(request.target) else {
            return .response(.text(400, "The path is not a path inside the site."))
        }
        if path == LiveReload.eventsPath {
            guard request.method == "GET" else { return .response(.text(405, "The event stream is read with GET.")) }
            return .eventStream
        }
        guard let site = snapshot.site else { return .response(notBuilt()) }
        return .response(response(for: path, target: request.target, in: site))
    }

    private func response(for path: String, target: String, in site: SiteFiles) -> HTTPResponse {
        let base = site.basePath
        guard path.hasPrefix(base) else {
            if path == "/" || path + "/" == base { return .redirect(302, to: base + RequestPath.query(of: target)) }
            return notFound(in: site)
        }
        let relative = String(path.dropFirst(base.count))
        let file = relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative
        if let bytes = site.files[file] { return page(bytes, status: 200, path: file) }
        if site.files[relative + "/index.html"] != nil {
            let rawPath = target.prefix { $0 != "?" && $0 != "#" }
            return .redirect(301, to: rawPath + "/" + RequestPath.query(of: target))
        }
        return notFound(in: site)
    }

    private func notFound(in site: SiteFiles) -> HTTPResponse {
        guard let bytes = site.files["404.html"] else { return .text(404, "Not found.") }
        return page(bytes, status: 404, path: "404.html")
    }

    private func notBuilt() -> HTTPResponse {
        let page = Array(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>sitegen: the site does not build</title></head><body>\n</body></html>\n"
                .utf8)
        return self.page(page, status: 503, path: "index.html")
    }

    private func page(_ bytes: [UInt8], status: Int, path: String) -> HTTPResponse {
        let type = ContentType.of(path)
        guard type.hasPrefix("text/html") else { return HTTPResponse(status: status, contentType: type, body: bytes) }
        return HTTPResponse(
            status: status, contentType: type,
            body: LiveReload.inject(into: bytes, version: snapshot.version, problems: snapshot.problems))
    }
}
