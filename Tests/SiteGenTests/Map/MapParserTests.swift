import Mustache
import Testing

@testable import SiteGen

/// The map parser over every list shape, and every problem with its exact message and place.
@Suite("Map: reading the `## Roadmap` list")
struct MapParserTests {
    static let targets = MapTargets(
        roadmap: Slug("backend")!,
        roadmaps: [Slug("backend")!, Slug("python")!, Slug("frontend")!, Slug("secret")!],
        draftRoadmaps: [Slug("secret")!],
        topics: [
            Slug("backend")!: Set(["internet", "http", "git", "go", "caching", "redis", "sketch"].map { Slug($0)! }),
            Slug("frontend")!: [Slug("html")!, Slug("sketch")!],
        ],
        draftTopics: [
            TopicID(roadmap: Slug("backend")!, topic: Slug("sketch")!),
            TopicID(roadmap: Slug("frontend")!, topic: Slug("sketch")!),
        ])

    /// The map section of a body (a roadmap file whose front matter takes 4 lines), and its
    /// problems as printed.
    static func parse(_ body: String) -> (section: MapSection?, messages: [String]) {
        let document = try! MarkdownDocument(body, allowsRawHTML: false)
        let locator = BodyLocator(markdown: body, source: RoadmapSource(path: "backend.md", bodyLineOffset: 4))
        let section = RoadmapMapParser(targets: targets, locator: locator).parse(document)
        let formatter = DiagnosticFormatter(workingDirectory: "/")
        return (section, (section?.diagnostics ?? []).map { formatter.compilerStyle($0) })
    }

    /// The map as an indented outline: one line a node, `kind title`, and `(in order)` or
    /// `(any order)` after a node whose children follow.
    static func outline(_ body: String) -> [String] {
        guard let map = parse(body).section?.map else { return ["no map"] }
        var lines = ["map " + (map.isOrdered ? "(in order)" : "(any order)")]
        func walk(_ nodes: [MapNode], _ depth: Int) {
            for node in nodes {
                let kind: String
                switch node.kind {
                case .topic(let topic): kind = "topic \(topic)"
                case .label: kind = "label"
                case .roadmap(let slug, let topic, let fragment):
                    kind = "roadmap \(slug)" + (topic.map { "/\($0)" } ?? "") + (fragment.map { "#\($0)" } ?? "")
                }
                let order = node.children.isEmpty ? "" : node.childrenOrdered ? " (in order)" : " (any order)"
                lines.append(String(repeating: "  ", count: depth) + "\(kind) \"\(node.title)\"" + order)
                walk(node.children, depth + 1)
            }
        }
        walk(map.nodes, 1)
        return lines
    }

    // MARK: List shapes

