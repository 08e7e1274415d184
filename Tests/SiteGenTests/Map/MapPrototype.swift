import CMarkGFM
import Foundation
import Mustache
import Testing

@testable import SiteGen

/// A roadmap page with only a map (and a typed resource list), rendered with the real theme's
/// `partials/map` and stylesheet: the static prototype of the map's look, and the page the
/// layout tests open in Chromium.
///
/// `SITEGEN_MAP_PROTOTYPE=DIR swift test --filter MapPrototypeTests` also writes the pages to
/// DIR (with `assets/style.css`) for screenshots.
enum MapPrototype {
    /// The page template: the roadmap page's header, then the map, then the rest of the body.
    static let pageTemplate = """
        {{<layout}}
        {{$content}}
        <article class="roadmap">
        <header class="page-header">
        <nav class="breadcrumb" aria-label="Breadcrumb">
        <ol>
        <li><a href="{{site.indexPath}}">All {{site.title}}</a></li>
        </ol>
        </nav>
        <h1>{{roadmap.title}}</h1>
        <p class="lead">{{roadmap.description}}</p>
        </header>
        {{> partials/map}}
        {{#roadmap.sections}}
        <section class="section" aria-labelledby="{{id}}">
        <h2 id="{{id}}">{{{titleHTML}}}</h2>
        {{{html}}}
        </section>
        {{/roadmap.sections}}
        </article>
        {{/content}}
        {{/layout}}

        """

    static let paths = SitePaths(basePath: "/")

    /// The theme's templates with the prototype page added, in a temporary folder.
    static func theme() throws -> Theme {
        let directory = TestFiles.temporaryDirectory() + "/templates"
        TestFiles.copy(TestFiles.defaultTheme, to: directory)
        TestFiles.write(pageTemplate, to: directory + "/map-prototype.mustache")
        var diagnostics = Diagnostics()
        guard let theme = Theme.load(directory: directory, into: &diagnostics) else {
            throw BuildFailure(diagnostics)
        }
        return theme
    }

    /// Every topic and roadmap a body's links name, as a build would find them on disk.
    static func targets(for markdown: String, roadmap: Slug) -> MapTargets {
        var topics: [Slug: Set<Slug>] = [:]
        var roadmaps: Set<Slug> = [roadmap]
        for match in markdown.matches(of: /\]\((?:\.\/)?([a-z0-9-]+)(?:\/([a-z0-9-]+))?\.md/) {
            let slug = Slug(String(match.1))!
            roadmaps.insert(slug)
            if let topic = match.2 { topics[slug, default: []].insert(Slug(String(topic))!) }
        }
        return MapTargets(roadmap: roadmap, roadmaps: roadmaps, topics: topics)
    }

