import Foundation

/// Decides where a link written in a roadmap's Markdown points on the built site.
///
/// - A link to a sibling roadmap file (`system-design.md`, `./python.md#setup`) becomes that
///   roadmap's page; one to a roadmap that does not exist is an error, whose hint names the
///   closest roadmap when the name looks like a typo of one (`backnd.md`: `backend.md`), and the
///   same for topic files. A roadmap file that exists but could not be read has its own error,
///   so a link to it is not one more.
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
    /// The slug of the roadmap whose body is rendered (or whose folder holds the topic file).
    let slug: Slug
    /// Roadmaps that are part of this build.
    let published: Set<Slug>
    /// Roadmaps that exist but are drafts left out of this build.
    let drafts: Set<Slug>
    /// Roadmap files that exist but could not be read (each has its own error).
    let unreadable: Set<Slug>
    /// The topic files that exist, by roadmap folder.
    var topics: [Slug: Set<Slug>] = [:]
    /// Topics that exist but are drafts left out of this build.
    var draftTopics: Set<TopicID> = []
    /// The non-Markdown files of the roadmap folders, relative to `content/roadmaps/`
    /// (`backend/diagram.png`), published at the same path under the base path.
    var files: Set<String> = []
    /// The topic whose file is rendered, when it is a topic's (of roadmap `slug`); nil for the
    /// roadmap's own body.
    var topic: Slug? = nil

    /// A rewriter of the links in `slug`'s body.
    init(paths: SitePaths, slug: Slug, published: Set<Slug>, drafts: Set<Slug>, unreadable: Set<Slug> = []) {
        self.paths = paths
        self.slug = slug
        self.published = published
        self.drafts = drafts
        self.unreadable = unreadable
    }

    /// The page the body is shown on.
    private var pagePath: String {
        topic.map { paths.topic(TopicID(roadmap: slug, topic: $0)) } ?? paths.roadmap(slug)
    }

    /// Where a relative path is read from, first to last: `content/roadmaps/` for a roadmap;
    /// for a topic file, its own folder (as GitHub reads it: `http.md`, `../python.md`), then
    /// `content/roadmaps/` (the contract's base: `backend/diagram.png`).
    private var bases: [String] {
        topic == nil ? [""] : [slug.value + "/", ""]
    }

    func resolve(_ url: String) -> Outcome {
        if url.isEmpty || url.hasPrefix("/") || Self.hasScheme(url) { return .keep }
        let pagePath = pagePath
        if url.hasPrefix("#") { return .rewrite(pagePath + url) }

        let (path, suffix) = ContentPath.split(url)
        guard path.hasSuffix(".md") else {
            if !files.isEmpty, let file = contentFile(path) { return .rewrite(paths.basePath + file + suffix) }
            return .rewrite(Self.normalize(pagePath + path) + suffix)
        }
        var problems: [Outcome] = []
        for base in bases {
            guard let components = ContentPath.components(Substring(base) + path) else { continue }
            let outcome: Outcome
            switch components.count {
            case 1: outcome = roadmap(String(components[0].dropLast(3)), path: path, url: url, suffix: suffix)
            case 2 where topics[Slug(components[0]) ?? slug] != nil:
                outcome = topic(components, path: path, url: url, suffix: suffix)
            default: continue
            }
            if case .broken = outcome {
                problems.append(outcome)
                continue
            }
            return outcome
        }
        // The first reading's problem, unless only a later one has a name to suggest.
        return problems.first { Self.suggests($0) } ?? problems.first
            ?? .broken(
                "link to \(Excerpt.quoted(url)), which is not a roadmap file",
                hint: topics.isEmpty
                    ? "link to another roadmap as `<slug>.md`, a file in content/roadmaps/"
                    : "link to another roadmap as `<slug>.md`, a topic as `<slug>/<topic>.md`")
    }

    /// A link to the roadmap file `name.md`, written as `path`.
    private func roadmap(_ name: String, path: Substring, url: String, suffix: String) -> Outcome {
        // Membership first: the union copies every roadmap name, so it is made only for a hint.
        guard let target = Slug(name),
            published.contains(target) || drafts.contains(target) || unreadable.contains(target)
        else {
            return .broken(
                "link to \(Excerpt.quoted(url)), but there is no roadmap \(Excerpt.quoted(name))",
                hint: Suggestion.fileLink(for: name, among: published.union(drafts).union(unreadable), writtenAs: path)
                    ?? "roadmaps are the files in content/roadmaps/; check the spelling")
        }
        if drafts.contains(target) {
            return .unlink(
                "link to \(Excerpt.quoted(url)), a draft left out of this build; its text is shown without a link")
        }
        return .rewrite(paths.roadmap(target) + suffix)
    }

    /// A link to the topic file `components[0]/components[1]`, in an existing roadmap folder,
    /// written as `path`.
    private func topic(_ components: [String], path: Substring, url: String, suffix: String) -> Outcome {
        let name = String(components[1].dropLast(3))
        guard let roadmap = Slug(components[0]), let topic = Slug(name), topics[roadmap]?.contains(topic) == true
        else {
            return .broken(
                "link to \(Excerpt.quoted(url)), but there is no topic file \(Excerpt.quoted(components.joined(separator: "/")))",
                hint: Suggestion.fileLink(
                    for: name, among: Slug(components[0]).flatMap { topics[$0] } ?? [], writtenAs: path)
                    ?? "topics are the files in content/roadmaps/\(components[0])/; check the spelling")
        }
        let id = TopicID(roadmap: roadmap, topic: topic)
        if draftTopics.contains(id) || drafts.contains(roadmap) {
            return .unlink(
                "link to \(Excerpt.quoted(url)), a draft left out of this build; its text is shown without a link")
        }
        return .rewrite(paths.topic(id) + suffix)
    }

    /// Whether `outcome` is a broken link whose hint suggests a name.
    private static func suggests(_ outcome: Outcome) -> Bool {
        if case .broken(_, let hint?) = outcome { return hint.hasPrefix("did you mean") }
        return false
    }

    /// The path under `content/roadmaps/` of the copied file a relative `path` names, if any.
    private func contentFile(_ path: Substring) -> String? {
        for base in bases {
            guard let written = ContentPath.components(Substring(base) + path) else { continue }
            let decoded = written.map { $0.removingPercentEncoding ?? $0 }.joined(separator: "/")
            if files.contains(decoded) { return written.joined(separator: "/") }
        }
        return nil
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
