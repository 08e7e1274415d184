import Testing

@testable import SiteGen

@Suite("What you'll learn: items link to their sections")
struct LearnLinksTests {
    let renderer = RoadmapBodyRenderer(
        allowsRawHTML: false,
        links: LinkRewriter(
            paths: SitePaths(basePath: "/docs/"), slug: Slug("backend")!, published: [Slug("backend")!],
            drafts: []))

    func learnHTML(_ markdown: String) -> String {
        let (body, _) = renderer.render(markdown, source: RoadmapSource(path: "b.md", bodyLineOffset: 4))
        return body.sections.first { LearnLinks.isLearnTitle($0.titleText) }?.html ?? ""
    }

    @Test(arguments: [
        ("What You’ll Learn:", "what you'll learn"),
        ("Indexes and query plans.", "indexes and  query plans"),
        ("  Caching\twith Redis ", "caching with redis"),
        ("REST?!", "rest"),
        ("“Quoted” titles…", "\"quoted\" titles"),
        ("Testing — unit, integration", "testing — unit, integration,"),
    ])
    func titlesReadTheSameMatch(_ written: String, _ other: String) {
        #expect(TitleIndex.key(written) == TitleIndex.key(other))
    }

    @Test(arguments: [("C++", "C"), ("Go", "Go-lang"), ("SQL (basics)", "SQL basics"), ("Node.js", "Nodejs")])
    func titlesThatReadDifferentlyDoNot(_ one: String, _ other: String) {
        #expect(TitleIndex.key(one) != TitleIndex.key(other))
    }

