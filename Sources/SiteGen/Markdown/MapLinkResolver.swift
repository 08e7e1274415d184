import Foundation

/// Decides what the link of a map item stands for (docs/authoring.md#the-map). Paths are relative to the roadmap file, that is to `content/roadmaps/`:
///
/// - `backend/internet.md` (or `./backend/internet.md`), in the folder of the map's own
///   roadmap: a topic of the map. A `#fragment` or `?query` is an error: a topic is a page.
/// - `python.md`, `python.md#setup`: a node that leads to another roadmap's page.
/// - `frontend/html.md`, a topic of another roadmap: a node that leads to that topic's page
///   (it is not a topic of this map: it has no place in its previous/next order).
/// - Anything else (another scheme, a root path, a file that is not `.md`, a path that leaves
///   `content/roadmaps/` or goes deeper than a roadmap's folder, the map's own roadmap) is an
///   error: a map links to pages of the site, other links belong in a topic's page.
///
/// A link to a file or roadmap that does not exist, or a topic name that breaks the slug rule
/// or is reserved, is an error; when a name that exists is close to the one written
/// (`Suggestion`), the hint names it: did you mean `backend/caching.md`? A link to a roadmap
/// that does not exist whose name is a topic of the map's own roadmap (`http.md`) was written
/// without the roadmap's folder: the hint names `backend/http.md`. A topic of the map that is a draft left out of the build is
/// drawn as a label, without a word (its file says it is a draft); a link to another roadmap,
/// or to its topic, that is a draft left out is a warning, and the node is drawn as a label.
struct MapLinkResolver {
    let targets: MapTargets

    /// What a link to `url` makes of its node, or nil with the error that says why it cannot be
    /// used; `problems` receives the warnings and errors. A link to a topic of the map with a
    /// `#fragment` is an error that keeps its node (the topic it names exists). For a link to a
    /// missing topic file of the map's own roadmap, or to a missing roadmap whose name is (close
    /// to) one of its topics (`http.md`, written without `backend/`), `meantTopic` receives the
    /// topic the error's "did you mean" names, if any.
    func kind(
        of url: String, at location: SourceLocation, problems: inout [Diagnostic], meantTopic: inout Slug?
    ) -> MapNode.Kind? {
        let (path, suffix) = ContentPath.split(url)
        guard ContentPath.isRelative(url), path.utf8.suffix(3).elementsEqual(".md".utf8), !suffix.hasPrefix("?"),
            let components = ContentPath.components(path), (1...2).contains(components.count)
        else {
            problems.append(
                .error(
                    "a map item links to \(Excerpt.quoted(url)), which is not a topic or roadmap file", at: location,
                    hint: "link a topic as `\(targets.roadmap)/<topic>.md` or a roadmap as `<slug>.md`; "
                        + "other links belong in a topic's page"))
            return nil
        }
        let fragment = suffix.isEmpty ? nil : String(suffix.dropFirst())
        let stem = String(components[components.count - 1].dropLast(3))
        guard components.count == 2 else {
            return roadmapKind(
                stem, url: url, fragment: fragment, at: location, problems: &problems, meantTopic: &meantTopic)
        }
        guard let roadmap = Slug(components[0]), targets.roadmaps.contains(roadmap) else {
            problems.append(Self.noRoadmap(components[0], url: url, at: location, among: []))
            return nil
        }
        if let reason = TopicID.reservedSlugs[stem] {
            problems.append(
                .error(
                    "`\(stem)` cannot be a topic: `\(roadmap)/\(stem)/` is \(reason)", at: location,
                    hint: "give the topic file another name"))
            return nil
        }
        guard let topic = Slug(stem) else {
            problems.append(
                .error(
                    "\(Excerpt.quoted(components.joined(separator: "/"))) is not a topic file name: a topic slug is lowercase "
                        + "letters and digits in dash-separated words", at: location,
                    hint: RoadmapFileName.suggestedSlug(for: stem.removingPercentEncoding ?? stem).map {
                        // Decoded as the file's own name is: `SQL%20Basics` is the file `SQL Basics.md`.
                        "rename it to `\(roadmap)/\($0).md`"
                    }))
            return nil
        }
        let id = TopicID(roadmap: roadmap, topic: topic)
        guard targets.hasTopic(id) else {
            let closest = Suggestion.closestSlug(to: stem, among: targets.topics[roadmap] ?? [])
            if roadmap == targets.roadmap { meantTopic = closest }
            problems.append(
                .error(
                    "a map item links to \(Excerpt.quoted(url)), but there is no topic file `\(id).md`", at: location,
                    hint: closest.map { Suggestion.fileLink(to: $0, writtenAs: path) }
                        ?? "create content/roadmaps/\(id).md (`sitegen new \(id)`), or correct the link"))
            return nil
        }
        if roadmap == targets.roadmap, !suffix.isEmpty {
            problems.append(
                .error(
                    "a map topic link has \(Excerpt.quoted(suffix)) after the file name; a topic is a whole page",
                    at: location,
                    hint: "link `\(id).md`, or give that part a topic file of its own"))
            // The node still names its topic (the error fails the build anyway), so the topic is
            // not also reported as missing from the map.
            return .topic(topic)
        }
        if roadmap != targets.roadmap, targets.draftTopics.contains(id) {
            problems.append(Self.draft(url, at: location))
        }
        return roadmap == targets.roadmap ? .topic(topic) : .roadmap(roadmap, topic: topic, fragment: fragment)
    }

