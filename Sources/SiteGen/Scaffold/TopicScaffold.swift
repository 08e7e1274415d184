import Foundation

/// `sitegen new <roadmap>/<topic>`: a new topic file of an existing roadmap, a draft with a
/// title and placeholder text (`ScaffoldPlaceholders`), and the map line that places it
/// (docs/authoring.md#topics-and-the-roadmap-map).
public struct TopicScaffold: Sendable {
    /// The roadmap's slug.
    public var roadmap: String
    /// The topic's slug (its file name without `.md`).
    public var topic: String
    /// The title; by default the slug's words, the first capitalized.
    public var title: String?

    /// A scaffold for the topic `topic` of `roadmap`.
    public init(roadmap: String, topic: String, title: String? = nil) {
        self.roadmap = roadmap
        self.topic = topic
        self.title = title
    }

    /// A scaffold for `name`, written `roadmap/topic`; nil when `name` has no `/`.
    public init?(name: String, title: String? = nil) {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        self.init(
            roadmap: String(parts[0]), topic: String(parts[1].hasSuffix(".md") ? parts[1].dropLast(3) : parts[1]),
            title: title)
    }

    /// The title used: the one given, or one made from the slug.
    public var resolvedTitle: String {
        if let title, !title.allSatisfy(\.isWhitespace) { return title }
        let words = topic.split(separator: "-").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// The line to add to the roadmap's `## Roadmap` list, written in `style`.
    public func mapLine(_ style: MapListStyle) -> String {
        style.line(title: resolvedTitle, target: "\(roadmap)/\(topic).md")
    }

    /// What to do to put the topic on the roadmap's map: the line to add, written as the map's
    /// list is (`4. [...]` after three numbered items, `- [...]` in a bullet list), and before
    /// which label when labels close the list; or the `## Roadmap` section to add when the
    /// roadmap has none.
    public func mapAdvice(contentDirectory: String) -> String {
        let file = roadmapFile(contentDirectory: contentDirectory)
        let found = Slug(roadmap).map { MapListStyle.read(roadmapFile: file, roadmap: $0) } ?? .unreadable
        switch found {
        case .list(let style, let before):
            return "add to the map in \(file)\(RoadmapMap.words(before: before)): \(mapLine(style))"
        case .sectionWithoutList:
            return "start the map in the `## Roadmap` section of \(file) with: \(mapLine(.newMap))"
        case .noSection:
            return "\(file) has no map: add a `## Roadmap` section with the line \(mapLine(.newMap))"
        case .unreadable:
            return "add to the map in \(file): \(mapLine(.newMap))"
        }
    }

    /// The file's text: a draft, with a title and `ScaffoldPlaceholders` where the topic's own
    /// text belongs (`sitegen init`'s topics are written with it too).
    public var text: String {
        [
            "---",
            "title: \(RoadmapScaffold.yamlQuoted(resolvedTitle))",
            "description: \(ScaffoldPlaceholders.topicDescription)",
            "# updated: YYYY-MM-DD   (optional: by default, the date of the last commit of this file)",
            "draft: true   # left out of the site until this line is removed (`sitegen serve --drafts` shows it)",
            "---",
            "",
            ScaffoldPlaceholders.topicText,
            "",
            "## Resources",
            "",
            "- [@article@\(ScaffoldPlaceholders.resource)](https://example.org/)",
            "",
        ].joined(separator: "\n")
    }

    /// The file's path: `contentDirectory/roadmaps/<roadmap>/<topic>.md`.
    func path(contentDirectory: String) -> String {
        FilePaths.join(FilePaths.join(FilePaths.join(contentDirectory, "roadmaps"), roadmap), topic + ".md")
    }

    /// Writes the file into `contentDirectory/roadmaps/<roadmap>/`; returns its path, or the
    /// problem that stopped it (a bad slug, a reserved topic name, no such roadmap, or a file
    /// that already exists).
    public func write(contentDirectory: String) -> Result<String, Diagnostic> {
        let roadmaps = FilePaths.join(contentDirectory, "roadmaps")
        let directory = FilePaths.join(roadmaps, roadmap)
        let path = path(contentDirectory: contentDirectory)
        let location = SourceLocation(file: path)
        guard Slug(roadmap) != nil else {
            return .failure(
                .error(
                    "`\(roadmap)` is not a valid roadmap slug: use lowercase letters, digits and dashes", at: location))
        }
        let roadmapFile = FilePaths.join(roadmaps, roadmap + ".md")
        guard FileManager.default.fileExists(atPath: roadmapFile) else {
            return .failure(
                .error(
                    "there is no roadmap `\(roadmap)` to add a topic to", at: SourceLocation(file: roadmapFile),
                    hint: "create it first with `sitegen new \(roadmap)`"))
        }
        guard Slug(topic) != nil else {
            return .failure(
                .error(
                    "`\(topic)` is not a valid topic slug: use lowercase letters, digits and dashes", at: location,
                    hint: RoadmapFileName.suggestedSlug(for: topic).map { "for example `sitegen new \(roadmap)/\($0)`" }
                ))
        }
        if let reason = TopicID.reservedSlugs[topic] {
            return .failure(
                .error(
                    "`\(topic)` cannot be a topic: `\(roadmap)/\(topic)/` is \(reason)", at: location,
                    hint: "give the topic another name"))
        }
        guard !FileManager.default.fileExists(atPath: path) else {
            return .failure(
                .error(
                    "\(roadmap)/\(topic).md already exists; sitegen new never replaces a file", at: location))
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            return .failure(.error("cannot write the file: \(error.localizedDescription)", at: location))
        }
        return .success(path)
    }

    /// The roadmap file whose map names the topic.
    public func roadmapFile(contentDirectory: String) -> String {
        FilePaths.join(FilePaths.join(contentDirectory, "roadmaps"), roadmap + ".md")
    }
}
