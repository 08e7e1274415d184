/// The result of the load stage: the site to render, with its roadmaps related to each other,
/// and, when asked for (by serve), the roadmap files it was resolved from, kept as they were read
/// (each `related` entry where it is written), so that an edit can be resolved again without
/// reading the others. A build lets them go (about 4 MB at 10,000 roadmaps).
struct LoadedContent: Sendable {
    /// The site and its roadmaps (drafts only when asked for). Its `config` is site.yml's but
    /// for `search`, which is off when no roadmap is published (`searchedConfig`).
    private(set) var site: SiteContent
    /// The settings as site.yml gives them, for `replacing(_:into:)` to judge `search` again.
    private let writtenConfig: SiteConfig
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
    /// The folder of each roadmap that has one (`content/roadmaps/<slug>/`): its topic files and
    /// other files; drafts and roadmaps left out of the build included.
    private(set) var topics: [Slug: RoadmapTopics]
    /// The topic files that exist (usable names), by roadmap: what map links are checked against.
    private(set) var topicNames: [Slug: Set<Slug>]
    /// The topics that exist but are drafts left out of this build.
    private(set) var draftTopics: Set<TopicID>
    /// The number of draft files left out of this build: draft roadmaps and draft topics.
    var excludedDraftCount: Int {
        excludedDrafts.count + draftTopics.count
    }
    /// The non-Markdown files of every roadmap folder, relative to `content/roadmaps/`
    /// (`backend/diagram.png`): copied beside the pages, the targets of local images.
    private(set) var contentFiles: Set<String>

    /// Relates `files` to each other (see `RoadmapLibrary`); `existing` holds the slug of every
    /// roadmap file, loadable or not; `keepingFiles`: keep `files`, to replace some later.
    init(
        config: SiteConfig, files: [RoadmapFile], existing: Set<Slug>, topics: [Slug: RoadmapTopics] = [:],
        includeDrafts: Bool, keepingFiles: Bool, into diagnostics: inout Diagnostics
    ) {
        let library = RoadmapLibrary.resolve(
            files, existing: existing, includeDrafts: includeDrafts, into: &diagnostics)
        site = SiteContent(
            config: Self.searchedConfig(
                config, roadmaps: library.roadmaps, drafts: library.excludedDrafts, existing: existing,
                into: &diagnostics),
            roadmaps: library.roadmaps)
        writtenConfig = config
        self.files = keepingFiles ? files : []
        keepsFiles = keepingFiles
        self.existing = existing
        excludedDrafts = library.excludedDrafts
        unreadable = existing.subtracting(files.lazy.map(\.slug))
        self.includeDrafts = includeDrafts
        self.topics = [:]
        topicNames = [:]
        draftTopics = []
        contentFiles = []
        setTopics(topics)
    }

    /// `config`, with `search` off when it asks for search and `roadmaps`, those of this
    /// build, is empty. The theme marks the roadmap, FAQ and topic pages `data-pagefind-body`;
    /// with none of them, Pagefind would index every page (the home and 404 pages), so no index
    /// is made and the pages show no search box, which could find nothing anyway. It is a
    /// warning at `search: true` when every roadmap file (`existing`) is a draft left out
    /// (`drafts`) or there is none; a roadmap that could not be read has its own error.
    static func searchedConfig(
        _ config: SiteConfig, roadmaps: [Roadmap], drafts: Set<Slug>, existing: Set<Slug>,
        into diagnostics: inout Diagnostics
    ) -> SiteConfig {
        guard let search = config.search, roadmaps.isEmpty else { return config }
        if existing.isSubset(of: drafts) {
            diagnostics.warning(
                "`search: true` but no published roadmap to index: the site is built without search", at: search,
                hint: (drafts.isEmpty
                    ? "add a roadmap (`sitegen new <slug>`)"
                    : "publish a roadmap (remove its `draft: true` line, or build with --drafts)")
                    + ", or remove `search: true`")
        }
        var config = config
        config.search = nil
        return config
    }

    private mutating func setTopics(_ topics: [Slug: RoadmapTopics]) {
        self.topics = topics
        // A topic refused for its own error still has a name, so links to it are not errors too.
        topicNames = topics.mapValues { Set($0.folder.topics.map(\.id.topic) + $0.folder.refusedTopics) }
        draftTopics =
            includeDrafts ? [] : Set(topics.values.flatMap { $0.files.filter(\.isDraft).map(\.id) })
        contentFiles = Set(topics.values.flatMap(\.folder.files))
    }

    /// What the links of `roadmap`'s map may point at in this build.
    func mapTargets(for roadmap: Slug) -> MapTargets {
        MapTargets(
            roadmap: roadmap, roadmaps: existing, draftRoadmaps: excludedDrafts, topics: topicNames,
            draftTopics: draftTopics)
    }

    /// The topic files of `roadmap` that are part of this build, sorted by slug.
    func publishedTopics(of roadmap: Slug) -> [TopicFile] {
        topics[roadmap]?.published(includeDrafts: includeDrafts) ?? []
    }

    /// The same content with the folder of `roadmap` as `folder` now is (nil: it is gone).
    func replacingTopics(of roadmap: Slug, with folder: RoadmapTopics?) -> LoadedContent {
        var content = self
        var topics = self.topics
        topics[roadmap] = folder
        content.setTopics(topics)
        return content
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
            config: writtenConfig, files: files, existing: existing, topics: topics, includeDrafts: includeDrafts,
            keepingFiles: true, into: &diagnostics)
    }
}
