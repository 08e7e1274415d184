import Mustache
import Testing

@testable import SiteGen

@Suite("The roadmap page's contents list")
struct PageContentsTests {
    func body(_ titles: [String], faqAt faqIndex: Int? = nil, mapID: String? = nil) -> RoadmapBody {
        let sections = titles.enumerated().map { index, title in
            Section(
                id: "s\(index)", titleHTML: title, titleText: title, html: "",
                faq: index == faqIndex
                    ? FAQ(questions: [Question(id: "q", questionHTML: "Q?", questionText: "Q?", answerHTML: "")]) : nil)
        }
        let map = mapID.map {
            BodyMap(
                map: RoadmapMap(nodes: [], isOrdered: true, location: SourceLocation(file: "x.md")), id: $0,
                titleHTML: "Roadmap", titleText: " Roadmap ", introHTML: "")
        }
        return RoadmapBody(introHTML: "", sections: sections, footnotesHTML: "", map: map)
    }

    @Test func fewerThanFourSectionsHaveNone() {
        #expect(PageContents.entries(of: body(["A", "B", "C"])) == [])
        #expect(PageContents.entries(of: body([])) == [])
        #expect(PageContents.entries(of: body(["A", "B"], mapID: "roadmap")) == [])
    }

    @Test func fourSectionsAreListedInOrderTheFAQAsOneEntry() {
        let entries = PageContents.entries(of: body(["A", " B ", "C <D>", "FAQ"], faqAt: 3))
        #expect(
            entries == [
                .object(["id": "s0", "title": "A", "isFAQ": false, "isMap": false]),
                .object(["id": "s1", "title": "B", "isFAQ": false, "isMap": false]),
                .object(["id": "s2", "title": "C <D>", "isFAQ": false, "isMap": false]),
                .object(["id": "s3", "title": "FAQ", "isFAQ": true, "isMap": false]),
            ])
    }

    /// The map is drawn under the header, so its entry comes first, and it counts as a section.
    @Test func theMapIsTheFirstEntryAndCountsAsASection() {
        let entries = PageContents.entries(of: body(["A", "B", "FAQ"], faqAt: 2, mapID: "roadmap-1"))
        #expect(
            entries == [
                .object(["id": "roadmap-1", "title": "Roadmap", "isFAQ": false, "isMap": true]),
                .object(["id": "s0", "title": "A", "isFAQ": false, "isMap": false]),
                .object(["id": "s1", "title": "B", "isFAQ": false, "isMap": false]),
                .object(["id": "s2", "title": "FAQ", "isFAQ": true, "isMap": false]),
            ])
    }
}