    /// What a link to `name.md`, a roadmap, makes of its node. When there is no such roadmap but
    /// the name is that of a topic of the map's own roadmap (`http.md` for `backend/http.md`),
    /// the link was most likely written without the roadmap's folder: the hint says so, and
    /// `meantTopic` receives the topic, so it is not also reported as missing from the map. A
    /// name close to a roadmap's is suggested first, then one close to a topic's.
    private func roadmapKind(
        _ name: String, url: String, fragment: String?, at location: SourceLocation, problems: inout [Diagnostic],
        meantTopic: inout Slug?
    ) -> MapNode.Kind? {
        guard let slug = Slug(name), targets.roadmaps.contains(slug) else {
            let topics = targets.topics[targets.roadmap] ?? []
            let exact = Slug(name).flatMap { topics.contains($0) ? $0 : nil }
            let closeRoadmap = exact == nil ? Suggestion.closestSlug(to: name, among: targets.roadmaps) : nil
            guard let topic = exact ?? (closeRoadmap == nil ? Suggestion.closestSlug(to: name, among: topics) : nil)
            else {
                problems.append(Self.noRoadmap(name, url: url, at: location, among: targets.roadmaps))
                return nil
            }
            meantTopic = topic
            let path = ContentPath.split(url).path
            let folder = path.lastIndex(of: "/").map { path[...$0] } ?? ""
            problems.append(
                .error(
                    "a map item links to \(Excerpt.quoted(url)), but there is no roadmap \(Excerpt.quoted(name))",
                    at: location,
                    hint: "did you mean \(Excerpt.quoted(folder + "\(targets.roadmap)/\(topic).md"))? "
                        + "map links are relative to content/roadmaps/"))
            return nil
        }
        guard slug != targets.roadmap else {
            problems.append(
                .error(
                    "a map item links to its own roadmap", at: location,
                    hint: "link a topic as `\(slug)/<topic>.md`, or write the item as a label without a link"))
            return nil
        }
        if targets.draftRoadmaps.contains(slug) {
            problems.append(Self.draft(url, at: location))
        }
        return .roadmap(slug, topic: nil, fragment: fragment)
    }

    /// The topic of the map's own roadmap that `url` links to (`backend/http.md`), when its
    /// file exists; nil for any other link. For items the map refuses without reading their
    /// link (a list nested too deep, a link missing its `)`): the topic is on the map as
    /// written, so it is not also reported as missing from it.
    func existingTopic(linkedAs url: some StringProtocol) -> Slug? {
        let path = ContentPath.split(String(url)).path
        guard ContentPath.isRelative(String(url)), path.utf8.suffix(3).elementsEqual(".md".utf8),
            let components = ContentPath.components(path), components.count == 2,
            components[0] == targets.roadmap.value, let topic = Slug(String(components[1].dropLast(3))),
            targets.hasTopic(TopicID(roadmap: targets.roadmap, topic: topic))
        else { return nil }
        return topic
    }

    private static func noRoadmap(
        _ name: String, url: String, at location: SourceLocation, among roadmaps: Set<Slug>
    ) -> Diagnostic {
        .error(
            "a map item links to \(Excerpt.quoted(url)), but there is no roadmap \(Excerpt.quoted(name))", at: location,
            hint: Suggestion.fileLink(for: name, among: roadmaps, writtenAs: ContentPath.split(url).path)
                ?? "roadmaps are the files in content/roadmaps/; check the spelling")
    }

    private static func draft(_ url: String, at location: SourceLocation) -> Diagnostic {
        .warning(
            "a map item links to \(Excerpt.quoted(url)), a draft left out of this build; it is drawn as a label",
            at: location)
    }
}
