import Foundation

/// Checks that every internal `href` and `src` of a built site points at a file it contains,
/// and every `#fragment` at an `id` on the target page.
struct InternalLinkCheck: Sendable {
    /// The built site's folder.
    let siteDirectory: String
    /// The path every internal link starts with (`/` or `/docs/`).
    let basePath: String
    /// The folder the problems are reported in, as a user would name the built pages.
    let reportedDirectory: String

    /// Every broken reference, at its page's line and column.
    func run() -> [Diagnostic] {
        let files = Self.files(in: siteDirectory)
        var pages: [String: HTMLReferences] = [:]
        for file in files where file.hasSuffix(".html") {
            let text = String(
                decoding: FileManager.default.contents(atPath: siteDirectory + "/" + file) ?? Data(), as: UTF8.self)
            pages[file] = HTMLReferences(html: text)
        }
        let fileSet = Set(files)
        var diagnostics: [Diagnostic] = []
        for (page, references) in pages.sorted(by: { $0.key < $1.key }) {
            for reference in references.references {
                guard let problem = problem(with: reference.url, on: page, files: fileSet, pages: pages) else {
                    continue
                }
                diagnostics.append(
                    .error(
                        problem,
                        at: SourceLocation(
                            file: FilePaths.join(reportedDirectory, page), line: reference.line,
                            column: reference.column),
                        hint: Self.hint(for: page)))
            }
        }
        return diagnostics
    }

    /// What is wrong with `url` on `page`, or nil when it resolves.
    func problem(with url: String, on page: String, files: Set<String>, pages: [String: HTMLReferences]) -> String? {
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
                return "link `\(url)` is outside the site's base path \(basePath)"
            }
            guard let resolved = Self.file(for: String(path.dropFirst(min(basePath.count, path.count))), in: files)
            else {
                return "link `\(url)` points to a page that does not exist"
            }
            target = resolved
        } else {
            let pageFolder = (page as NSString).deletingLastPathComponent
            let joined = String(LinkRewriter.normalize(pageFolder + "/" + path).dropFirst())
            guard let resolved = Self.file(for: joined, in: files) else {
                return "link `\(url)` points to a page that does not exist"
            }
            target = resolved
        }
        if let fragment, !fragment.isEmpty, let targetPage = pages[target] {
            let id = fragment.removingPercentEncoding ?? fragment
            if !targetPage.ids.contains(id) {
                return "link `\(url)` points to `#\(id)`, which is not an id on that page"
            }
        }
        return nil
    }

    /// The file a site-relative path serves, if the site has it.
    static func file(for path: String, in files: Set<String>) -> String? {
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
        if parts.count >= 2, Slug(String(parts[0])) != nil {
            return
                "it is on the page of roadmap `\(parts[0])`: look in content/roadmaps/\(parts[0]).md and the templates"
        }
        return "look in the templates"
    }

    /// Every regular file under `directory`, relative to it, sorted.
    static func files(in directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeRegular { files.append(relative) }
        }
        return files.sorted()
    }
}
