/// A roadmap's Markdown body rendered to HTML and split the way pages show it.
public struct RoadmapBody: Sendable, Hashable {
    /// HTML before the first `##` heading (often empty).
    public var introHTML: String
    /// The `##` sections in the order written; the FAQ is one of them.
    public var sections: [Section]
    /// The footnotes block, when the body has footnotes.
    public var footnotesHTML: String
    /// The map of the `## Roadmap` section, drawn apart from the sections; nil without one.
    public var map: BodyMap?
    /// The topics of the roadmap's folder that are part of the build, in slug order.
    public var topics: [TopicBody] = []
    /// The other files of the roadmap's folder, copied beside its pages.
    public var files: [OutputFile] = []

    /// Creates a body from its parts.
    public init(introHTML: String, sections: [Section], footnotesHTML: String, map: BodyMap? = nil) {
        self.introHTML = introHTML
        self.sections = sections
        self.footnotesHTML = footnotesHTML
        self.map = map
    }

    /// The topics of the map that have a page in this build, in map order, each once: what a
    /// learner's progress on the roadmap counts (a topic off the map, or a draft left out, is not
    /// one of them). Empty without a map.
    ///
    /// Written as loops with sets made at their size: a key-path `map` and `compactMap` cost
    /// about 100 microseconds for a map of a hundred topics, twice per roadmap (1.3% of a
    /// topic-corpus build).
    public var mapTopics: [Slug] {
        guard let map else { return [] }
        var published = Set<Slug>(minimumCapacity: topics.count)
        for topic in topics { published.insert(topic.id.topic) }
        var seen = Set<Slug>(minimumCapacity: topics.count)
        var result: [Slug] = []
        result.reserveCapacity(topics.count)
        for (topic, _) in map.map.topicsInOrder where published.contains(topic) && seen.insert(topic).inserted {
            result.append(topic)
        }
        return result
    }

    /// The section that holds the frequently asked questions, if any.
    public var faq: FAQ? {
        for section in sections { if let faq = section.faq { return faq } }
        return nil
    }
}

/// A part of a roadmap opened by a `##` heading.
public struct Section: Sendable, Hashable {
    /// The heading's anchor id, GitHub-compatible.
    public var id: String
    /// The heading's content as inline HTML.
    public var titleHTML: String
    /// The heading's plain text.
    public var titleText: String
    /// Everything after the heading up to the next section, as HTML (for the FAQ: its intro).
    public var html: String
    /// The questions, when this section is the FAQ.
    public var faq: FAQ?

    /// Creates a section.
    public init(id: String, titleHTML: String, titleText: String, html: String, faq: FAQ? = nil) {
        self.id = id
        self.titleHTML = titleHTML
        self.titleText = titleText
        self.html = html
        self.faq = faq
    }
}

/// The frequently asked questions of a roadmap.
public struct FAQ: Sendable, Hashable {
    /// The questions in the order written.
    public var questions: [Question]

    /// Creates an FAQ.
    public init(questions: [Question]) {
        self.questions = questions
    }
}

/// One `###` question of the FAQ and its answer.
public struct Question: Sendable, Hashable {
    /// The question heading's anchor id.
    public var id: String
    /// The question as inline HTML.
    public var questionHTML: String
    /// The question as plain text.
    public var questionText: String
    /// The answer as HTML.
    public var answerHTML: String

    /// Creates a question.
    public init(id: String, questionHTML: String, questionText: String, answerHTML: String) {
        self.id = id
        self.questionHTML = questionHTML
        self.questionText = questionText
        self.answerHTML = answerHTML
    }
}
