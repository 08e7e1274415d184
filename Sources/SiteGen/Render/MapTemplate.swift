import Mustache

/// The value the `partials/map` template draws a roadmap's map from, as `roadmap.map`:
///
/// ```
/// map:      roadmap     the roadmap's slug (the progress script's `data-roadmap`)
///           id          the section heading's anchor id ("roadmap")
///           titleHTML   the heading's content, inline HTML ("Roadmap")
///           introHTML   the section's other blocks, HTML; null when there are none
///           ordered     true when the top-level list is a sequence
///           listTag     "ol" when ordered, else "ul"
///           nodes       [node], the top-level topics in order
///           nodeCount   the number of nodes at every level, as text
///           legend      { ordered, unordered, topics, labels, roadmaps }: which kinds the map
///                       has, each true or false, for a legend that lists only those
/// node:     title       the text drawn, plain (escaped by {{title}})
///           path        the page it opens; null for a label, and for a draft left out
///           topic       the topic's slug when the node is a topic of this roadmap with a page
///                       (the progress script's `data-topic`); else null
///           kind        "topic", "label" or "roadmap" (another roadmap, or its topic); a
///                       node leading to a draft left out of the build is a "label"
///           isTopic, isLabel, isRoadmap   the same as flags
///           depth       "1", "2" or "3"
///           ordered     true when its children are a sequence
///           listTag     "ol" when ordered, else "ul"
///           hasChildren true when it has children
///           children    [node], the subtopics in order (empty when none)
/// ```
///
/// Templates cannot recurse (a partial that includes itself is refused), so the map partial
/// writes its three levels out; `RoadmapMap.maximumDepth` keeps maps within them.
enum MapTemplate {
    /// The heading and text of the map's section, rendered by the body's renderer.
    struct Heading {
        var id: String
        var titleHTML: String
        var introHTML: String
    }

    /// The `roadmap.map` value of `map`, the map of `targets.roadmap`.
    static func value(of map: RoadmapMap, heading: Heading, paths: SitePaths, targets: MapTargets) -> TemplateValue {
        var legend = Legend()
        legend.note(group: map.nodes, ordered: map.isOrdered)
        let nodes = map.nodes.map { node($0, depth: 1, paths: paths, targets: targets, legend: &legend) }
        return .object([
            "roadmap": .string(targets.roadmap.value),
            "id": .string(heading.id),
            "titleHTML": .string(heading.titleHTML),
            "introHTML": heading.introHTML.isEmpty ? .null : .string(heading.introHTML),
            "ordered": .bool(map.isOrdered),
            "listTag": .string(map.isOrdered ? "ol" : "ul"),
            "nodes": .list(nodes),
            "nodeCount": .string(String(map.nodeCount)),
            "legend": .object([
                "ordered": .bool(legend.ordered), "unordered": .bool(legend.unordered),
                "topics": .bool(legend.topics), "labels": .bool(legend.labels), "roadmaps": .bool(legend.roadmaps),
            ]),
        ])
    }

    /// The page a node opens in this build, nil for a label or a draft left out.
    static func path(of node: MapNode, paths: SitePaths, targets: MapTargets) -> String? {
        guard targets.isLinked(node.kind) else { return nil }
        switch node.kind {
        case .label: return nil
        case .topic(let topic): return paths.topic(TopicID(roadmap: targets.roadmap, topic: topic))
        case .roadmap(let slug, let topic, let fragment):
            let page = topic.map { paths.topic(TopicID(roadmap: slug, topic: $0)) } ?? paths.roadmap(slug)
            return page + (fragment.map { "#" + $0 } ?? "")
        }
    }

    /// The values of `nodes` (a topic's subtopics), as the map's nodes are, from `depth`.
    static func items(_ nodes: [MapNode], depth: Int, paths: SitePaths, targets: MapTargets) -> [TemplateValue] {
        var legend = Legend()
        return nodes.map { node($0, depth: depth, paths: paths, targets: targets, legend: &legend) }
    }

    private static func node(
        _ node: MapNode, depth: Int, paths: SitePaths, targets: MapTargets, legend: inout Legend
    ) -> TemplateValue {
        let path = path(of: node, paths: paths, targets: targets)
        let kind: String
        switch node.kind {
        case _ where path == nil: kind = "label"
        case .topic: kind = "topic"
        case .label: kind = "label"
        case .roadmap: kind = "roadmap"
        }
        legend.note(kind: kind)
        if !node.children.isEmpty { legend.note(group: node.children, ordered: node.childrenOrdered) }
        return .object([
            "title": .string(node.title),
            "path": .optional(path),
            "topic": .optional(path == nil ? nil : node.topic?.value),
            "kind": .string(kind),
            "isTopic": .bool(kind == "topic"),
            "isLabel": .bool(kind == "label"),
            "isRoadmap": .bool(kind == "roadmap"),
            "depth": .string(String(depth)),
            "ordered": .bool(node.childrenOrdered),
            "listTag": .string(node.childrenOrdered ? "ol" : "ul"),
            "hasChildren": .bool(!node.children.isEmpty),
            "children": .list(
                node.children.map { self.node($0, depth: depth + 1, paths: paths, targets: targets, legend: &legend) }),
        ])
    }

    /// Which kinds of node and group a map has.
    private struct Legend {
        var ordered = false
        var unordered = false
        var topics = false
        var labels = false
        var roadmaps = false

        /// A group of two or more nodes shows its order; one node alone has none to show.
        mutating func note(group: [MapNode], ordered isOrdered: Bool) {
            guard group.count > 1 else { return }
            if isOrdered { ordered = true } else { unordered = true }
        }

        mutating func note(kind: String) {
            switch kind {
            case "topic": topics = true
            case "label": labels = true
            default: roadmaps = true
            }
        }
    }
}