    @Test func readsTopicsSubtopicsLabelsAndOtherRoadmapsInOrder() {
        let body = """
            ## Roadmap

            1. [Internet](backend/internet.md)
               - [What is HTTP?](backend/http.md)
               - [Python](python.md#setup)
            2. Version control
               1. [Git](./backend/git.md)
               2. [HTML, on the frontend map](frontend/html.md)
            """
        #expect(Self.parse(body).messages == [])
        #expect(
            Self.outline(body) == [
                "map (in order)",
                "  topic internet \"Internet\" (any order)",
                "    topic http \"What is HTTP?\"",
                "    roadmap python#setup \"Python\"",
                "  label \"Version control\" (in order)",
                "    topic git \"Git\"",
                "    roadmap frontend/html \"HTML, on the frontend map\"",
            ])
    }

    @Test func keepsEachNodesPlaceInTheRoadmapFile() throws {
        let map = try #require(Self.parse("## Roadmap\n\n- [Go](backend/go.md)\n  - Label\n").section?.map)
        #expect(map.location == SourceLocation(file: "backend.md", line: 5, column: 1))
        #expect(map.nodes[0].location == SourceLocation(file: "backend.md", line: 7, column: 1))
        #expect(map.nodes[0].children[0].location == SourceLocation(file: "backend.md", line: 8, column: 3))
        #expect(map.nodeCount == 2)
        #expect(map.topicsInOrder.map(\.topic) == [Slug("go")!])
    }

    @Test(arguments: [
        // Tight and loose lists, and a blank line before a nested list, mean the same.
        "## Roadmap\n\n- [Go](backend/go.md)\n  - [Git](backend/git.md)\n- Label\n",
        "## Roadmap\n\n- [Go](backend/go.md)\n\n  - [Git](backend/git.md)\n\n- Label\n",
        "## roadmap\n\n* [Go](backend/go.md)\n\n  + [Git](backend/git.md)\n* Label\n",
        // `#` headings and a final colon, any case; text before the list is the map's intro.
        "# ROADMAP:\n\nHow to read it.\n\n- [Go](backend/go.md)\n  - [Git](backend/git.md)\n- Label\n",
    ])
    func readsEveryListShapeAlike(_ body: String) {
        #expect(Self.parse(body).messages == [])
        #expect(
            Self.outline(body) == [
                "map (any order)", "  topic go \"Go\" (any order)", "    topic git \"Git\"", "  label \"Label\"",
            ])
    }

    @Test func readsThreeLevelsAndTheirOrders() {
        let body = "## Roadmap\n\n- [Go](backend/go.md)\n  1. [Git](backend/git.md)\n     - [HTTP](backend/http.md)\n"
        #expect(Self.parse(body).messages == [])
        #expect(
            Self.outline(body) == [
                "map (any order)", "  topic go \"Go\" (in order)", "    topic git \"Git\" (any order)",
                "      topic http \"HTTP\"",
            ])
    }

    @Test func titlesAreThePlainTextOfTheLinkOrLabel() {
        let body = "## Roadmap\n\n- **[The `go`\ntool](backend/go.md)**\n- *Some*   label &amp; more\n"
        #expect(Self.parse(body).messages == [])
        #expect(
            Self.outline(body) == ["map (any order)", "  topic go \"The go tool\"", "  label \"Some label & more\""])
    }

    @Test func aLinkMissingItsParenthesisIsDrawnAsALabel() {
        #expect(
            Self.outline("## Roadmap\n\n- [Caching](backend/caching.md\n")
                == ["map (any order)", "  label \"[Caching](backend/caching.md\""])
    }

    @Test func sectionKnowsItsBlocksAndList() throws {
        let section = try #require(
            Self.parse("Intro.\n\n## Roadmap\n\nText.\n\n- Label\n\nMore.\n\n## Next\n\n- x\n").section)
        #expect(section.headingText == "Roadmap")
        #expect(section.blocks.count == 3)
        #expect(section.otherBlocks.count == 2)
        #expect(section.list == section.blocks[1])
    }

    @Test(arguments: ["## Steps\n\n- [Go](backend/go.md)\n", "### Roadmap\n\n- x\n", "## Roadmaps\n\n- x\n", ""])
    func aBodyWithoutARoadmapSectionHasNoMap(_ body: String) {
        #expect(Self.parse(body).section == nil)
    }

    // MARK: Problems

    /// A body of `## Roadmap` then `list` (its first line is file line 7), and the problems found.
    static let problems: [(list: String, messages: [String])] = [
        (
            "1. [Nope](backend/nope.md)",
            [
                "backend.md:7:4: error: a map item links to `backend/nope.md`, but there is no topic file `backend/nope.md`\n  hint: create content/roadmaps/backend/nope.md (`sitegen new backend/nope`), or correct the link"
            ]
        ),
        (
            "- [Go](backend/go.md)\n  - [Go again](backend/go.md)",
            [
                "backend.md:8:5: error: the map names the topic `go` twice (first at line 7)\n  hint: a topic has one place on the map; link it once"
            ]
        ),
        (
            "- [Mine](backend/My_Topic.md)",
            [
                "backend.md:7:3: error: `backend/My_Topic.md` is not a topic file name: a topic slug is lowercase letters and digits in dash-separated words\n  hint: rename it to `backend/my-topic.md`"
            ]
        ),
        (
            "- [FAQ](backend/faq.md)\n- [Related](backend/related.md)",
            [
                "backend.md:7:3: error: `faq` cannot be a topic: `backend/faq/` is the roadmap's FAQ page\n  hint: give the topic file another name",
                "backend.md:8:3: error: `related` cannot be a topic: `backend/related/` is the roadmap's related page\n  hint: give the topic file another name",
            ]
        ),
        (
            "- [Go](backend/go.md)\n  - [Git](backend/git.md)\n    - [HTTP](backend/http.md)\n      - [Redis](backend/redis.md)",
            [
                "backend.md:10:7: error: the map nests deeper than 3 levels\n  hint: a map has topics, subtopics and theirs; move these items up a level, or into the topic's page"
            ]
        ),
        (
            "- \n- [Go](backend/go.md)",
            [
                "backend.md:7:1: error: an empty map item\n  hint: write a topic link, a roadmap link or a label, or remove the item"
            ]
        ),
        (
            "-\n  - [Go](backend/go.md)",
            [
                "backend.md:7:1: error: a map item has no text before its subtopics\n  hint: write a topic link, a roadmap link or a label, or remove the item"
            ]
        ),
        (
            "- # Go",
            [
                "backend.md:7:3: error: a map item must start with a line of text: a topic link, a roadmap link or a label"
            ]
        ),
        (
            "- [Go](backend/go.md) or [Git](backend/git.md)",
            [
                "backend.md:7:26: error: a map item has a second link; an item links to one page\n  hint: give each link an item of its own"
            ]
        ),
        (
            "- [Go](backend/go.md), the language",
            [
                "backend.md:7:22: warning: text beside the link of a map item is left out of the map\n  hint: a map item is one link or a label; write more about a topic in the topic's file"
            ]
        ),
        (
            "- [](backend/go.md)",
            ["backend.md:7:3: error: a map item's link has no text\n  hint: write the topic's name in the brackets"]
        ),
        (
            "- [Go]()\n- [Git](<>)",
            [
                "backend.md:7:3: error: a map item's link has no target: nothing between its parentheses\n  hint: write the file it links to, such as `[Go](backend/<topic>.md)`",
                "backend.md:8:3: error: a map item's link has no target: nothing between its parentheses\n  hint: write the file it links to, such as `[Git](backend/<topic>.md)`",
            ]
        ),
        (
            "- [Caching](backend/caching.md\n- *Then* [Go](backend/go.md and more\n- [Label] (not a link)\n- Label (with [brackets])",
            [
                "backend.md:7:3: warning: this map item looks like a link missing its closing parenthesis; it is drawn as a label\n  hint: end the link with `)`: `[Caching](backend/caching.md)`",
                "backend.md:8:10: warning: this map item looks like a link missing its closing parenthesis; it is drawn as a label\n  hint: end the link with `)`, or write the label without `[` and `]`",
            ]
        ),
        (
            // A link cmark-gfm does not read (a blank in its target) is not drawn silently either.
            "- [Git](backend/my git.md)\n- Learn [Go] (backend/go.md)",
            [
                "backend.md:7:3: warning: this map item looks like a link Markdown cannot read; it is drawn as a label\n  hint: a link's target holds no blank (`[Git](backend/git.md)`); or write the label without `[` and `]`"
            ]
        ),
        (
            "- [Go](backend/go.md)\n\n  All about Go.\n\n  More.",
            [
                "backend.md:9:3: warning: text under a map item is left out of the map\n  hint: a map item is one line; write more about a topic in the topic's file"
            ]
        ),
        (
            "- [Go](backend/go.md)\n  - [Git](backend/git.md)\n  1. [HTTP](backend/http.md)",
            [
                "backend.md:9:3: error: a map item has a second list of subtopics\n  hint: join the lists into one (a change of list marker, or a line between, starts a new list)"
            ]
        ),
        (
            "- [Go](backend/go.md#intro)",
            [
                "backend.md:7:3: error: a map topic link has `#intro` after the file name; a topic is a whole page\n  hint: link `backend/go.md`, or give that part a topic file of its own"
            ]
        ),
        (
            "- [Nope](nope.md)\n- [Nope](nope/x.md)\n- [CSS](frontend/css.md)",
            [
                "backend.md:7:3: error: a map item links to `nope.md`, but there is no roadmap `nope`\n  hint: roadmaps are the files in content/roadmaps/; check the spelling",
                "backend.md:8:3: error: a map item links to `nope/x.md`, but there is no roadmap `nope`\n  hint: roadmaps are the files in content/roadmaps/; check the spelling",
                "backend.md:9:3: error: a map item links to `frontend/css.md`, but there is no topic file `frontend/css.md`\n  hint: create content/roadmaps/frontend/css.md (`sitegen new frontend/css`), or correct the link",
            ]
        ),
        (
            // A name close to one that exists is suggested, as the link is written.
            "- [Cache](backend/cachng.md)\n- [Front](./frontnd.md#css)\n- [Page](frontend/htm.md)",
            [
                "backend.md:7:3: error: a map item links to `backend/cachng.md`, but there is no topic file `backend/cachng.md`\n  hint: did you mean `backend/caching.md`?",
                "backend.md:8:3: error: a map item links to `./frontnd.md#css`, but there is no roadmap `frontnd`\n  hint: did you mean `./frontend.md`?",
                "backend.md:9:3: error: a map item links to `frontend/htm.md`, but there is no topic file `frontend/htm.md`\n  hint: did you mean `frontend/html.md`?",
            ]
        ),
        (
            // A topic of this roadmap linked without its folder: the hint says what to write.
            "- [HTTP](http.md)\n- [Cache](./cachng.md)\n- [Py](pythn.md)",
            [
                "backend.md:7:3: error: a map item links to `http.md`, but there is no roadmap `http`\n  hint: did you mean `backend/http.md`? map links are relative to content/roadmaps/",
                "backend.md:8:3: error: a map item links to `./cachng.md`, but there is no roadmap `cachng`\n  hint: did you mean `./backend/caching.md`? map links are relative to content/roadmaps/",
                "backend.md:9:3: error: a map item links to `pythn.md`, but there is no roadmap `pythn`\n  hint: did you mean `python.md`?",
            ]
        ),
        (
            "- [Self](backend.md)",
            [
                "backend.md:7:3: error: a map item links to its own roadmap\n  hint: link a topic as `backend/<topic>.md`, or write the item as a label without a link"
            ]
        ),
        (
            // A draft topic of the map's own roadmap is drawn as a label without a word.
            "- [Secret](secret.md)\n- [Sketch](backend/sketch.md)\n- [Their sketch](frontend/sketch.md)",
            [
                "backend.md:7:3: warning: a map item links to `secret.md`, a draft left out of this build; it is drawn as a label",
                "backend.md:9:3: warning: a map item links to `frontend/sketch.md`, a draft left out of this build; it is drawn as a label",
            ]
        ),
        (
            "- [Duplicate section heading follows](backend/go.md)\n\n## ROADMAP\n\n- x",
            [
                "backend.md:9:1: error: a second `## Roadmap` section; a roadmap has one map\n  hint: merge its list into the first `## Roadmap` section"
            ]
        ),
        (
            "Only text.",
            [
                "backend.md:5:1: error: the `## Roadmap` section has no list\n  hint: write the map as a list of topic links, such as `1. [Internet](backend/internet.md)`; see the authoring guide, docs/authoring.md in sitegen's repository (#the-map)"
            ]
        ),
        (
            "- [Go](backend/go.md)\n\n1. [Git](backend/git.md)",
            [
                "backend.md:9:1: error: the `## Roadmap` section has a second list; the map is one list\n  hint: join the lists into one (a change of list marker, or a line between, starts a new list)"
            ]
        ),
    ]

    @Test(arguments: problems.indices)
    func reportsEveryProblemAtItsLineAndColumn(_ index: Int) {
        let (list, messages) = Self.problems[index]
        #expect(Self.parse("## Roadmap\n\n" + list + "\n").messages == messages)
    }

    @Test(arguments: [
        "https://example.org/go", "mailto:a@example.org", "/backend/go.md", "#go", "backend/diagram.png",
        "backend/sub/go.md", "../../go.md", "backend/go.md?x=1",
    ])
    func aMapLinksOnlyToTopicsAndRoadmaps(_ url: String) {
        #expect(
            Self.parse("## Roadmap\n\n- [Go](<\(url)>)\n").messages == [
                "backend.md:7:3: error: a map item links to `\(url)`, which is not a topic or roadmap file\n  hint: link a topic as `backend/<topic>.md` or a roadmap as `<slug>.md`; other links belong in a topic's page"
            ])
    }

    /// The topics the map's refused items were meant to name, so that they are not also asked
    /// for on the map; a link to a real roadmap means none.
    @Test func aRefusedItemMeansTheTopicItsHintNames() {
        let section = Self.parse("## Roadmap\n\n- [HTTP](http.md)\n- [Cache](backend/cachng.md)\n- [Py](python.md)\n")
        #expect(section.section?.map?.meantTopics == [Slug("http")!, Slug("caching")!])
    }

    /// Topics linked in a list nested too deep are on the map as written, a level too deep: the
    /// map means them, though it does not read them.
    @Test func topicsLinkedTooDeepAreMeant() {
        let section = Self.parse(
            "## Roadmap\n\n- [Go](backend/go.md)\n  - [Git](backend/git.md)\n    - [Redis](backend/redis.md)\n"
                + "      - [HTTP](backend/http.md)\n        - [Cache](backend/caching.md)\n"
                + "      - [HTML](frontend/html.md)\n      - [Nope](backend/nope.md)\n")
        #expect(section.section?.map?.tooDeepTopics == [Slug("http")!, Slug("caching")!])
        #expect(section.section?.map?.meantTopics == [Slug("http")!, Slug("caching")!])
    }

    /// A link to a topic of this roadmap missing its `)` is drawn as a label that means the topic.
    @Test func aTopicLinkMissingItsParenthesisMeansItsTopic() {
        let section = Self.parse("## Roadmap\n\n- [Git](backend/git.md\n- [Nope](backend/nope.md\n- [Py](python.md\n")
        #expect(section.section?.map?.nodes.map(\.meantTopic) == [Slug("git")!, nil, nil])
    }

    @Test func reportsAllProblemsTogetherAndKeepsReadingAfterThem() {
        let (section, messages) = Self.parse(
            "## Roadmap\n\n1. [Nope](backend/nope.md)\n   - [Go](backend/go.md)\n2. [Go](backend/go.md)\n3. \n")
        #expect(messages.count == 3)
        #expect(section?.map?.nodes.count == 2)
        #expect(section?.map?.nodes[0].children.first?.topic == Slug("go"))
    }
}

