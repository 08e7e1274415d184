import Foundation

extension PreviewState {
    /// Brings the state up to date with edited roadmap files: reads only their front matter and
    /// bodies again, resolves the library again, and lays out again the pages that show them:
    /// their own, those of the roadmaps they name or that name them (before or after the edit),
    /// and the site-wide files. Returns the number of files laid out, or nil when the edit
    /// changes more than those pages (a file added, removed, made a draft or unreadable, or a
    /// date that needs the git history) and only a full build is right.
    mutating func update(roadmaps changed: Set<Slug>) -> Int? {
        let before = content.site
        let contentRoot = FilePaths.realPath(options.contentDirectory)
        for slug in changed {
            guard files[slug] != nil else { return nil }
            let path = roadmapPath(slug)
            guard FileKind.of(path, within: contentRoot) == .regular else { return nil }
            var problems = Diagnostics()
            guard var file = RoadmapFile.load(path: path, slug: slug, into: &problems) else { return nil }
            if file.isDraft, !options.includeDrafts { return nil }
            if file.updated == nil {
                guard let previous = files[slug], previous.updatedSource == .git else { return nil }
                file.updated = previous.updated
                file.updatedSource = .git
            }
            files[slug] = file
            fileDiagnostics[path] = problems.all
        }
        var resolveProblems = Diagnostics()
        let drafts = content.excludedDrafts.map { RoadmapFile(excludedDraft: $0, path: roadmapPath($0)) }
        let resolved = RoadmapLibrary.resolve(
            Array(files.values) + drafts, existing: Set(files.keys).union(content.excludedDrafts),
            includeDrafts: options.includeDrafts, into: &resolveProblems)
        for slug in changed {
            let path = roadmapPath(slug)
            fileDiagnostics[path, default: []].append(contentsOf: resolveProblems.all.filter { $0.file == path })
        }
        content = LoadedContent(
            site: SiteContent(config: config, roadmaps: resolved.roadmaps), excludedDrafts: resolved.excludedDrafts)
        let after = content.site
        var affected = changed
        for slug in changed {
            for roadmap in [before.roadmapsBySlug[slug], after.roadmapsBySlug[slug]].compactMap({ $0 }) {
                affected.formUnion(roadmap.related)
                affected.formUnion(roadmap.relatedBy)
            }
        }
        renderBodies(of: changed.sorted().compactMap { after.roadmapsBySlug[$0] })
        return layOut(affected.sorted()) + layOutSiteFiles()
    }

    /// The path of a roadmap's file, as the loader names it.
    func roadmapPath(_ slug: Slug) -> String {
        FilePaths.join(options.loader.roadmapsDirectory, "\(slug.value).md")
    }
}

extension RoadmapFile {
    /// A draft left out of the site, as the library needs to know it: by slug only.
    init(excludedDraft slug: Slug, path: String) {
        self.init(
            slug: slug, title: slug.value, level: nil, description: nil, related: [], updated: nil, isDraft: true,
            source: RoadmapSource(path: path, bodyLineOffset: 0))
    }
}
