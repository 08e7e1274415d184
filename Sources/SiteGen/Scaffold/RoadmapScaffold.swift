import Foundation

/// `sitegen new`: a new roadmap file with front matter and every usual section, ready to fill,
/// marked `draft: true` so that nothing half-written is published. `sitegen init`'s roadmap is
/// the same file with a map (`SiteScaffold`), so that the two cannot drift apart.
public struct RoadmapScaffold: Sendable {
    /// The new roadmap's slug (its file name without `.md`).
    public var slug: String
    /// The title; by default the slug's words, capitalized, with "Roadmap".
    public var title: String?
    /// The level word; by default none.
    public var level: String?
    /// The lines of the list of a `## Roadmap` section written first, the map
    /// (docs/authoring.md#the-map); nil, as `sitegen new` writes it: no map until the roadmap has
    /// topics (`sitegen new <slug>/<topic>` says how to start one).
    public var map: [String]?

    /// A scaffold for `slug`.
    public init(slug: String, title: String? = nil, level: String? = nil, map: [String]? = nil) {
        self.slug = slug
        self.title = title
        self.level = level
        self.map = map
    }

    /// The title used: the one given, or one made from the slug.
    public var resolvedTitle: String {
        if let title, !title.allSatisfy(\.isWhitespace) { return title }
        return slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            + " Roadmap"
    }

    /// The file's text: a draft, with its map when it has one, then every usual section holding
    /// `ScaffoldPlaceholders`.
    public var text: String {
        typealias Placeholder = ScaffoldPlaceholders
        var lines = ["---", "title: \(Self.yamlQuoted(resolvedTitle))"]
        if let level { lines.append("level: \(level)") }
        lines += [
            "description: \(Placeholder.description)",
            "related: []",
            "# updated: YYYY-MM-DD   (optional: by default, the date of the last commit of this file)",
            "draft: true   # left out of the site until this line is removed (`sitegen serve --drafts` shows it)",
            "---",
            "",
        ]
        if let map { lines += ["## Roadmap", ""] + map + [""] }
        lines += [
            "## How to follow this roadmap",
            "",
            "1. \(Placeholder.firstStep)",
            "2. \(Placeholder.nextStep)",
            "3. \(Placeholder.project)",
            "",
            "## When to choose this path",
            "",
            Placeholder.audience,
            "",
            "## What you'll learn",
            "",
            "- \(Placeholder.skill)",
            "",
            "## Recommended resources",
            "",
            "- [\(Placeholder.resource)](https://example.org/)",
            "",
            "## Frequently asked questions",
            "",
            "### \(Placeholder.question)",
            "",
            Placeholder.answer,
            "",
        ]
        return lines.joined(separator: "\n")
    }

    /// The file's path: `contentDirectory/roadmaps/<slug>.md`.
    func path(contentDirectory: String) -> String {
        FilePaths.join(FilePaths.join(contentDirectory, "roadmaps"), slug + ".md")
    }

    /// Writes the file into `contentDirectory/roadmaps/`; returns its path, or the problem that
    /// stopped it (a bad slug or level, or a file that already exists).
    public func write(contentDirectory: String) -> Result<String, Diagnostic> {
        let directory = FilePaths.join(contentDirectory, "roadmaps")
        let path = path(contentDirectory: contentDirectory)
        guard Slug(slug) != nil else {
            let suggestion = RoadmapFileName.suggestedSlug(for: slug)
            return .failure(
                .error(
                    "`\(slug)` is not a valid slug: use lowercase letters, digits and dashes",
                    at: SourceLocation(file: path),
                    hint: suggestion.map { "for example `sitegen new \($0)`" }))
        }
        if let level, Level(rawValue: level) == nil {
            return .failure(
                .error(
                    "the level `\(level)` is not Beginner, Intermediate or Advanced", at: SourceLocation(file: path)))
        }
        guard !FileManager.default.fileExists(atPath: path) else {
            return .failure(
                .error("\(slug).md already exists; sitegen new never replaces a file", at: SourceLocation(file: path)))
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            return .failure(
                .error("cannot write the file: \(error.localizedDescription)", at: SourceLocation(file: path)))
        }
        return .success(path)
    }

    /// `text` as a YAML double-quoted scalar.
    static func yamlQuoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            case "\u{85}": quoted += "\\N"
            case "\u{2028}": quoted += "\\L"
            case "\u{2029}": quoted += "\\P"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    quoted += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }
}

extension String {
    /// The string with leading zeros up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
