import Testing

@testable import Mustache
@testable import SiteGen

/// The Mustache templates: the specification's behaviour for everything the theme may use.
@Suite("Templates")
struct TemplateTests {
    func render(_ templates: [String: String], _ name: String = "main", _ value: TemplateValue) throws -> String {
        var parsed: [String: Template] = [:]
        for (key, text) in templates { parsed[key] = try Template(parsing: text) }
        return String(decoding: TemplateRenderer(templates: parsed).render(name, value), as: UTF8.self)
    }

    func render(_ text: String, _ value: TemplateValue) throws -> String {
        try render(["main": text], "main", value)
    }

    @Test func variablesAreEscapedUnlessTripled() throws {
        let value: TemplateValue = .object(["x": "<a href=\"q\">Tom & 'Jerry'</a>"])
        #expect(try render("{{x}}", value) == "&lt;a href=&quot;q&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
        #expect(
            try render("{{{x}}}|{{& x}}", value) == "<a href=\"q\">Tom & 'Jerry'</a>|<a href=\"q\">Tom & 'Jerry'</a>")
        #expect(try render("[{{missing}}]", value) == "[]")
    }

    @Test func dottedNamesAndTheContextStack() throws {
        let value: TemplateValue = .object([
            "site": .object(["title": "Site"]),
            "items": [.object(["title": "One"]), .object(["title": .null]), .object([:])],
        ])
        #expect(try render("{{site.title}}", value) == "Site")
        #expect(try render("{{#items}}<{{title}}>{{/items}}", value) == "<One><><>")
        #expect(try render("{{#items}}{{site.title}}{{/items}}", value) == "SiteSiteSite")
    }

    @Test func sectionsOverListsObjectsFlagsAndText() throws {
        let value: TemplateValue = .object([
            "list": ["a", "b"], "empty": [], "yes": true, "no": false, "text": "t", "blank": "",
            "object": .object(["k": "v"]),
        ])
        #expect(try render("{{#list}}({{.}}){{/list}}", value) == "(a)(b)")
        #expect(try render("{{#empty}}x{{/empty}}{{^empty}}none{{/empty}}", value) == "none")
        #expect(try render("{{#yes}}y{{/yes}}{{#no}}n{{/no}}{{^no}}!n{{/no}}", value) == "y!n")
        #expect(try render("{{#text}}[{{.}}]{{/text}}{{#blank}}b{{/blank}}", value) == "[t]")
        #expect(try render("{{#object}}{{k}}{{/object}}", value) == "v")
    }

    @Test func standaloneTagLinesLeaveNoTrace() throws {
        let text = "<ul>\n  {{#list}}\n  <li>{{.}}</li>\n  {{/list}}\n  {{! note }}\n</ul>\n"
        #expect(try render(text, .object(["list": ["a", "b"]])) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
        #expect(try render("a {{#x}}b{{/x}} c\n", .object(["x": true])) == "a b c\n")
    }

    @Test func partialsAndInheritance() throws {
        let templates = [
            "layout": "<main>\n{{$content}}default{{/content}}\n</main>\n{{> footer}}\n",
            "footer": "<footer>{{site}}</footer>\n",
            "main": "{{<layout}}\n{{$content}}\nHello {{name}}\n{{/content}}\n{{/layout}}\n",
            "plain": "{{<layout}}{{/layout}}",
        ]
        let value: TemplateValue = .object(["name": "Ada", "site": "S"])
        #expect(try render(templates, "main", value) == "<main>\nHello Ada\n\n</main>\n<footer>S</footer>\n")
        #expect(try render(templates, "plain", value) == "<main>\ndefault\n</main>\n<footer>S</footer>\n")
    }

    @Test func textAroundSectionsAndPartialsStaysInItsPlace() throws {
        // Compiled programs join neighbouring text; text after a section must not join the
        // section's last text, and text on both sides of a partial joins the partial's.
        let templates = ["main": "a{{#on}}b{{/on}}c{{^on}}d{{/on}}e{{> p}}f", "p": "<{{#list}}{{.}}{{/list}}>"]
        #expect(try render(templates, "main", .object(["on": false, "list": ["1", "2"]])) == "acde<12>f")
        #expect(try render(templates, "main", .object(["on": true, "list": []])) == "abce<>f")
        #expect(
            try render(["main": "{{#list}}x{{/list}}y{{#list}}z{{/list}}"], "main", .object(["list": ["", ""]]))
                == "xxyzz")
    }

    @Test func setDelimiters() throws {
        #expect(try render("{{=<% %>=}}<% x %>{{x}}<%={{ }}=%>{{x}}", .object(["x": "1"])) == "1{{x}}1")
    }

    @Test func cyclesAreFound() throws {
        let templates = try ["a": "{{> b}}{{> b}}", "b": "{{#x}}{{> c}}{{/x}}", "c": "{{<a}}{{/a}}", "d": "{{> b}}"]
            .mapValues { try Template(parsing: $0) }
        #expect(
            TemplateCycles.first(in: templates)
                == TemplateCycle(names: ["a", "b", "c", "a"], position: TemplatePosition(line: 1, column: 1)))
        #expect(TemplateCycles.first(in: templates.filter { $0.key != "c" }) == nil)
    }

    @Test func aPartialNamedInACommentIsNotRequired() {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        let templates = site.copyTheme()
        TestFiles.write("{{! {{> partials/gone}} }}<footer></footer>\n", to: templates + "/partials/footer.mustache")
        #expect(throws: Never.self) { try site.builder(templates: templates).build() }
    }

    @Test func aMissingPartialIsReportedAtItsTagUnderNewDelimiters() {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        let templates = site.copyTheme()
        // After the set-delimiter tag, `{{> partials/literal}}` is text and `<%> ... %>` a partial.
        TestFiles.write(
            "<footer>\n{{=<% %>=}}\n{{> partials/literal}}\n  é <%> partials/gone %>\n</footer>\n",
            to: templates + "/partials/footer.mustache")
        #expect(
            site.build(templates: templates).messages == [
                "templates/partials/footer.mustache:4:5: error: the template uses `partials/gone`, but there is no partials/gone.mustache"
            ])
    }

    @Test func referencesKeepTheirPositions() throws {
        let template = try Template(
            parsing: "{{! {{> c}} }}a\n  {{=<% %>=}}\n é <%> p %> {{> text}}\n<%<q%><%$b%><%> r%><%/b%><%/q%>")
        #expect(
            template.references == [
                TemplateReference(name: "p", position: TemplatePosition(line: 3, column: 4)),
                TemplateReference(name: "q", position: TemplatePosition(line: 4, column: 1)),
                TemplateReference(name: "r", position: TemplatePosition(line: 4, column: 13)),
            ])
    }

    @Test func aThemeWithACycleIsRefused() {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        let templates = site.copyTheme()
        TestFiles.write(
            "<p>\n{{> partials/footer}}{{> partials/footer}}\n", to: templates + "/partials/footer.mustache")
        #expect(
            site.build(templates: templates).messages == [
                "templates/partials/footer.mustache:2:1: error: templates include each other without end: partials/footer → partials/footer"
            ])
    }

    @Test func aPartialThatIncludesItselfStops() throws {
        #expect(try render(["main": "x{{> main}}"], "main", .object([:])).count == 65)
    }

    @Test func aPartialThatIncludesItselfTwiceStops() throws {
        // Inlined without a size limit, this would be 2^64 copies.
        let output = try render(["main": "x{{> main}}{{> main}}"], "main", .object([:]))
        #expect((TemplateRenderer.maximumSize...TemplateRenderer.maximumSize + 64).contains(output.count))
    }

    @Test(arguments: [
        ("{{#a}}x", "`a` is opened here but never closed", 1, 1),
        ("ok\n  {{#a}}{{/b}}", "`b` is closed, but the open section is `a` (line 2)", 2, 9),
        ("{{/a}}", "`a` is closed but was never opened", 1, 1),
        ("é {{ x", "a tag is not closed with `}}`", 1, 3),
        ("{{#}}{{/}}", "a tag has no name", 1, 1),
        ("{{= x =}}", "a set-delimiter tag is malformed", 1, 1),
        ("{{=<% %>=}}\n\t<%#a%>{{/a}}", "`a` is opened here but never closed", 2, 2),
        ("{{#a}}\n{{=| |=}}|/b|", "`b` is closed, but the open section is `a` (line 1)", 2, 10),
        ("x {{>*name}}", "a template name taken from the data (`*name`) is not supported", 1, 3),
    ])
    func syntaxErrorsAreLocated(_ text: String, _ message: String, _ line: Int, _ column: Int) {
        #expect(throws: TemplateSyntaxError(message: message, position: TemplatePosition(line: line, column: column))) {
            try Template(parsing: text)
        }
    }
}
