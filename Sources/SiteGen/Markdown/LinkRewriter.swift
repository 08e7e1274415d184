/// Decides where a link written in a roadmap's Markdown points on the built site.
///
/// - A link to a sibling roadmap file (`system-design.md`, `./python.md#setup`) becomes that
///   roadmap's page; one to a roadmap that does not exist is an error. A roadmap file that
///   exists but could not be read has its own error, so a link to it is not one more.
/// - A fragment (`#setup`) and any other relative link are resolved against the roadmap's
///   page, so they work on its FAQ page too.
/// - Absolute URLs, root paths (`/x`) and other schemes are left as written.
struct LinkRewriter: Sendable {
    /// What to do with one link.
    enum Outcome: Equatable {
        /// Leave the URL as written.
        case keep
        /// Replace the URL.
        case rewrite(String)
        /// Keep the link's text but drop the link, with a warning.
        case unlink(String)
        /// The link is broken.
        case broken(String, hint: String?)
    }

    let paths: SitePaths
    /// The slug of the roadmap whose body is rendered.
    let slug: Slug
    /// Roadmaps that are part of this build.
    let published: Set<Slug>
    /// Roadmaps that exist but are drafts left out of this build.
    let drafts: Set<Slug>
    /// Roadmap files that exist but could not be read (each has its own error).
    let unreadable: Set<Slug>

    /// A rewriter of the links in `slug`'s body.
    init(paths: SitePaths, slug: Slug, published: Set<Slug>, drafts: Set<Slug>, unreadable: Set<Slug> = []) {
        self.paths = paths
        self.slug = slug
        self.published = published
        self.drafts = drafts
        self.unreadable = unreadable
    }

    func resolve(_ url: String) -> Outcome {
        if url.isEmpty || url.hasPrefix("/") || Self.hasScheme(url) { return .keep }
        let pagePath = paths.roadmap(slug)
        if url.hasPrefix("#") { return .rewrite(pagePath + url) }

        let (path, suffix) = ContentPath.split(url)
        guard path.hasSuffix(".md") else {
            return .rewrite(Self.normalize(pagePath + path) + suffix)
        }
        guard let components = ContentPath.components(path), components.count == 1 else {
            return .broken(
                "link to \(Excerpt.quoted(url)), which is not a roadmap file",
                hint: "link to another roadmap as `<slug>.md`, a file in content/roadmaps/")
        }
        let name = String(components[0].dropLast(3))
        guard let target = Slug(name),
            published.contains(target) || drafts.contains(target) || unreadable.contains(target)
        else {
            return .broken(
                "link to \(Excerpt.quoted(url)), but there is no roadmap \(Excerpt.quoted(name))",
                hint: "roadmaps are the files in content/roadmaps/; check the spelling")
        }
        if drafts.contains(target) {
            return .unlink(
                "link to \(Excerpt.quoted(url)), a draft left out of this build; its text is shown without a link")
        }
        return .rewrite(paths.roadmap(target) + suffix)
    }

    /// Whether `url` starts with a URL scheme such as `https:` or `mailto:`.
    static func hasScheme(_ url: String) -> Bool {
        var sawLetter = false
        for scalar in url.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z": sawLetter = true
            case "0"..."9", "+", "-", ".": if !sawLetter { return false }
            case ":": return sawLetter
            default: return false
            }
        }
        return false
    }

    /// Resolves `.` and `..` segments of an absolute path, keeping a trailing slash.
    static func normalize(_ path: some StringProtocol) -> String {
        var stack: [Substring] = []
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        for part in parts {
            switch part {
            case ".": continue
            case "..": if !stack.isEmpty { stack.removeLast() }
            default: stack.append(Substring(part))
            }
        }
        let trailing = path.hasSuffix("/") || path.hasSuffix("/.") || path.hasSuffix("/..")
        let joined = "/" + stack.joined(separator: "/")
        return trailing && !stack.isEmpty ? joined + "/" : joined
    }
}
