/// What the links of one roadmap's map may point at in this build: the facts the map parser
/// checks its links against, gathered by the loader from the file names under
/// `content/roadmaps/` (no file is read for them).
struct MapTargets: Sendable {
    /// The roadmap whose map is read.
    var roadmap: Slug
    /// Every roadmap file that exists, drafts left out of the build included.
    var roadmaps: Set<Slug>
    /// Roadmaps that exist but are drafts left out of this build.
    var draftRoadmaps: Set<Slug> = []
    /// The topic files that exist (with valid, unreserved names), by roadmap folder.
    var topics: [Slug: Set<Slug>] = [:]
    /// Topics that exist but are drafts left out of this build.
    var draftTopics: Set<TopicID> = []

    /// Whether the topic file `roadmap/topic.md` exists.
    func hasTopic(_ id: TopicID) -> Bool {
        topics[id.roadmap]?.contains(id.topic) == true
    }

    /// Whether a node of `kind` gets a link in this build: not a label, and not leading to a
    /// draft left out of it.
    func isLinked(_ kind: MapNode.Kind) -> Bool {
        switch kind {
        case .label: false
        case .topic(let topic): !draftTopics.contains(TopicID(roadmap: roadmap, topic: topic))
        case .roadmap(let slug, let topic, _):
            !draftRoadmaps.contains(slug)
                && !(topic.map { draftTopics.contains(TopicID(roadmap: slug, topic: $0)) } ?? false)
        }
    }
}
