import Foundation

/// Checks that internal `href`s and `src`s of a rendered site point at files it contains, and
/// `#fragment`s at an `id` on the target page.
struct InternalLinkCheck: Sendable {
    /// A broken reference on a built page.
    struct Problem: Sendable {
        var page: String
        var reference: HTMLReferences.Reference
        var message: String
    }

    /// The path every internal link starts with (`/` or `/docs/`).
    let basePath: String
    /// Every file of the site, relative to its root.
    let files: Set<String>
    /// The ids and references of every HTML page, by file.
    let pages: [String: HTMLReferences]

    /// Every broken reference of every page, by page and position.
    func problems() -> [Problem] {
        var problems: [Problem] = []
        for (page, references) in pages.sorted(by: { $0.key < $1.key }) {
            for reference in references.references {
                if let message = problem(with: reference.url, on: page) {
                    problems.append(Problem(page: page, reference: reference, message: message))
                }
            }
        }
        return problems
    }

    /// What is wrong with `url` on `page`, or nil when it resolves (or is not internal).
    func problem(with url: String, on page: String) -> String? {
        if url.isEmpty || url.hasPrefix("//") || LinkRewriter.hasScheme(url) { return nil }
        var path = url
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        let target: String
        if path.isEmpty {
            target = page
        } else if path.hasPrefix("/") {
            guard path.hasPrefix(basePath) || path + "/" == basePath else {
                return "link \(Excerpt.quoted(url)) is outside the site's base path \(basePath)"
            }
            guard let resolved = file(for: String(path.dropFirst(min(basePath.count, path.count)))) else {
                return "link \(Excerpt.quoted(url)) points to a page that does not exist"
            }
            target = resolved
        } else {
            let pageFolder = (page as NSString).deletingLastPathComponent
            let joined = String(LinkRewriter.normalize(pageFolder + "/" + path).dropFirst())
            guard let resolved = file(for: joined) else {
                return "link \(Excerpt.quoted(url)) points to a page that does not exist"
            }
            target = resolved
        }
        if let fragment, !fragment.isEmpty, let targetPage = pages[target] {
            let id = fragment.removingPercentEncoding ?? fragment
            if !targetPage.ids.contains(id) {
                return
                    "link \(Excerpt.quoted(url)) points to a missing anchor: no id \(Excerpt.quoted(id)) on that page"
            }
        }
        return nil
    }

    /// The file a site-relative path serves, if the site has it.
    func file(for path: String) -> String? {
        let decoded = path.removingPercentEncoding ?? path
        if decoded.isEmpty || decoded.hasSuffix("/") {
            let index = decoded + "index.html"
            return files.contains(index) ? index : nil
        }
        if files.contains(decoded) { return decoded }
        let index = decoded + "/index.html"
        return files.contains(index) ? index : nil
    }

    /// Where the link on `page` was probably written.
    static func hint(for page: String) -> String {
        let parts = page.split(separator: "/")
        if parts.count == 3, let topic = Slug(String(parts[1])), TopicID.reservedSlugs[topic.value] == nil,
            Slug(String(parts[0])) != nil
        {
            return
                "it is on the page of topic `\(parts[0])/\(topic)`: look in content/roadmaps/\(parts[0])/\(topic).md "
                + "and the templates"
        }
        if parts.count >= 2, Slug(String(parts[0])) != nil {
            return
                "it is on the page of roadmap `\(parts[0])`: look in content/roadmaps/\(parts[0]).md and the templates"
        }
        return "look in the templates"
    }
}
