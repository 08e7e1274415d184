import Foundation

/// Reads and checks `content/site.yml`.
enum SiteConfigLoader {
    /// The keys `site.yml` may hold.
    static let knownKeys = ["title", "base_url", "description", "language", "unsafe_html", "search"]

    /// The site settings, or nil when they are unusable; every problem goes into `diagnostics`.
    /// `baseURLOverride` (from `--base-url`) replaces the file's `base_url`.
    static func load(
        contentDirectory: String, baseURLOverride: String?, into diagnostics: inout Diagnostics
    ) -> SiteConfig? {
        let path = (contentDirectory as NSString).appendingPathComponent("site.yml")
        guard FileManager.default.fileExists(atPath: path) else {
            diagnostics.error(
                "site.yml is missing", at: SourceLocation(file: path),
                hint: "create it with at least `title:` and `base_url:`")
            return nil
        }
        if let problem = FileKind.problem(
            at: path, within: FilePaths.realPath(contentDirectory), folder: "content",
            hint: "copy the file into the content folder instead")
        {
            diagnostics.append(problem)
            return nil
        }
        let fields: YAMLFields
        switch InputText.read(path).flatMap({ YAMLFields.parse($0, path: path, lineOffset: 0) }) {
        case .success(let parsed): fields = parsed
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        let errorsBefore = diagnostics.errorCount
        fields.reportUnknownKeys(known: knownKeys, into: &diagnostics)
        let title = fields.requiredText(
            "title", missing: "site.yml has no `title`", hint: "add `title: Learning Roadmaps`", into: &diagnostics)
        let baseURL: String?
        if let override = baseURLOverride {
            baseURL = override
            if let problem = baseURLProblem(override) {
                diagnostics.error(
                    "--base-url \(Excerpt.quoted(override)) \(problem)",
                    at: SourceLocation(file: "--base-url"), hint: "for example https://roadmaps.example.org/")
            }
        } else {
            baseURL = fields.requiredText(
                "base_url", missing: "site.yml has no `base_url`",
                hint: "add the address the site is served from, such as `base_url: https://roadmaps.example.org/`",
                into: &diagnostics)
            if let url = baseURL, let node = fields.node("base_url"), let problem = baseURLProblem(url) {
                diagnostics.error(
                    "`base_url` \(Excerpt.quoted(url)) \(problem)", at: fields.location(of: node),
                    hint: "write it in full, such as `https://user.github.io/site/`")
            }
        }
        let language = fields.text("language", into: &diagnostics) ?? "en"
        if !isLanguageTag(language) {
            diagnostics.error(
                "`language` \(Excerpt.quoted(language)) is not a language tag", at: fields.location(ofKey: "language"),
                hint: "use a tag such as `en`, `de` or `pt-BR`")
        }
        let description = fields.text("description", into: &diagnostics)
        let unsafeHTML = fields.flag("unsafe_html", into: &diagnostics) ?? false
        let search = fields.flag("search", into: &diagnostics) == true ? fields.location(ofKey: "search") : nil
        guard diagnostics.errorCount == errorsBefore, let title, let baseURL else { return nil }
        return SiteConfig(
            title: title, baseURL: baseURL, description: description.flatMap { $0.isEmpty ? nil : $0 },
            language: language, allowsRawHTML: unsafeHTML, search: search)
    }

    /// Why `url` cannot be the site's base URL (the end of a sentence starting with the URL),
    /// or nil when it can. It must be an absolute `http` or `https` URL with a host, and no
    /// user name, password, query or fragment, as Foundation's `URLComponents` parses it; and it
    /// must be written only in the characters RFC 3986 (section 2) allows, `%` only before two
    /// hex digits. So no space, control character, `"`, `<`, `>` or non-ASCII letter reaches
    /// `robots.txt`, the sitemap, the feed or a page.
    static func baseURLProblem(_ url: String) -> String? {
        if let bad = firstNonURLCharacter(in: url) {
            let shown =
                bad.properties.generalCategory == .control || bad.properties.isWhitespace
                ? "U+" + String(bad.value, radix: 16, uppercase: true) : "`\(bad)`"
            return "holds \(shown), which a URL cannot hold unencoded"
        }
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else { return "is not an absolute http(s) URL" }
        if components.user != nil || components.password != nil { return "holds a user name or password" }
        if components.query != nil || components.fragment != nil { return "has a query or fragment" }
        return nil
    }

    /// The first character RFC 3986 does not allow in a URL: anything but unreserved and
    /// reserved (`:/?#[]@!$&'()*+,;=`) characters and `%` starting a percent-encoded byte.
    private static func firstNonURLCharacter(in url: String) -> Unicode.Scalar? {
        let scalars = Array(url.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", ".", "_", "~", ":", "/", "?", "#", "[", "]", "@", "!", "$",
                "&", "'", "(", ")", "*", "+", ",", ";", "=":
                continue
            case "%":
                guard index + 2 < scalars.count,
                    scalars[(index + 1)...(index + 2)].allSatisfy({ $0.properties.isASCIIHexDigit })
                else { return scalar }
            default:
                return scalar
            }
        }
        return nil
    }

    /// Whether `tag` looks like a BCP 47 language tag (letters and digits in dash-separated parts).
    static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
