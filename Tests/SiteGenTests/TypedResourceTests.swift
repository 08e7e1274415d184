import Testing

@testable import SiteGen

/// Typed resource links (`[@video@Title](url)`) and local images, through the body renderer.
@Suite("Typed resources and local images")
struct TypedResourceTests {
    static func render(_ markdown: String, files: Set<String>? = nil) -> (html: String, messages: [String]) {
        var renderer = RoadmapBodyRenderer(
            allowsRawHTML: false,
            links: LinkRewriter(
                paths: SitePaths(basePath: "/docs/"), slug: Slug("backend")!, published: [Slug("backend")!],
                drafts: []))
        renderer.localFiles = files
        let (body, diagnostics) = renderer.render(markdown, source: RoadmapSource(path: "b.md", bodyLineOffset: 4))
        let formatter = DiagnosticFormatter(workingDirectory: "/")
        return (body.introHTML, diagnostics.sorted().map { formatter.compilerStyle($0) })
    }

    static func label(_ type: String, _ text: String) -> String {
        "<span class=\"resource-type resource-type-\(type)\">\(text)<span class=\"visually-hidden\">: </span></span>"
    }

    @Test(arguments: ResourceType.allCases)
    func labelsEveryType(_ type: ResourceType) {
        let (html, messages) = Self.render("- [@\(type.rawValue)@How it *works*](https://example.org/v)\n")
        #expect(messages == [])
        #expect(
            html
                == "<ul>\n<li><a href=\"https://example.org/v\">\(Self.label(type.rawValue, type.label))How it <em>works</em></a></li>\n</ul>\n"
        )
    }

    @Test func labelsAreTheContractsWords() {
        #expect(
            ResourceType.allCases.map(\.label) == [
                "Article", "Video", "Course", "Book", "Official", "Open source", "Podcast", "Feed", "Roadmap",
            ])
    }

    @Test func acceptsAnyCaseAndBlanksAfterThePrefixAndKeepsRawHTMLSettingsApart() {
        let (html, messages) = Self.render(
            "[@VIDEO@   Talk &amp; demo](https://x.org) and [@book@`code`](https://y.org)\n")
        #expect(messages == [])
        #expect(
            html
                == "<p><a href=\"https://x.org\">\(Self.label("video", "Video"))Talk &amp; demo</a> and <a href=\"https://y.org\">\(Self.label("book", "Book"))<code>code</code></a></p>\n"
        )
    }

    @Test func leavesOtherLinksAndImagesAlone() {
        let (html, messages) = Self.render(
            "[@handle](https://x.org) ![@video@x](https://z.org/i.png) [x @video@](https://w.org) [@@x](https://v.org)\n"
        )
        #expect(messages == [])
        #expect(
            html
                == "<p><a href=\"https://x.org\">@handle</a> <img loading=\"lazy\" decoding=\"async\" src=\"https://z.org/i.png\" alt=\"@video@x\" /> <a href=\"https://w.org\">x @video@</a> <a href=\"https://v.org\">@@x</a></p>\n"
        )
    }

    @Test func warnsAboutAKnownTypeWithoutItsClosingAt() {
        let (html, messages) = Self.render(
            "- [@article Why caching](https://x.org)\n- [@Video\tTalk](https://y.org)\n"
                + "- [@handle on GitHub](https://z.org)\n")
        #expect(
            messages == [
                "b.md:5:3: warning: `@article` starts this link like a resource type, but has no closing `@`; the link is shown as written\n  hint: write `[@article@Title](url)`",
                "b.md:6:3: warning: `@video` starts this link like a resource type, but has no closing `@`; the link is shown as written\n  hint: write `[@video@Title](url)`",
            ])
        #expect(html.contains("<a href=\"https://x.org\">@article Why caching</a>"))
    }

    @Test func warnsAboutAnUnknownTypeNamingTheClosestOne() {
        let (html, messages) = Self.render(
            "- [@vidoe@Talk](https://x.org)\n- [@zzz@Thing](https://y.org)\n- [@article@](https://z.org)\n")
        #expect(
            messages == [
                "b.md:5:3: warning: unknown resource type `vidoe`; the link is shown as written\n  hint: did you mean `video`?",
                "b.md:6:3: warning: unknown resource type `zzz`; the link is shown as written\n  hint: the types are article, video, course, book, official, opensource, podcast, feed, roadmap",
                "b.md:7:3: warning: the resource link has no text after `@article@`; its address is shown\n  hint: write the resource's title after the type",
            ])
        #expect(html.contains("<a href=\"https://x.org\">@vidoe@Talk</a>"))
        #expect(html.contains("<a href=\"https://z.org\">\(Self.label("article", "Article"))https://z.org</a>"))
    }

    @Test func findsThePrefix() {
        #expect(TypedResources.prefix(of: "@video@ Title") ?? ("", 0) == ("video", 8))
        #expect(TypedResources.prefix(of: "@open-source@x")! == ("open-source", 13))
        for text in ["video@x", "@@x", "@video", "@vi deo@x", "@" + String(repeating: "a", count: 40) + "@x"] {
            #expect(TypedResources.prefix(of: text) == nil, "\(text)")
        }
    }

    // MARK: Local images

    @Test func aMissingLocalImageIsAnError() {
        let files: Set<String> = ["backend/diagram.png", "backend/img/a b.png"]
        let (_, messages) = Self.render(
            """
            ![ok](backend/diagram.png) ![ok](./backend/img/a%20b.png?v=2) ![remote](https://x.org/a.png)
            ![gone](backend/gone.png)
            ![root](diagram.png)
            ![out](../secret.png)
            [a link is not checked](backend/gone.pdf)
            """, files: files)
        #expect(
            messages == [
                "b.md:6:1: error: the image `backend/gone.png` is missing: there is no file content/roadmaps/backend/gone.png\n  hint: put the image in content/roadmaps/backend/ and write its path from content/roadmaps/, such as `backend/gone.png`",
                "b.md:7:1: error: the image `diagram.png` is missing: there is no file content/roadmaps/diagram.png\n  hint: put the image in content/roadmaps/<slug>/ and write its path from content/roadmaps/, such as `<slug>/diagram.png`",
                "b.md:8:1: error: the image `../secret.png` is outside content/roadmaps/, so it is not part of the site\n  hint: put the image in the roadmap's folder",
            ])
        #expect(Self.render("![gone](backend/gone.png)\n").messages == [], "no files given: not checked")
    }
}