    @Test func titlesInASCIIQuotesAndDashesGetTheSameKeyByteByByteAsCharacterByCharacter() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array(
            "aZ .,:;!?\t\n\r\u{0B}\u{0C}-'\"()+#x9\u{2013}\u{2014}\u{2018}\u{2019}\u{201C}\u{201D}".unicodeScalars)
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...12, using: &generator)
            var title = ""
            for _ in 0..<length { title.unicodeScalars.append(alphabet.randomElement(using: &generator)!) }
            #expect(TitleIndex.asciiKey(title) == TitleIndex.characterKey(title), "\(title.debugDescription)")
        }
        for byte in UInt8(0)..<0x80 {
            let title = "A" + String(UnicodeScalar(byte)) + "b" + String(UnicodeScalar(byte))
            #expect(TitleIndex.asciiKey(title) == TitleIndex.characterKey(title), "\(title.debugDescription)")
        }
        for other in ["Caf\u{E9}", "Wait\u{2026}", "\u{2012}", "\u{201E}", "\u{2022}", "a\u{A0}b"] {
            #expect(TitleIndex.asciiKey(other) == nil, "\(other.debugDescription)")
        }
    }

    @Test func theFirstTitleAddedWinsSoSectionsWinOverTopics() {
        var index = TitleIndex()
        index.add(title: "Caching", href: "#caching")
        index.add(title: "caching.", href: "#caching-1")
        index.add(title: "Caching", href: "/docs/backend/caching/")
        index.add(title: "Queues", href: "/docs/backend/queues/")
        index.add(title: " ", href: "#section")
        #expect(
            LearnLinks.hrefs(for: ["CACHING", "Queues!", "Databases", ""], in: index) == [
                "#caching", "/docs/backend/queues/", nil, nil,
            ])
    }

    /// Topics are looked up in map order, then those off the map by slug: of two topics of one
    /// title, the first on the map wins; a section wins over both.
    @Test func topicsComeInMapOrderThenBySlugAfterTheSections() throws {
        let here = SourceLocation(file: "b.md")
        let map = RoadmapMap(
            nodes: [
                MapNode(
                    title: "Label", kind: .label,
                    children: [MapNode(title: "B", kind: .topic(Slug("b")!), location: here)], location: here),
                MapNode(title: "A", kind: .topic(Slug("a")!), location: here),
                MapNode(title: "Gone", kind: .topic(Slug("gone")!), location: here),
            ], isOrdered: true, location: here)
        let titles = [
            Slug("a")!: "Same", Slug("b")!: "same.", Slug("d")!: "Off", Slug("c")!: "Off", Slug("e")!: "Steps",
        ]
        let ordered = LearnLinks.topicsInOrder(titles, map: map)
        #expect(ordered.map(\.slug.value) == ["b", "a", "c", "d", "e"])
        let document = try MarkdownDocument("## What you'll learn\n\n## Steps\n", allowsRawHTML: false)
        let outline = HeadingOutline(blocks: document.blocks, reservedIDs: [])
        let index = LearnLinks.index(outline, topics: ordered.map { ($0.title, "/t/\($0.slug)/") })
        #expect(
            LearnLinks.hrefs(for: ["Same", "Off", "Steps", "What you'll learn"], in: index) == [
                "/t/b/", "/t/c/", "#steps", nil,
            ])
    }

    @Test func itemsLinkToSectionsBeforeAndAfterTheList() {
        let html = learnHTML(
            """
            ## Basics

            B.

            ## What you’ll learn

            - Basics.
            - `SELECT`, *joins* and aggregates
            - Something without a section

            ## SELECT, Joins and Aggregates

            S.

            ## Basics

            Again.
            """)
        #expect(
            html == """
                <ul>
                <li><a href="#basics">Basics.</a></li>
                <li><a href="#select-joins-and-aggregates"><code>SELECT</code>, <em>joins</em> and aggregates</a></li>
                <li>Something without a section</li>
                </ul>

                """)
    }

    @Test func looseListsAndTheLongTitleLink() {
        let html = learnHTML("## What you will learn\n\n- Queues\n\n  More about queues.\n\n- Other\n\n## Queues\n")
        #expect(
            html
                == "<ul>\n<li>\n<p><a href=\"#queues\">Queues</a></p>\n<p>More about queues.</p>\n</li>\n<li>\n<p>Other</p>\n</li>\n</ul>\n"
        )
    }

    @Test func itemsThatCannotHoldALinkStayAsWritten() {
        let html = learnHTML(
            """
            ## What you'll learn

            - [Queues](https://example.org/q)
            - [ ] Queues
            - Queues<sup>1</sup>
            - Nested
              - Queues
            - What you'll learn

            ## Queues

            ## Nested other
            """)
        #expect(!html.contains("href=\"#queues\""), "\(html)")
        #expect(!html.contains("href=\"#what-youll-learn\""), "\(html)")
    }

    @Test func withoutALearnSectionNothingIsLinked() {
        let (body, _) = renderer.render(
            "## Topics\n\n- Queues\n\n## Queues\n", source: RoadmapSource(path: "b.md", bodyLineOffset: 0))
        #expect(body.sections[0].html == "<ul>\n<li>Queues</li>\n</ul>\n")
    }

    /// The map's heading takes its id in order; a `###` heading in the map's section is text
    /// about the map, rendered without an id, so it takes none (as before the outline).
    @Test func theMapsHeadingTakesItsIDAndItsLowerHeadingsNone() {
        let backend = Slug("backend")!
        var links = renderer.links
        links.topics = [backend: [Slug("a")!]]
        var mapRenderer = RoadmapBodyRenderer(allowsRawHTML: false, links: links)
        mapRenderer.mapTargets = MapTargets(roadmap: backend, roadmaps: [backend], topics: [backend: [Slug("a")!]])
        let (body, problems) = mapRenderer.render(
            "## Tips\n\n## Roadmap\n\n### Tips\n\n- [A](backend/a.md)\n\n## What you'll learn\n\n- Roadmap\n\n## Tips\n",
            source: RoadmapSource(path: "b.md", bodyLineOffset: 0))
        #expect(problems == [])
        #expect(body.map?.id == "roadmap")
        #expect(body.map?.introHTML == "<h3>Tips</h3>\n")
        #expect(body.sections.map(\.id) == ["tips", "what-youll-learn", "tips-1"])
        #expect(body.sections[1].html.contains("<a href=\"#roadmap\">Roadmap</a>"))
    }

    @Test func sectionIDsStayAsTheOutlineGivesThem() {
        let (body, _) = renderer.render(
            "## Main\n\n## What you'll learn\n\n- Main\n- Main 1\n\n## Main\n\n### Main\n\n## Main",
            source: RoadmapSource(path: "b.md", bodyLineOffset: 0))
        #expect(body.sections.map(\.id) == ["main-1", "what-youll-learn", "main-2", "main-4"])
        #expect(body.sections[1].html.contains("<a href=\"#main-1\">Main</a>"))
        #expect(!body.sections[1].html.contains("<a href=\"#main-1\">Main 1</a>"))
    }
}
