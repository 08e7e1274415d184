/// The result of the load stage: the site to render, with its roadmaps related to each other,
/// and, when asked for (by serve), the roadmap files it was resolved from, kept as they were read
/// (each `related` entry where it is written), so that an edit can be resolved again without
/// reading the others. A build lets them go (about 4 MB at 10,000 roadmaps).
struct LoadedContent: Sendable {
    /// The site and its roadmaps (drafts only when asked for).
    private(set) var site: SiteContent
    /// Every roadmap file that could be read, drafts included, in file-name order, when kept;
    /// else empty.
    private(set) var files: [RoadmapFile]
    /// Whether `files` are kept.
    let keepsFiles: Bool
    /// The slug of every roadmap file, whether it could be read or not.
    let existing: Set<Slug>
    /// Slugs of roadmaps that exist but are drafts left out of this build.
    private(set) var excludedDrafts: Set<Slug>
    /// Slugs of roadmap files that exist but could not be read: a link to one is not broken,
    /// the file is (and its own error says so).
    private(set) var unreadable: Set<Slug>
    /// Whether drafts are part of the site.
    let includeDrafts: Bool

    /// Relates `files` to each other (see `RoadmapLibrary`); `existing` holds the slug of every
    /// roadmap file, loadable or not; `keepingFiles`: keep `files`, to replace some later.
    init(
        config: SiteConfig, files: [RoadmapFile], existing: Set<Slug>, includeDrafts: Bool, keepingFiles: Bool,
        into diagnostics: inout Diagnostics
    ) {
        let library = RoadmapLibrary.resolve(
            files, existing: existing, includeDrafts: includeDrafts, into: &diagnostics)
        site = SiteContent(config: config, roadmaps: library.roadmaps)
        self.files = keepingFiles ? files : []
        keepsFiles = keepingFiles
        self.existing = existing
        excludedDrafts = library.excludedDrafts
        unreadable = existing.subtracting(files.lazy.map(\.slug))
        self.includeDrafts = includeDrafts
    }

    /// The file read for `slug`, if it could be read and files are kept.
    func file(_ slug: Slug) -> RoadmapFile? {
        files.first { $0.slug == slug }
    }

    /// The same content with `changed` files in place of those with their slugs, related to
    /// each other again; the problems of relating them go into `diagnostics`. Files must be kept.
    func replacing(_ changed: [RoadmapFile], into diagnostics: inout Diagnostics) -> LoadedContent {
        precondition(keepsFiles, "replacing files of content loaded without keeping them")
        var files = self.files
        for file in changed {
            if let index = files.firstIndex(where: { $0.slug == file.slug }) {
                files[index] = file
            } else {
                files.append(file)
            }
        }
        return LoadedContent(
            config: site.config, files: files, existing: existing, includeDrafts: includeDrafts, keepingFiles: true,
            into: &diagnostics)
    }
}
