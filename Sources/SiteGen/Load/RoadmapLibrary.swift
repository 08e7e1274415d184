/// Relates the loaded roadmaps to each other: checks every `related` slug, leaves drafts out
/// unless asked for, and works out which roadmaps name each one.
enum RoadmapLibrary {
    /// The related roadmaps of a build.
    struct Resolved {
        var roadmaps: [Roadmap]
        var excludedDrafts: Set<Slug>
    }

    /// Resolves `files`; `existing` holds the slug of every roadmap file, loadable or not, so
    /// that a file with its own errors does not also make every link to it an error.
    static func resolve(
        _ files: [RoadmapFile], existing: Set<Slug>, includeDrafts: Bool, into diagnostics: inout Diagnostics
    ) -> Resolved {
        let loaded = Set(files.map(\.slug))
        let excludedDrafts = includeDrafts ? [] : Set(files.lazy.filter(\.isDraft).map(\.slug))
        let sortedExisting = existing.map(\.value).sorted()
        var roadmaps: [Roadmap] = []
        roadmaps.reserveCapacity(files.count)
        // Positions sorted, not the files: a RoadmapFile is costly to copy.
        for position in files.indices.sorted(by: { files[$0].slug < files[$1].slug }) {
            let file = files[position]
            guard !excludedDrafts.contains(file.slug) else { continue }
            var related: [Slug] = []
            for entry in file.related {
                guard let slug = Slug(entry.text), existing.contains(slug) else {
                    let hint = Suggestion.closest(to: entry.text, in: sortedExisting).map { "did you mean `\($0)`?" }
                    diagnostics.error(
                        "related roadmap \(Excerpt.quoted(entry.text)) does not exist", at: entry.location,
                        hint: hint ?? "`related` lists the slugs (file names without .md) of other roadmaps")
                    continue
                }
                if slug == file.slug {
                    diagnostics.error(
                        "a roadmap cannot name itself as related", at: entry.location,
                        hint: "remove `\(slug)` from `related`")
                    continue
                }
                if related.contains(slug) {
                    diagnostics.error(
                        "related roadmap `\(slug)` is named more than once", at: entry.location,
                        hint: "remove the repeated `\(slug)`")
                    continue
                }
                if excludedDrafts.contains(slug) {
                    diagnostics.warning(
                        "related roadmap `\(slug)` is a draft and is left out of this build", at: entry.location,
                        hint: "build with --drafts to include it")
                    continue
                }
                if loaded.contains(slug) { related.append(slug) }
            }
            roadmaps.append(
                Roadmap(
                    slug: file.slug, title: file.title, level: file.level, description: file.description,
                    related: related, updated: file.updated, updatedSource: file.updatedSource,
                    isDraft: file.isDraft, source: file.source))
        }
        var namedBy: [Slug: [Slug]] = [:]
        for roadmap in roadmaps {
            for target in roadmap.related { namedBy[target, default: []].append(roadmap.slug) }
        }
        for index in roadmaps.indices {
            roadmaps[index].relatedBy = (namedBy[roadmaps[index].slug] ?? []).sorted()
        }
        return Resolved(roadmaps: roadmaps, excludedDrafts: excludedDrafts)
    }
}
