import Foundation
import Testing

@testable import SiteGen

/// Topics end to end: a site with a roadmap map and topic files, built, checked and served as a
/// user runs them.
@Suite("Topics: building, checking and serving a site with a map")
struct TopicSiteTests {
    /// The backend roadmap's map: an ordered list of topics with subtopics, a label, a node
    /// leading to the python roadmap.
    static let backendBody = """
        Intro text.

        ## Roadmap

        Take them in order.

        1. [Internet](backend/internet.md)
           - [HTTP](backend/http.md)
           - [Python](python.md)
        2. Version control
           1. [Git](backend/git.md)
           2. [GitHub flow](backend/github-flow.md)
        3. [Caching](backend/caching.md)

        ## Steps

        1. See [HTTP](backend/http.md#methods) and ![the diagram](backend/diagram.png).

        """

    /// A site of two roadmaps, backend with a map and five topic files (and an image), python
    /// without; every file dated in front matter.
    static func makeSite() -> TestSite {
        let site = TestSite(roadmaps: [
            "backend": roadmapFile(
                "title: Backend\ndescription: Servers.\nupdated: 2026-01-01\nrelated: [python]", body: backendBody),
            "python": roadmapFile("title: Python\nupdated: 2026-01-02"),
            "backend/internet": "---\nupdated: 2026-02-01\n---\n# Internet\n\nPackets travel. See [HTTP](http.md).\n\n"
                + "- [@article@How it works](https://example.org/a)\n",
            "backend/http": "---\ntitle: HTTP & you\nupdated: 2026-02-02\n---\nRequests and answers.\n\n## Methods\n\n"
                + "GET and POST; back to [the internet](internet.md), on to [Python](../python.md).\n",
            "backend/git": "---\nupdated: 2026-02-03\n---\n# Git\n\nCommits. ![Branches](backend/diagram.png)\n",
            "backend/github-flow": "---\nupdated: 2026-02-04\n---\n# GitHub flow\n\nBranches and pull requests.\n",
            "backend/caching": "---\nupdated: 2026-02-05\n---\n# Caching\n\nKeep results.\n",
        ])
        TestFiles.write(
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", to: site.content + "/roadmaps/backend/diagram.png")
        return site
    }

    @Test func topicPagesShowTheirPlaceOnTheMap() {
        let site = Self.makeSite()
        let built = site.build()
        #expect(built.succeeded)
        #expect(built.messages == [])
        let http = site.page("backend/http/index.html")
        #expect(http.contains("<title>HTTP &amp; you · Test Roadmaps</title>"))
        #expect(http.contains("<link rel=\"canonical\" href=\"https://example.org/backend/http/\">"))
        #expect(http.contains("<meta name=\"description\" content=\"Requests and answers.\">"))
        #expect(
            http.contains("<link rel=\"prev\" href=\"/backend/internet/\">\n<link rel=\"next\" href=\"/backend/git/\">")
        )
        #expect(
            http.contains(
                "<li><a href=\"/\">All Test Roadmaps</a></li>\n<li><a href=\"/backend/\">Backend</a></li>\n"
                    + "<li><a href=\"/backend/internet/\">Internet</a></li>\n</ol>"))
        #expect(
            http.contains(
                "<div class=\"progress\" data-roadmap=\"backend\" data-topic=\"http\" data-pagefind-ignore=\"all\"></div>"
            ))
        #expect(
            http.contains(
                "\"@type\":\"BreadcrumbList\",\"itemListElement\":[{\"@type\":\"ListItem\",\"position\":1,"
                    + "\"name\":\"Test Roadmaps\",\"item\":\"https://example.org/\"},"))
        #expect(http.contains("<a href=\"/backend/internet/\">the internet</a>, on to <a href=\"/python/\">Python</a>"))
        #expect(http.contains("<time datetime=\"2026-02-02\">2 February 2026</time>"))
        #expect(http.contains("<a class=\"pager-up\" href=\"/backend/\">Back to the map: Backend</a>"))
        // Previous and next follow the map, across groups; a label has no page.
        let git = site.page("backend/git/index.html")
        #expect(git.contains("<link rel=\"prev\" href=\"/backend/http/\">"))
        #expect(git.contains("<link rel=\"next\" href=\"/backend/github-flow/\">"))
        #expect(!git.contains("<li><a href=\"/backend/internet/\">"), "a label is no parent")
        #expect(
            git.contains("<img loading=\"lazy\" decoding=\"async\" src=\"/backend/diagram.png\" alt=\"Branches\" />"))
        let internet = site.page("backend/internet/index.html")
        #expect(
            internet.contains(
                "<ul>\n<li class=\"map-topic\"><a href=\"/backend/http/\">HTTP &amp; you</a></li>\n"
                    .replacingOccurrences(of: "HTTP &amp; you", with: "HTTP")))
        #expect(internet.contains("<li class=\"map-roadmap\"><a href=\"/python/\">Python</a> (roadmap)</li>"))
        #expect(!internet.contains("rel=\"prev\""))
        #expect(site.page("backend/caching/index.html").contains("<link rel=\"prev\" href=\"/backend/github-flow/\">"))
        // The roadmap page draws the map under the lead, with the progress script's hooks, and no
        // longer shows the map's list as text.
        let roadmap = site.page("backend/index.html")
        #expect(
            roadmap.contains(
                "<p class=\"lead\">Servers.</p>\n</header>\n<nav class=\"map\" aria-labelledby=\"roadmap\" data-roadmap=\"backend\" data-pagefind-ignore=\"all\">\n"
                    + "<h2 id=\"roadmap\">Roadmap</h2>\n<a class=\"skip-link\" href=\"#after-map\">Skip the map</a>\n"
                    + "<p>Take them in order.</p>\n"))
        #expect(
            roadmap.contains("</nav>\n<div id=\"after-map\"></div>\n"), "the skip link's target, right after the map")
        #expect(
            roadmap.contains(
                "<li class=\"map-node map-topic\" data-topic=\"http\"><a class=\"map-item\" href=\"/backend/http/\">HTTP</a>"
            ))
        #expect(
            roadmap.contains(
                "<li class=\"map-node map-label map-parent\"><span class=\"map-item\">Version control</span>"))
        #expect(roadmap.components(separatedBy: "href=\"/backend/http/\"").count == 2, "the list is drawn once")
        #expect(roadmap.contains("<a href=\"/backend/http/#methods\">HTTP</a> and <img"))
        #expect(roadmap.contains("src=\"/backend/diagram.png\""))
        // The image is copied beside the pages; the sitemap lists each topic with its own date.
        #expect(FileManager.default.fileExists(atPath: site.output + "/backend/diagram.png"))
        let sitemap = site.page("sitemap.xml")
        #expect(
            sitemap.contains("<url><loc>https://example.org/backend/http/</loc><lastmod>2026-02-02</lastmod></url>"))
        #expect(sitemap.contains("<url><loc>https://example.org/backend/</loc><lastmod>2026-01-01</lastmod></url>"))
        #expect(!sitemap.contains("diagram"))
    }

    @Test func linksFromATopicFileReadAsGitHubReadsThemThenFromTheRoadmapsFolder() {
        var links = LinkRewriter(
            paths: SitePaths(basePath: "/docs/"), slug: Slug("backend")!,
            published: [Slug("backend")!, Slug("python")!],
            drafts: [Slug("secret")!])
        links.topics = [Slug("backend")!: [Slug("http")!, Slug("git")!, Slug("sketch")!]]
        links.draftTopics = [TopicID(roadmap: Slug("backend")!, topic: Slug("sketch")!)]
        links.files = ["backend/diagram.png", "backend/img/a b.png"]
        links.topic = Slug("git")!
        #expect(links.resolve("http.md#methods") == .rewrite("/docs/backend/http/#methods"))
        #expect(links.resolve("./http.md") == .rewrite("/docs/backend/http/"))
        #expect(links.resolve("backend/http.md") == .rewrite("/docs/backend/http/"))
        #expect(links.resolve("../python.md#setup") == .rewrite("/docs/python/#setup"))
        #expect(links.resolve("python.md") == .rewrite("/docs/python/"))
        #expect(links.resolve("#branches") == .rewrite("/docs/backend/git/#branches"))
        #expect(links.resolve("diagram.png") == .rewrite("/docs/backend/diagram.png"))
        #expect(links.resolve("backend/diagram.png") == .rewrite("/docs/backend/diagram.png"))
        #expect(links.resolve("img/a%20b.png") == .rewrite("/docs/backend/img/a%20b.png"))
        #expect(links.resolve("notes.txt") == .rewrite("/docs/backend/git/notes.txt"))
        #expect(
            links.resolve("sketch.md")
                == .unlink("link to `sketch.md`, a draft left out of this build; its text is shown without a link"))
        #expect(
            links.resolve("nope.md")
                == .broken(
                    "link to `nope.md`, but there is no topic file `backend/nope.md`",
                    hint: "topics are the files in content/roadmaps/backend/; check the spelling"))
        // From the roadmap file itself, paths start at content/roadmaps/.
        links.topic = nil
        #expect(links.resolve("backend/http.md") == .rewrite("/docs/backend/http/"))
        #expect(links.resolve("backend/diagram.png") == .rewrite("/docs/backend/diagram.png"))
        #expect(links.resolve("#steps") == .rewrite("/docs/backend/#steps"))
        #expect(
            links.resolve("http.md")
                == .broken(
                    "link to `http.md`, but there is no roadmap `http`",
                    hint: "roadmaps are the files in content/roadmaps/; check the spelling"))
    }

    @Test func everyMapAndTopicMistakeIsReportedAtOnce() {
        let site = TestSite(roadmaps: [
            "backend": roadmapFile(
                "title: Backend\nupdated: 2026-01-01",
                body: """
                    ## Roadmap

                    1. [Internet](backend/internet.md)
                       - [Missing](backend/missing.md)
                       - [Internet again](backend/internet.md)
                       - [FAQ](backend/faq.md)
                       - [Bad](backend/Bad_Name.md)
                         - [Deep](backend/deep.md)
                           - [Deeper](backend/deeper.md)
                    2. [Untitled](backend/untitled.md)
                    3. [Typed](backend/typed.md)

                    """),
            "backend/internet": "---\nupdated: 2026-01-01\n---\n# Internet\n\n![gone](backend/gone.png)\n",
            "backend/deep": "---\nupdated: 2026-01-01\n---\n# Deep\n",
            "backend/deeper": "---\nupdated: 2026-01-01\n---\n# Deeper\n",
            "backend/untitled": "---\nupdated: 2026-01-01\n---\nNo heading here.\n",
            "backend/typed": "---\nupdated: 2026-01-01\n---\n# Typed\n\n- [@vidoe@A talk](https://example.org/t)\n",
            "backend/orphan": "---\nupdated: 2026-01-01\n---\n# Orphan\n",
            "backend/faq": "---\nupdated: 2026-01-01\n---\n# FAQ\n",
            "backend/Bad_Name": "---\nupdated: 2026-01-01\n---\n# Bad\n",
        ])
        let built = site.build()
        #expect(!built.succeeded)
        #expect(
            built.messages == [
                "content/roadmaps/backend.md:8:6: error: a map item links to `backend/missing.md`, but there is no topic file `backend/missing.md`",
                "content/roadmaps/backend.md:9:6: error: the map names the topic `internet` twice (first at line 7)",
                "content/roadmaps/backend.md:10:6: error: `faq` cannot be a topic: `backend/faq/` is the roadmap's FAQ page",
                "content/roadmaps/backend.md:11:6: error: `backend/Bad_Name.md` is not a topic file name: a topic slug is lowercase letters and digits in dash-separated words",
                "content/roadmaps/backend.md:13:8: error: the map nests deeper than 3 levels",
                "content/roadmaps/backend/Bad_Name.md:1:1: error: `backend/Bad_Name.md` is not a topic file name: it must be `<topic>.md`, with a topic slug of lowercase letters and digits in dash-separated words",
                "content/roadmaps/backend/faq.md:1:1: error: `faq` cannot be a topic: `backend/faq/` is the roadmap's FAQ page",
                "content/roadmaps/backend/internet.md:6:1: error: the image `backend/gone.png` is missing: there is no file content/roadmaps/backend/gone.png",
                "content/roadmaps/backend/orphan.md:1:1: warning: the map of `backend` does not name this topic, so it has no place on the map",
                "content/roadmaps/backend/typed.md:6:3: warning: unknown resource type `vidoe`; the link is shown as written",
                "content/roadmaps/backend/untitled.md:1:1: error: the topic has no title: no `title` in front matter, and its body (after any front matter) does not start with a `# ` heading",
            ])
    }

    /// A map link written without the roadmap's folder (`http.md` for `backend/http.md`) is one
    /// error whose hint says what to write, as is a near miss of a topic's name; the topics it
    /// meant get no warning proposing a second line. A link to a real roadmap stays one.
    @Test func aMapLinkWithoutTheRoadmapsFolderSaysWhatToWrite() throws {
        let site = TestSite(roadmaps: [
            "backend": roadmapFile(
                "title: Backend\nupdated: 2026-01-01",
                body: "## Roadmap\n\n1. [HTTP](http.md)\n2. [Caching](./cachng.md#why)\n3. [Python](python.md)\n"),
            "python": roadmapFile("title: Python\nupdated: 2026-01-02"),
            "backend/http": "---\nupdated: 2026-02-02\n---\n# HTTP\n",
            "backend/caching": "---\nupdated: 2026-02-05\n---\n# Caching\n",
        ])
        let result = try CommandLineTests().run(["build"], in: site.root)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                content/roadmaps/backend.md:7:4: error: a map item links to `http.md`, but there is no roadmap `http`
                  hint: did you mean `backend/http.md`? map links are relative to content/roadmaps/
                content/roadmaps/backend.md:8:4: error: a map item links to `./cachng.md#why`, but there is no roadmap `cachng`
                  hint: did you mean `./backend/caching.md`? map links are relative to content/roadmaps/
                2 errors, 0 warnings

                """)
    }

    /// A link to a topic missing its `)` is a warning whose fix puts the topic on the map: the
    /// topic is not also asked for on the map.
    @Test func aTopicLinkMissingItsParenthesisIsNotAlsoMissingFromTheMap() throws {
        let site = TestSite(roadmaps: [
            "backend": roadmapFile(
                "title: Backend\nupdated: 2026-01-01",
                body: "## Roadmap\n\n1. [HTTP](backend/http.md)\n2. [SQL](backend/sql.md\n"),
            "backend/http": "---\nupdated: 2026-02-02\n---\n# HTTP\n",
            "backend/sql": "---\nupdated: 2026-02-05\n---\n# SQL\n",
        ])
        let result = try CommandLineTests().run(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(
            result.stderr == """
                content/roadmaps/backend.md:8:4: warning: this map item looks like a link missing its closing parenthesis; it is drawn as a label
                  hint: end the link with `)`: `[SQL](backend/sql.md)`

                """)
    }

    /// A map link to a percent-encoded file name suggests the name the file's own error does.
    @Test func aPercentEncodedMapLinkSuggestsTheFilesOwnNewName() throws {
        let site = TestSite(roadmaps: [
            "backend": roadmapFile(
                "title: Backend\nupdated: 2026-01-01", body: "## Roadmap\n\n1. [SQL basics](backend/SQL%20Basics.md)\n"),
            "backend/SQL Basics": "---\nupdated: 2026-02-05\n---\n# SQL basics\n",
        ])
        let result = try CommandLineTests().run(["build"], in: site.root)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                content/roadmaps/backend.md:7:4: error: `backend/SQL%20Basics.md` is not a topic file name: a topic slug is lowercase letters and digits in dash-separated words
                  hint: rename it to `backend/sql-basics.md`
                content/roadmaps/backend/SQL Basics.md:1:1: error: `backend/SQL Basics.md` is not a topic file name: it must be `<topic>.md`, with a topic slug of lowercase letters and digits in dash-separated words
                  hint: rename it to `sql-basics.md`
                2 errors, 0 warnings

                """)
    }

    @Test func checkResolvesLinksToAndFromTopicPagesAndTheirAnchors() async {
        let site = Self.makeSite()
        let clean = await site.check()
        #expect(clean == [])
        site.addRoadmap(
            "backend/caching",
            "---\nupdated: 2026-02-05\n---\n# Caching\n\nSee [HTTP](http.md#nowhere), [its methods](backend/http.md#methods) and "
                + "[the steps](../backend.md#steps).\n")
        site.addRoadmap(
            "python",
            roadmapFile("title: Python\nupdated: 2026-01-02", body: "See [caching](backend/caching.md#oops).\n"))
        let messages = await site.check()
        #expect(
            messages == [
                "content/roadmaps/backend/caching.md:6:5: error: link `http.md#nowhere` points to a missing anchor: no id `nowhere` on that page",
                "content/roadmaps/python.md:5:5: error: link `backend/caching.md#oops` points to a missing anchor: no id `oops` on that page",
            ])
    }

    @Test func aTopicPagesTitleHasTheIdGitHubGivesItsHeading() async {
        let site = Self.makeSite()
        // The `# ` title heading comes first, as on GitHub: the body's own "Caching" is `caching-1`.
        site.addRoadmap(
            "backend/caching",
            "---\nupdated: 2026-02-05\n---\n# Caching\n\n## Caching\n\nBack to [the top](#caching).\n")
        // A title from front matter takes its id after the body's headings, which keep GitHub's.
        site.addRoadmap("backend/git", "---\ntitle: Git\nupdated: 2026-02-03\n---\n## Git\n\nCommits.\n")
        // A title never takes an id the theme keeps for itself.
        site.addRoadmap("backend/github-flow", "---\nupdated: 2026-02-04\n---\n# Main\n\n## Main\n")
        site.addRoadmap(
            "python",
            roadmapFile(
                "title: Python\nupdated: 2026-01-02",
                body: "See [caching](backend/caching.md#caching), [its part](backend/caching.md#caching-1), "
                    + "[the internet](backend/internet.md#internet), [HTTP](backend/http.md#http--you), "
                    + "[Git](backend/git.md#git-1) and [the flow](backend/github-flow.md#main-1).\n"))
        #expect(await site.check() == [])
        #expect(site.build().messages == [])
        #expect(site.page("backend/caching/index.html").contains("<h1 id=\"caching\">Caching</h1>"))
        #expect(site.page("backend/caching/index.html").contains("<h2 id=\"caching-1\">Caching</h2>"))
        #expect(site.page("backend/internet/index.html").contains("<h1 id=\"internet\">Internet</h1>"))
        #expect(site.page("backend/http/index.html").contains("<h1 id=\"http--you\">HTTP &amp; you</h1>"))
        #expect(site.page("backend/git/index.html").contains("<h1 id=\"git-1\">Git</h1>"))
        #expect(site.page("backend/git/index.html").contains("<h2 id=\"git\">Git</h2>"))
        #expect(site.page("backend/github-flow/index.html").contains("<h1 id=\"main-1\">Main</h1>"))
        #expect(site.page("backend/github-flow/index.html").contains("<h2 id=\"main-2\">Main</h2>"))
    }

    @Test func aDraftTopicIsLeftOutWithoutAWordAndDraftsBuildIt() async {
        let site = Self.makeSite()
        // caching, on the map, is a draft; redis, a draft as `sitegen new` writes one, is not on it yet.
        site.addRoadmap("backend/caching", "---\nupdated: 2026-02-05\ndraft: true\n---\n# Caching\n\nKeep results.\n")
        site.addRoadmap("backend/redis", "---\nupdated: 2026-02-06\ndraft: true\n---\n# Redis\n")
        let built = site.build()
        #expect(built.succeeded)
        #expect(built.messages == [])
        #expect(await site.check() == [])
        let tree = TestFiles.tree(site.output)
        #expect(!tree.keys.contains { $0.hasPrefix("backend/caching/") || $0.hasPrefix("backend/redis/") })
        #expect(!tree.values.contains { String(decoding: $0, as: UTF8.self).contains("/backend/caching/") })
        // The map draws it as a label; the topic before it is the last one now.
        #expect(
            site.page("backend/index.html").contains(
                "<li class=\"map-node map-label\"><span class=\"map-item\">Caching</span>\n</li>"))
        #expect(!site.page("backend/github-flow/index.html").contains("rel=\"next\""))
        let drafts = site.build(drafts: true)
        #expect(
            drafts.messages == [
                "content/roadmaps/backend/redis.md:1:1: warning: the map of `backend` does not name this topic, so it has no place on the map"
            ])
        #expect(site.page("backend/caching/index.html").contains("<h1 id=\"caching\">Caching</h1>"))
        #expect(
            site.page("backend/index.html").contains(
                "<li class=\"map-node map-topic\" data-topic=\"caching\"><a class=\"map-item\" href=\"/backend/caching/\">Caching</a>"
            ))
        #expect(site.page("backend/github-flow/index.html").contains("<link rel=\"next\" href=\"/backend/caching/\">"))
    }

    @Test func filesCopiedFromTheRoadmapFolderAreNeitherPagesNorInTheSitemap() throws {
        let site = Self.makeSite()
        TestFiles.write("<p>A drawing.</p>\n", to: site.content + "/roadmaps/backend/diagram.html")
        TestFiles.write("<p>Notes.</p>\n", to: site.content + "/roadmaps/backend/notes/index.html")
        let report = try site.builder().build()
        // index and 404; backend's page, related page and 5 topics; python's page and related page.
        #expect(report.pageCount == 2 + 7 + 2)
        #expect(site.page("backend/notes/index.html") == "<p>Notes.</p>\n")
        #expect(site.page("backend/diagram.html") == "<p>A drawing.</p>\n")
        let sitemap = site.page("sitemap.xml")
        #expect(sitemap.components(separatedBy: "<url>").count - 1 == 1 + 7 + 2)
        #expect(!sitemap.contains("notes") && !sitemap.contains("diagram"))
        // The preview lays the sitemap out again from the same pages.
        let rebuild = Self.renameHTTPInServe(site)
        let preview = String(decoding: rebuild?.site?.files["sitemap.xml"] ?? [], as: UTF8.self)
        #expect(preview.contains("<loc>https://example.org/backend/http/</loc><lastmod>2026-03-01</lastmod>"))
        #expect(!preview.contains("notes") && !preview.contains("diagram"))
    }

    @Test func rebuildsAreByteIdentical() {
        let site = Self.makeSite()
        let first = site.root + "/one"
        let second = site.root + "/two"
        #expect(site.build(output: first).succeeded)
        #expect(site.build(output: second).succeeded)
        let tree = TestFiles.tree(first)
        #expect(tree.keys.contains("backend/github-flow/index.html"))
        #expect(tree == TestFiles.tree(second))
    }

    // MARK: Serve

    static func options(_ site: TestSite) -> SiteInputs {
        PreviewBuilderTests.options(site)
    }

    /// Serves `site`, then renames its topic `backend/http` ("HTTP, renamed", dated 2026-03-01):
    /// a rebuild of part of the site, the same as a full build.
    static func renameHTTPInServe(
        _ site: TestSite, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> PreviewRebuild? {
        _ = site.copyTheme()
        var builder = PreviewBuilder(inputs: Self.options(site))
        _ = builder.rebuildAll()
        let path = site.roadmapPath("backend/http")
        TestFiles.write("---\ntitle: HTTP, renamed\nupdated: 2026-03-01\n---\nRequests.\n", to: path)
        let rebuild = builder.apply(changedPaths: [path])
        #expect(rebuild?.isFull == false, sourceLocation: sourceLocation)
        PreviewBuilderTests.expectSameAsFullBuild(rebuild, site, sourceLocation: sourceLocation)
        return rebuild
    }

    @Test func topicEditLaysOutItsRoadmapsPagesAndTheSitemapOnly() {
        let rebuild = Self.renameHTTPInServe(Self.makeSite())
        // backend: page, related page, 5 topic pages, the image; and the sitemap.
        #expect(rebuild?.filesRendered == 2 + 5 + 1 + 1)
        let files = rebuild?.site?.files ?? [:]
        let neighbour = String(decoding: files["backend/git/index.html"] ?? [], as: UTF8.self)
        #expect(neighbour.contains("<span class=\"pager-label\">Previous topic</span> HTTP, renamed</a>"))
        let sitemap = String(decoding: files["sitemap.xml"] ?? [], as: UTF8.self)
        #expect(sitemap.contains("<loc>https://example.org/backend/http/</loc><lastmod>2026-03-01</lastmod>"))
    }

    @Test func aTopicAndItsRoadmapEditedTogetherAreBothRead() {
        let site = Self.makeSite()
        _ = site.copyTheme()
        var builder = PreviewBuilder(inputs: Self.options(site))
        _ = builder.rebuildAll()
        let topic = site.roadmapPath("backend/caching")
        TestFiles.write("---\nupdated: 2026-02-05\n---\n# Caching, renamed\n\nKeep results.\n", to: topic)
        site.addRoadmap(
            "backend",
            roadmapFile(
                "title: Backend, renamed\ndescription: Servers.\nupdated: 2026-01-01\nrelated: [python]",
                body: Self.backendBody))
        let rebuild = builder.apply(changedPaths: [topic, site.roadmapPath("backend")])
        #expect(rebuild?.isFull == false)
        PreviewBuilderTests.expectSameAsFullBuild(rebuild, site)
        let page = String(decoding: rebuild?.site?.files["backend/caching/index.html"] ?? [], as: UTF8.self)
        #expect(page.contains("<h1 id=\"caching-renamed\">Caching, renamed</h1>"))
        #expect(page.contains("<li><a href=\"/backend/\">Backend, renamed</a></li>"))
    }

    @Test func topicProblemsComeAndGoWithTheirFile() {
        let site = Self.makeSite()
        _ = site.copyTheme()
        var builder = PreviewBuilder(inputs: Self.options(site))
        _ = builder.rebuildAll()
        let path = site.roadmapPath("backend/caching")
        TestFiles.write("---\nupdated: 2026-02-05\n---\nNo title.\n", to: path)
        let broken = builder.apply(changedPaths: [path])
        #expect(broken?.site == nil)
        #expect(
            broken?.diagnostics.all.map(\.message) == [
                "the topic has no title: no `title` in front matter, and its body (after any front matter) does not start with a `# ` heading"
            ])
        TestFiles.write("---\nupdated: 2026-02-05\n---\n# Caching again\n\nKeep results.\n", to: path)
        let fixed = builder.apply(changedPaths: [path])
        #expect(fixed?.isFull == false)
        #expect(fixed?.diagnostics.all == [])
        PreviewBuilderTests.expectSameAsFullBuild(fixed, site)
    }

    @Test func addingOrRemovingATopicFileOrFolderBuildsTheWholeSite() throws {
        let site = Self.makeSite()
        _ = site.copyTheme()
        var builder = PreviewBuilder(inputs: Self.options(site))
        _ = builder.rebuildAll()
        let path = site.roadmapPath("backend/redis")
        TestFiles.write("---\nupdated: 2026-02-06\n---\n# Redis\n", to: path)
        let added = builder.apply(changedPaths: [path])
        #expect(added?.isFull == true)
        #expect(added?.site?.files["backend/redis/index.html"] != nil)
        PreviewBuilderTests.expectSameAsFullBuild(added, site)
        try FileManager.default.removeItem(atPath: path)
        let removed = builder.apply(changedPaths: [path])
        #expect(removed?.isFull == true)
        #expect(removed?.site?.files["backend/redis/index.html"] == nil)
        // A folder beside python, with a topic the python map does not name.
        let folderTopic = site.roadmapPath("python/basics")
        TestFiles.write("---\nupdated: 2026-02-06\n---\n# Basics\n", to: folderTopic)
        let folder = builder.apply(changedPaths: [site.content + "/roadmaps/python", folderTopic])
        #expect(folder?.isFull == true)
        #expect(folder?.site?.files["python/basics/index.html"] != nil)
        PreviewBuilderTests.expectSameAsFullBuild(folder, site)
    }
}
