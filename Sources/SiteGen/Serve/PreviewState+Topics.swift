extension PreviewState {
    /// Brings the state up to date with edited files in the folders of `changed` roadmaps: scans
    /// each folder and reads its topic files again (front matter and body), then renders the roadmap's body
    /// and its topics again and lays out all its pages (its topic pages, whose previous, next and
    /// parent titles may have changed, and its own) and the sitemap (a topic's date may have
    /// changed). Returns the number of files laid out, or nil when only a full build is right: a
    /// topic file or other file added, removed, made a draft or unreadable (other roadmaps' maps
    /// and links may name it), a folder of a roadmap not in the site, or a date that needs the
    /// git history.
    mutating func update(topicsOf changed: Set<Slug>) -> Int? {
        guard !changed.isEmpty else { return 0 }
        let contentRoot = FilePaths.realPath(inputs.contentDirectory)
        var next = content
        var problems: [String: [Diagnostic]] = [:]
        for slug in changed.sorted() {
            guard content.site.roadmapsBySlug[slug] != nil, let old = content.topics[slug] else { return nil }
            var found = Diagnostics()
            let directory = FilePaths.join(inputs.roadmapsDirectory, slug.value)
            guard
                var folder = TopicLoader.load(
                    [(slug, directory)], contentRoot: contentRoot, includeDrafts: inputs.includeDrafts,
                    excludedDrafts: content.excludedDrafts, into: &found)[slug],
                folder.folder.topics == old.folder.topics, folder.folder.files == old.folder.files,
                folder.files.map(\.id) == old.files.map(\.id),
                folder.files.map(\.isDraft) == old.files.map(\.isDraft)
            else { return nil }
            for index in folder.files.indices where folder.files[index].updated == nil {
                guard old.files[index].updatedSource == .git else { return nil }
                folder.files[index].updated = old.files[index].updated
                folder.files[index].updatedSource = .git
            }
            next = next.replacingTopics(of: slug, with: folder)
            let prefix = directory + "/"
            for path in fileDiagnostics.keys where path.hasPrefix(prefix) { problems[path] = [] }
            for diagnostic in found.all { problems[diagnostic.file, default: []].append(diagnostic) }
        }
        content = next
        for (path, found) in problems { fileDiagnostics[path] = found.isEmpty ? nil : found }
        let slugs = changed.sorted()
        renderBodies(
            of: slugs.compactMap { content.site.roadmapsBySlug[$0] }, with: RoadmapBodyLoader(content: content))
        guard let renderer else { return 0 }
        return layOut(slugs, siteFiles: [.sitemap], with: renderer)
    }
}