    /// The prototype page of a roadmap file's text: its map drawn, its other sections below.
    static func page(_ text: String, theme: Theme, title: String, description: String) throws -> String {
        let split = try FrontMatter.split(text, path: "backend.md").get()
        let slug = Slug("backend")!
        let source = RoadmapSource(path: "backend.md", bodyLineOffset: split.bodyLineOffset)
        let document = try MarkdownDocument(split.body, allowsRawHTML: false)
        let locator = BodyLocator(markdown: split.body, source: source)
        let targets = targets(for: split.body, roadmap: slug)
        let section = try #require(RoadmapMapParser(targets: targets, locator: locator).parse(document))
        let problems = section.diagnostics.filter { $0.severity == .error }
        guard problems.isEmpty, let map = section.map else { throw BuildFailure(Diagnostics(section.diagnostics)) }
        _ = TypedResources.mark(in: document, locator: locator)
        let intro = document.html(ofBlocks: section.otherBlocks)
        let mapValue = MapTemplate.value(
            of: map,
            heading: MapTemplate.Heading(
                id: "roadmap", titleHTML: document.inlineHTML(ofHeading: section.heading), introHTML: intro),
            paths: paths, targets: targets)
        // The rest of the body, as the roadmap page shows it.
        for block in [section.heading] + section.blocks { cmark_node_unlink(block) }
        var sections: [TemplateValue] = []
        var heading: (id: String, html: String)?
        var slugger = HeadingSlugger(reserved: ["main", "roadmap"])
        var run: [CMarkNode] = []
        func close() {
            guard let open = heading else { return }
            sections.append(
                .object([
                    "id": .string(open.id), "titleHTML": .string(open.html),
                    "html": .string(document.html(ofBlocks: run)),
                ]))
            run = []
        }
        for block in document.blocks {
            if RoadmapMapParser.opensSection(block) {
                close()
                heading = (slugger.slug(for: MarkdownNode.plainText(block)), document.inlineHTML(ofHeading: block))
            } else {
                run.append(block)
            }
        }
        close()
        let config = SiteConfig(title: "Learning Roadmaps", baseURL: "https://roadmaps.example.org/")
        let context = PageContext(config: config, paths: paths)
        let pageValue = context.page(kind: "roadmap", title: title, description: description, path: "/backend/")
        let bytes = theme.render(
            "map-prototype",
            context.context(
                page: pageValue,
                [
                    "roadmap": .object([
                        "title": .string(title), "description": .string(description), "map": mapValue,
                        "sections": .list(sections),
                    ])
                ]))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A roadmap file whose map has `count` nodes (at least 30): topics with branches of every
    /// shape (sequences, sets, twigs, labels, links to other roadmaps, long titles), the same
    /// for the same count.
    static func largeMap(nodes count: Int) -> String {
        var lines = ["---", "title: A Very Large Roadmap", "---", "", "## Roadmap", ""]
        var made = 0
        var topic = 0
        let words = ["caching", "queues", "observability", "security", "storage", "networking", "testing", "design"]
        func name(_ index: Int) -> String { "\(words[index % words.count])-\(index)" }
        while made < count {
            topic += 1
            let marker = "\(topic)."
            let indent = String(repeating: " ", count: marker.count + 1)
            if topic % 7 == 4 {
                lines.append("\(marker) Milestone \(topic): review what you built")
            } else {
                lines.append("\(marker) [Topic \(topic): \(words[topic % words.count]) in depth](backend/t\(topic).md)")
            }
            made += 1
            let children = min(count - made, [4, 7, 2, 9, 0, 5, 11, 3][topic % 8])
            let sequence = topic % 2 == 0
            var child = 0
            while child < children, made < count {
                child += 1
                let childMarker = sequence ? "\(child)." : "-"
                let label =
                    child == 3 && topic % 5 == 1
                    ? "[Python](python.md)"
                    : child == 5
                        ? "Reading list (no page)"
                        : child == 2 && topic % 4 == 1
                            ? "[A much longer subtopic title that has to wrap on a phone \(topic)](backend/\(name(made)).md)"
                            : "[Subtopic \(topic).\(child)](backend/\(name(made)).md)"
                lines.append(indent + childMarker + " " + label)
                made += 1
                if child == 1 && topic % 2 == 1 {
                    let twigIndent = indent + String(repeating: " ", count: childMarker.count + 1)
                    for twig in 1...3 where made < count {
                        lines.append(twigIndent + "- [Detail \(topic).\(child).\(twig)](backend/\(name(made)).md)")
                        made += 1
                    }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Lays a page out in headless Chromium and reports how its map sits: every node's box must be
/// inside the page's width, apart from every other node and from the branches it is not in,
/// with its text inside it, and the topics' boxes must line up on one spine.
enum MapLayoutProbe {
    /// The script added to the page for the probe (pages themselves have none).
    static let script = """
        <script>
        addEventListener("load", () => {
          const width = document.documentElement.clientWidth;
          const items = [...document.querySelectorAll(".map .map-item")];
          const boxes = items.map((element) => ({ element, rect: element.getBoundingClientRect() }));
          const branches = [...document.querySelectorAll(".map .map-branch")].map((element) => ({ element, rect: element.getBoundingClientRect() }));
          const meet = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
          const name = (element) => element.textContent.trim();
          const problems = [];
          if (document.documentElement.scrollWidth > width) problems.push("the page is " + document.documentElement.scrollWidth + " px wide");
          for (const { element, rect } of boxes) {
            if (rect.left < 0 || rect.right > width + 0.5) problems.push("outside the page: " + name(element));
            if (element.scrollWidth > element.clientWidth + 1) problems.push("text outside its box: " + name(element));
          }
          for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
              if (meet(boxes[i].rect, boxes[j].rect)) problems.push("overlap: " + name(boxes[i].element) + " / " + name(boxes[j].element));
            }
            for (const branch of branches) {
              if (!branch.element.contains(boxes[i].element) && meet(branch.rect, boxes[i].rect)) problems.push("a branch covers " + name(boxes[i].element));
            }
          }
          for (let i = 0; i < branches.length; i++) {
            for (let j = i + 1; j < branches.length; j++) {
              if (meet(branches[i].rect, branches[j].rect)) problems.push("branches overlap");
            }
          }
          const spine = [...document.querySelectorAll(".map-tree > li > .map-item")].map((element) => {
            const rect = element.getBoundingClientRect();
            return Math.round(rect.left + rect.width / 2);
          });
          if (new Set(spine).size > 1) problems.push("topics off the spine: " + [...new Set(spine)].join(", "));
          // Contrast (WCAG 2.1): text 4.5:1 on what is behind it, the focus outline 3:1.
          \(ChromiumProbe.functions)
          const check = (what, color, background, minimum) => {
            const value = ratio(color, background);
            if (value < minimum) problems.push(what + " contrast " + value.toFixed(2) + ":1");
          };
          for (const element of document.querySelectorAll(".map .map-item, .map .map-badge, .map-legend li")) {
            check("text of " + name(element), getComputedStyle(element).color, behind(element), 4.5);
            const marker = getComputedStyle(element, "::before");
            if (element.matches(".map-sequence > li > .map-item") && marker.content !== "none") {
              check("number of " + name(element), marker.color, marker.backgroundColor, 4.5);
            }
          }
          for (const link of document.querySelectorAll(".map a.map-item")) {
            link.focus({ focusVisible: true });
            if (!link.matches(":focus-visible")) problems.push("focus is not shown on " + name(link));
            const style = getComputedStyle(link);
            if (style.outlineStyle === "none" || parseFloat(style.outlineWidth) < 2) problems.push("no focus outline on " + name(link));
            check("focus outline of " + name(link), style.outlineColor, behind(link.parentElement), 3);
          }
          report("layout-probe", { nodes: items.length, problems });
        });
        </script>
        """

    struct Result: Decodable {
        var nodes: Int
        var problems: [String]
    }

    /// Lays `html` out at `width` CSS pixels (`dark`: with a dark color scheme) and returns the
    /// probe's findings; the page's stylesheet is the theme's.
    static func layout(_ html: String, width: Int, dark: Bool = false) throws -> Result {
        let folder = TestFiles.temporaryDirectory()
        let page = html.replacingOccurrences(of: "href=\"/assets/", with: "href=\"assets/")
            .replacingOccurrences(of: "</body>", with: script + "\n</body>")
        TestFiles.write(page, to: folder + "/page.html")
        TestFiles.copy(TestFiles.defaultTheme + "/assets", to: folder + "/assets")
        return try ChromiumProbe.result(
            Result.self, url: "file://\(folder)/page.html", width: width, dark: dark, id: "layout-probe")
    }
}