/// The value the map partial reads.
@Suite("Map: the template value")
struct MapTemplateTests {
    @Test func linksWhatThisBuildHasAndSaysWhichKindsThereAre() throws {
        let body = """
            ## Roadmap

            1. [Go](backend/go.md)
               - [Python](python.md#setup)
               - [HTML](frontend/html.md)
            2. [Sketch](backend/sketch.md)
            3. [Secret](secret.md)
            """
        let map = try #require(MapParserTests.parse(body).section?.map)
        let value = MapTemplate.value(
            of: map, heading: MapTemplate.Heading(id: "roadmap", titleHTML: "Roadmap", introHTML: ""),
            paths: SitePaths(basePath: "/docs/"), targets: MapParserTests.targets)
        guard case .object(let object) = value, case .list(let nodes)? = object["nodes"],
            case .object(let legend)? = object["legend"]
        else {
            Issue.record("not a map value")
            return
        }
        func field(_ node: TemplateValue, _ name: String) -> TemplateValue? {
            guard case .object(let object) = node else { return nil }
            return object[name]
        }
        #expect(nodes.map { field($0, "path") } == [.string("/docs/backend/go/"), .null, .null])
        // Drafts left out of the build have no page to open: they are drawn as labels.
        #expect(nodes.map { field($0, "kind") } == [.string("topic"), .string("label"), .string("label")])
        #expect(nodes.map { field($0, "isLabel") } == [.bool(false), .bool(true), .bool(true)])
        #expect(nodes.map { field($0, "topic") } == [.string("go"), .null, .null])
        guard case .list(let children)? = field(nodes[0], "children") else { return }
        #expect(
            children.map { field($0, "path") } == [.string("/docs/python/#setup"), .string("/docs/frontend/html/")])
        #expect(children.map { field($0, "depth") } == [.string("2"), .string("2")])
        #expect(field(nodes[0], "listTag") == .string("ul"))
        #expect(object["listTag"] == .string("ol"))
        #expect(object["introHTML"] == .null)
        #expect(object["nodeCount"] == .string("5"))
        #expect(legend["ordered"] == .bool(true) && legend["unordered"] == .bool(true))
        #expect(
            legend["topics"] == .bool(true) && legend["roadmaps"] == .bool(true) && legend["labels"] == .bool(true))
    }
}
