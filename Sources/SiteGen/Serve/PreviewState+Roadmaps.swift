import Foundation

extension PreviewState {
    /// Brings the state up to date with edited roadmap files: reads only their front matter and
    /// bodies again, resolves the library again from the files kept and the ones read, and lays
    /// out again the pages that show them: their own; the index when their maps' topics changed;
    /// when their title, level, description or date changed, those of the roadmaps they name or that name them (before or after the
    /// edit), the index and the feed (and the sitemap for a date); else those of the roadmaps
    /// added to or removed from their `related` list. A page added or removed (an FAQ) lays out
    /// the sitemap. Returns the number of files laid out, or nil when the edit changes more than
    /// those pages (a file added, removed, made a draft or unreadable, or a date that needs the
    /// git history) and only a full build is right.
    mutating func update(roadmaps changed: Set<Slug>) -> Int? {
        let before = content.site
        let contentRoot = FilePaths.realPath(inputs.contentDirectory)
        var read: [RoadmapFile] = []
        for slug in changed {
            guard before.roadmapsBySlug[slug] != nil, let previous = content.file(slug) else { return nil }
            let path = roadmapPath(slug)
            guard FileKind.of(path, within: contentRoot) == .regular else { return nil }
            var problems = Diagnostics()
            guard var file = RoadmapFile.load(path: path, slug: slug, into: &problems) else { return nil }
            if file.isDraft, !inputs.includeDrafts { return nil }
            if file.updated == nil {
                guard previous.updatedSource == .git else { return nil }
                file.updated = previous.updated
                file.updatedSource = .git
            }
            read.append(file)
            fileDiagnostics[path] = problems.all
        }
        var resolveProblems = Diagnostics()
        content = content.replacing(read, into: &resolveProblems)
        for slug in changed {
            let path = roadmapPath(slug)
            fileDiagnostics[path, default: []].append(contentsOf: resolveProblems.all.filter { $0.file == path })
        }
        let after = content.site
        let topicsBefore = changed.sorted().map { roadmaps[$0]?.body?.mapTopics }
        renderBodies(
            of: changed.sorted().compactMap { after.roadmapsBySlug[$0] }, with: RoadmapBodyLoader(content: content))
        var affected = changed
        var siteFiles: Set<SiteWideFile> = []
        for slug in changed {
            guard let old = before.roadmapsBySlug[slug], let new = after.roadmapsBySlug[slug] else { continue }
            if Self.summaryChanged(old, new) {
                affected.formUnion(old.related + old.relatedBy + new.related + new.relatedBy)
                siteFiles.formUnion([.index, .feed])
            } else {
                affected.formUnion(Set(old.related).symmetricDifference(new.related))
            }
            if old.updated != new.updated { siteFiles.insert(.sitemap) }
        }
        if topicsBefore != changed.sorted().map({ roadmaps[$0]?.body?.mapTopics }) { siteFiles.insert(.index) }
        guard let renderer else { return 0 }
        return layOut(affected.sorted(), siteFiles: siteFiles, with: renderer)
    }

    /// Whether what other pages show of a roadmap (title, level, description, date) changed.
    static func summaryChanged(_ old: Roadmap, _ new: Roadmap) -> Bool {
        old.title != new.title || old.level != new.level || old.description != new.description
            || old.updated != new.updated
    }

    /// The path of a roadmap's file, as the loader names it.
    func roadmapPath(_ slug: Slug) -> String {
        FilePaths.join(inputs.roadmapsDirectory, "\(slug.value).md")
    }
}
