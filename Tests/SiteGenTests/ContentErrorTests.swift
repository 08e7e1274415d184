import Foundation
import Testing

@testable import SiteGen

/// Every class of content mistake, with the exact location and message an author reads.
@Suite("Content errors")
struct ContentErrorTests {
    /// Builds a site holding one roadmap file `a.md` with `text` (plus `b.md`), returning the
    /// messages (first lines) of the failed build.
    func messages(forRoadmap text: String) -> [String] {
        let site = TestSite(roadmaps: ["b": roadmapFile("title: B\nupdated: 2026-01-01")])
        site.addRoadmap("a", text)
        return site.build().messages
    }

    func messages(forRoadmapBytes bytes: [UInt8]) -> [String] {
        let site = TestSite(roadmaps: ["b": roadmapFile("title: B\nupdated: 2026-01-01")])
        TestFiles.write(Data(bytes), to: site.roadmapPath("a"))
        return site.build().messages
    }

    @Test func fileNotUTF8() {
        let bytes = Array("---\ntitle: A\n---\nok\nbad: ".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        #expect(messages(forRoadmapBytes: bytes) == ["content/roadmaps/a.md:5:6: error: the file is not UTF-8 text"])
    }

    @Test func nulByte() {
        let bytes = Array("---\ntitle: A\n---\nx".utf8) + [0] + Array("\n".utf8)
        #expect(messages(forRoadmapBytes: bytes).first?.hasPrefix("content/roadmaps/a.md:4:2: error: ") == true)
    }

    @Test func nulByteAfterWideCharactersAndCRLFLines() {
        let bytes = Array("\u{FEFF}---\r\ntitle: A\r\n---\r\nÉté 東".utf8) + [0] + Array("\r\n".utf8)
        #expect(messages(forRoadmapBytes: bytes).first?.hasPrefix("content/roadmaps/a.md:4:6: error: ") == true)
    }

    @Test func emptyFile() {
        #expect(messages(forRoadmap: "") == ["content/roadmaps/a.md:1:1: error: the file is empty"])
        #expect(messages(forRoadmap: "\n  \n") == ["content/roadmaps/a.md:1:1: error: the file is empty"])
    }

    @Test func noFrontMatter() {
        #expect(
            messages(forRoadmap: "# A\n")
                == ["content/roadmaps/a.md:1:1: error: no front matter: the file must start with a `---` line"])
    }

    @Test func frontMatterNotClosed() {
        #expect(
            messages(forRoadmap: "---\ntitle: A\n## Body\n")
                == ["content/roadmaps/a.md:1:1: error: the front matter is not closed"])
    }

    @Test func frontMatterNotAMapping() {
        #expect(
            messages(forRoadmap: "---\n- a\n- b\n---\n")
                == ["content/roadmaps/a.md:2:1: error: the YAML is a list, not a mapping of keys to values"])
    }

    @Test func malformedYAMLAtItsFileLine() {
        // An unclosed quote is found at the end of the front matter; it is reported where it opens.
        #expect(
            messages(forRoadmap: "---\ntitle: \"Getting started\nupdated: 2026-01-01\nlevel: Beginner\n---\n") == [
                "content/roadmaps/a.md:2:8: error: malformed YAML: found unexpected end of stream, "
                    + "while scanning a quoted scalar that starts here"
            ])
        #expect(
            messages(forRoadmap: "---\ntitle: A\nupdated: 2026-01-01\nlevel: \"Beginner\n---\n") == [
                "content/roadmaps/a.md:4:8: error: malformed YAML: found unexpected end of stream, "
                    + "while scanning a quoted scalar that starts here"
            ])
        // A mistake in a block mapping is where the problem is found, not where the mapping starts.
        #expect(
            messages(forRoadmap: "---\ntitle: A\ndescription: \"x\" y\n---\n") == [
                "content/roadmaps/a.md:3:18: error: malformed YAML: did not find expected key "
                    + "(while parsing a block mapping)"
            ])
        let site = TestSite(
            siteYML: "title: T\n# Comments\n# and\n\nbase_url: https://example.org/\n\nrelated: [oops\nlanguage: en\n")
        #expect(
            site.build().messages == [
                "content/site.yml:7:10: error: malformed YAML: did not find expected ',' or ']', "
                    + "while parsing a flow sequence that starts here"
            ])
    }

    /// As `sitegen build` prints it: one location, the one the message is reported at; the YAML
    /// parser's context is only words, not a second line to look at.
    @Test func malformedYAMLNamesOneLocation() throws {
        let site = TestSite(roadmaps: ["a": "---\ntitle: A\nupdated: 2026-01-01\ndescription: \"x\" y\n---\n"])
        let result = try CommandLineTests().run(["build"], in: site.root)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "content/roadmaps/a.md:4:18: error: malformed YAML: did not find expected key "
                + "(while parsing a block mapping)\n1 error, 0 warnings\n")
    }

    @Test func aTabIndentingYAMLIsHintedAt() {
        let formatter = DiagnosticFormatter(workingDirectory: "/")
        let messages = { (text: String) in
            self.diagnostics(forRoadmap: text).map { formatter.compilerStyle($0).replacing(/^.*content\//, with: "") }
        }
        let hint = "\n  hint: YAML indents with spaces, not tabs"
        #expect(
            messages("---\ntitle: A\nrelated:\n\t- b\n---\n") == [
                "roadmaps/a.md:4:1: error: malformed YAML: found character that cannot start any token "
                    + "(while scanning for the next token)" + hint
            ])
        #expect(
            messages("---\ntitle: A\n\tlevel: Beginner\n---\n") == [
                "roadmaps/a.md:3:1: error: malformed YAML: found a tab character that violates indentation "
                    + "(while scanning a plain scalar)" + hint
            ])
        let noTab = messages("---\ntitle: A\nrelated: [b\n---\n")
        #expect(noTab.count == 1 && !noTab[0].contains("tabs"), "\(noTab)")
    }

    /// A quote, `[` or `{` left open is reported where it opens, the one location the message
    /// names, with the likely cause as the hint (not the line closed: a message quotes no more
    /// of a file than `Excerpt` allows).
    @Test func anUnclosedQuoteOrBracketIsHintedAt() throws {
        let site = TestSite(roadmaps: [
            "a": "---\ntitle: \"Backend\nupdated: 2026-01-01\n---\n",
            "b": "---\ntitle: B\ntags: [a, b   # why\nupdated: 2026-01-01\n---\n",
        ])
        let result = try CommandLineTests().run(["build"], in: site.root)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                content/roadmaps/a.md:2:8: error: malformed YAML: found unexpected end of stream, \
                while scanning a quoted scalar that starts here
                  hint: the `"` that starts here is not closed; end the value with `"`
                content/roadmaps/b.md:3:7: error: malformed YAML: did not find expected ',' or ']', \
                while parsing a flow sequence that starts here
                  hint: the `[` that starts here is not closed; end the list with `]`
                2 errors, 0 warnings

                """)
    }

    @Test(
        arguments: [
            (
                "title: 'Backend\nupdated: 2026-01-01", "2:8",
                "the `'` that starts here is not closed; end the value with `'`"
            ),
            ("title: A\nrelated: [b, c", "3:10", "the `[` that starts here is not closed; end the list with `]`"),
            (
                "title: A\nrelated:\n  - \"b\nupdated: 2026-01-01", "4:5",
                "the `\"` that starts here is not closed; end the value with `\"`"
            ),
            (
                "title: A\nx: {a: b\nupdated: 2026-01-01", "3:4",
                "the `{` that starts here is not closed; end the mapping with `}`"
            ),
            // Closed, but something else is wrong: no hint.
            ("title: A\nrelated: [b, \"c\" d]", "3:10", nil),
            ("title: A\nrelated: [b,\n  \"c\" d]", "3:10", nil),
            ("title: \"A \\q\"", "2:8", nil),
        ] as [(String, String, String?)])
    func unclosedQuotesAndBracketsOnly(frontMatter: String, location: String, hint: String?) throws {
        let found = diagnostics(forRoadmap: "---\n" + frontMatter + "\n---\n")
        let diagnostic = try #require(found.first)
        #expect(found.count == 1)
        #expect("\(diagnostic.line ?? 0):\(diagnostic.column ?? 0)" == location, "\(diagnostic.message)")
        #expect(diagnostic.hint == hint, "\(diagnostic.message)")
    }

    @Test func wronglyTypedFields() {
        #expect(
            messages(forRoadmap: roadmapFile("title: A\nupdated: 2026-01-01\ndraft: maybe\nrelated: b"))
                == [
                    "content/roadmaps/a.md:4:8: error: `draft` must be true or false, not `maybe`",
                    "content/roadmaps/a.md:5:10: error: `related` must be a list, not `b`",
                ])
        #expect(
            messages(forRoadmap: roadmapFile("title:\n  nested: map\nupdated: 2026-01-01"))
                == ["content/roadmaps/a.md:3:3: error: `title` must be text, not a mapping"])
    }

    /// Diagnostics of a failed build of a site holding `a.md` with `text`, hints included.
    func diagnostics(forRoadmap text: String) -> [Diagnostic] {
        let site = TestSite(roadmaps: ["a": text])
        do {
            return try site.builder().build().diagnostics.sorted
        } catch {
            return error.diagnostics.sorted
        }
    }

    @Test(arguments: [
        ("title: Go: the language", "2:10", "title: \"Go: the language\""),
        ("title: A\ndescription: Build it: now   # why", "3:22", "description: \"Build it: now\" # why"),
        ("title: He said \"hi\": ok", "2:20", "title: 'He said \"hi\": ok'"),
        ("title: A\nrelated:\n  - b: c: d", "4:9", "- \"b: c: d\""),
    ])
    func colonInAValueIsHintedToBeQuoted(frontMatter: String, location: String, fixed: String) throws {
        let found = diagnostics(forRoadmap: roadmapFile(frontMatter + "\nupdated: 2026-01-01"))
        let diagnostic = try #require(found.first)
        #expect(found.count == 1)
        #expect("\(diagnostic.line ?? 0):\(diagnostic.column ?? 0)" == location)
        #expect(diagnostic.message == "malformed YAML: mapping values are not allowed in this context")
        #expect(diagnostic.hint == "a `: ` inside a value must be quoted; quote the whole value: `\(fixed)`")
    }

    /// Booleans are YAML 1.2's: `true`, `True`, `TRUE`, `false`, `False`, `FALSE`. YAML 1.1's
    /// `yes`, `no`, `on`, `off` (in any case) and quoted text are errors that say the key takes
    /// true or false, with the value meant as the hint.
    @Test(arguments: [
        ("yes", "`yes`", "write `draft: true`"),
        ("No", "`No`", "write `draft: false`"),
        ("on", "`on`", "write `draft: true`"),
        ("OFF", "`OFF`", "write `draft: false`"),
        ("tRUE", "`tRUE`", "write `draft: true`"),
        ("\"false\"", "`\"false\"`", "write it without quotes: `draft: false`"),
        ("'TRUE'", "`\"TRUE\"`", "write it without quotes: `draft: true`"),
        ("'yes'", "`\"yes\"`", "write `draft: true`"),
        ("!!str true", "`true`", "write it without the `!!str` tag: `draft: true`"),
        ("|\n  false", "`\"false\"`", "write `draft: false`"),
        ("maybe", "`maybe`", "write `draft: true` or `draft: false`"),
        ("\"maybe\"", "`\"maybe\"`", "write `draft: true` or `draft: false`"),
    ])
    func onlyYAML12BooleansAreBooleans(written: String, shown: String, hint: String) {
        let formatter = DiagnosticFormatter(workingDirectory: "/")
        let found = diagnostics(forRoadmap: roadmapFile("title: A\nupdated: 2026-04-27\ndraft: " + written))
        #expect(
            found.map { formatter.compilerStyle($0).replacing(/^.*content\//, with: "") } == [
                "roadmaps/a.md:4:8: error: `draft` must be true or false, not \(shown)\n  hint: \(hint)"
            ])
    }

    @Test(arguments: ["true", "True", "TRUE", "false", "False", "FALSE"])
    func yamlBooleansOfEveryCaseTheCoreSchemaAllows(written: String) {
        let site = TestSite(roadmaps: [
            "a": roadmapFile("title: A\nupdated: 2026-04-27"),
            "b": roadmapFile("title: B\nupdated: 2026-04-27\ndraft: \(written)"),
        ])
        #expect(site.build().succeeded)
        #expect(
            FileManager.default.fileExists(atPath: site.output + "/b/index.html") == written.lowercased().hasPrefix("f")
        )
    }

    /// The same for `site.yml`'s booleans, and a topic's `draft`.
    @Test func theSiteAndTopicBooleansAreAsStrict() {
        let site = TestSite(
            siteYML: "title: T\nbase_url: https://example.org/\nunsafe_html: \"true\"\nsearch: Yes\n",
            roadmaps: [
                "a": roadmapFile("title: A\nupdated: 2026-04-27"),
                "a/t": "---\ntitle: T\ndraft: off\n---\nText.\n",
            ])
        var diagnostics = Diagnostics()
        do { _ = try site.builder().build() } catch { diagnostics = error.diagnostics }
        let formatter = DiagnosticFormatter(workingDirectory: site.root)
        #expect(
            diagnostics.sorted.filter { $0.severity == .error }.map(formatter.compilerStyle) == [
                "content/roadmaps/a/t.md:3:8: error: `draft` must be true or false, not `off`\n  hint: write `draft: false`",
                "content/site.yml:3:14: error: `unsafe_html` must be true or false, not `\"true\"`\n"
                    + "  hint: write it without quotes: `unsafe_html: true`",
                "content/site.yml:4:9: error: `search` must be true or false, not `Yes`\n  hint: write `search: true`",
            ])
    }

    @Test func aQuotedDateIsADate() throws {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: \"2026-04-27\"")])
        #expect(site.build().succeeded)
        #expect(site.page("a/index.html").contains("<time datetime=\"2026-04-27\">"))
    }

    @Test func controlCharactersFromYAMLEscapes() {
        #expect(
            messages(forRoadmap: roadmapFile("title: \"Red \\e[31m\"\nupdated: 2026-01-01\nrelated: [b, \"\\x92\"]"))
                == [
                    "content/roadmaps/a.md:2:8: error: `title` holds the control character U+001B (escape), written as an escape",
                    "content/roadmaps/a.md:4:14: error: each item of `related` holds the control character U+0092 (a C1 control, often a Windows-1252 character read as Latin-1), written as an escape",
                ])
    }

    @Test func controlCharacterInTheBody() {
        #expect(
            messages(forRoadmap: roadmapFile("title: A\nupdated: 2026-01-01", body: "## S\n\nPress \u{8}here.\n"))
                == ["content/roadmaps/a.md:7:7: error: the file contains the control character U+0008 (backspace)"])
    }

    @Test func levelNotOneOfTheThreeWords() {
        #expect(
            messages(forRoadmap: roadmapFile("title: A\nupdated: 2026-01-01\nlevel: expert"))
                == [
                    "content/roadmaps/a.md:4:8: error: `level` is `expert`; it must be Beginner, Intermediate or Advanced"
                ])
    }

    @Test func dateThatIsNotARealDate() {
        #expect(
            messages(forRoadmap: roadmapFile("title: A\nupdated: 2026-02-29"))
                == ["content/roadmaps/a.md:3:10: error: `updated` is `2026-02-29`, which is not a real date"])
        #expect(
            messages(forRoadmap: roadmapFile("title: A\nupdated: last week"))
                == ["content/roadmaps/a.md:3:10: error: `updated` must be a date written YYYY-MM-DD, not `last week`"])
    }

    @Test func relatedSlugsInFlowAndBlockForm() {
        #expect(
            messages(forRoadmap: roadmapFile("title: A\nupdated: 2026-01-01\nrelated: [b, nope, b, a]"))
                == [
                    "content/roadmaps/a.md:4:14: error: related roadmap `nope` does not exist",
                    "content/roadmaps/a.md:4:20: error: related roadmap `b` is named more than once",
                    "content/roadmaps/a.md:4:23: error: a roadmap cannot name itself as related",
                ])
        #expect(
            messages(forRoadmap: roadmapFile("title: A\nupdated: 2026-01-01\nrelated:\n  - b\n  - a\n  - bb"))
                == [
                    "content/roadmaps/a.md:6:5: error: a roadmap cannot name itself as related",
                    "content/roadmaps/a.md:7:5: error: related roadmap `bb` does not exist",
                ])
    }

    @Test func fileNameThatBreaksTheSlugRule() {
        let site = TestSite(roadmaps: ["Data_Science.md": roadmapFile("title: A\nupdated: 2026-01-01")])
        #expect(
            site.build().messages == [
                "content/roadmaps/Data_Science.md:1:1: error: `Data_Science.md` is not a roadmap file name: it must be `<slug>.md`, with a slug of lowercase letters, digits and dashes"
            ])
    }

    @Test(arguments: [
        ("café.md", "cafe.md"), ("été.md", "ete.md"), ("Straße.md", "strasse.md"), ("Ærø Guide.md", "aero-guide.md"),
        ("python.markdown", "python.md"), ("X.MD", "x.md"), ("Go.Md", "go.md"), ("data_eng.mdown", "data-eng.md"),
        ("Data_Science.md", "data-science.md"),
    ])
    func misnamedFilesAreHintedTheirSlugName(name: String, suggestion: String) {
        let site = TestSite(roadmaps: [name: roadmapFile("title: A\nupdated: 2026-01-01")])
        do {
            _ = try site.builder().build()
            Issue.record("\(name) was built")
        } catch {
            #expect(error.diagnostics.sorted.map(\.hint) == ["rename it to `\(suggestion)`"])
        }
    }

    @Test func editorFilesAndTheFolderReadmeArePassedOverInSilence() throws {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        for name in [
            "a.md~", "#a.md#", ".#a.md", ".a.md.swp", "a.md.swp", "a.md.swo", "4913", "a.md.bak", "a.md.orig",
            "README.md", "readme.md", "Readme",
        ] {
            TestFiles.write("not a roadmap \u{1}", to: site.content + "/roadmaps/" + name)
        }
        let report = try site.builder().build()
        #expect(report.diagnostics.all.isEmpty)
        #expect(report.roadmapCount == 1)
    }

    @Test func aFolderBesideItsRoadmapIsPassedOverAndOneBesideNoneIsAnError() {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        try! FileManager.default.createDirectory(
            atPath: site.content + "/roadmaps/a", withIntermediateDirectories: true)
        #expect(site.build().messages == [])
        try! FileManager.default.createDirectory(
            atPath: site.content + "/roadmaps/b", withIntermediateDirectories: true)
        #expect(site.build().messages == ["content/roadmaps/b: error: `b/` is a folder beside no roadmap `b.md`"])
    }

    @Test func aFileThatIsNotMarkdownIsNotHintedToBeRenamed() {
        let site = TestSite(roadmaps: ["diagram.png": "PNG"])
        #expect(
            site.build().messages == [
                "content/roadmaps/diagram.png:1:1: error: `diagram.png` is not a roadmap: content/roadmaps/ holds one Markdown file, `<slug>.md`, per roadmap"
            ])
    }

    @Test func unknownKeyIsAWarningWithASuggestion() throws {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01\nrelatd: []")])
        let diagnostics = try site.builder().build().diagnostics
        #expect(diagnostics.errorCount == 0)
        let warning = try #require(diagnostics.sorted.first)
        #expect(warning.line == 4)
        #expect(warning.column == 1)
        #expect(warning.message == "unknown key `relatd` is ignored")
        #expect(warning.hint == "did you mean `related`?")
    }

    @Test func faqProblems() {
        #expect(
            messages(
                forRoadmap: roadmapFile(
                    "title: A\nupdated: 2026-01-01", body: "## FAQ\n\n### Why?\n\nA.\n\n### Why?\n\nB.\n"))
                == ["content/roadmaps/a.md:11:1: error: the FAQ asks \"Why?\" twice (first at line 7)"])
        #expect(
            messages(forRoadmap: roadmapFile("title: A\nupdated: 2026-01-01", body: "## FAQ\n\nSoon.\n"))
                == ["content/roadmaps/a.md:5:1: error: the FAQ section has no questions"])
    }

    @Test func levelOneHeadingIsAWarning() {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01", body: "\n# Title again\n")])
        let result = site.build()
        #expect(result.succeeded)
        #expect(result.messages.count == 1)
        #expect(result.messages.first?.hasPrefix("content/roadmaps/a.md:6:1: warning: ") == true)
    }

    @Test func siteYMLProblems() {
        let missing = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        try? FileManager.default.removeItem(atPath: missing.content + "/site.yml")
        #expect(missing.build().messages == ["content/site.yml: error: site.yml is missing"])

        let empty = TestSite(siteYML: "description: x\n")
        #expect(
            empty.build().messages == [
                "content/site.yml:1:1: error: site.yml has no `base_url`",
                "content/site.yml:1:1: error: site.yml has no `title`",
            ])

        let relative = TestSite(siteYML: "title: T\nbase_url: /docs/\n")
        #expect(
            relative.build().messages == [
                "content/site.yml:2:11: error: `base_url` `/docs/` is not an absolute http(s) URL"
            ])
    }

    @Test func templateProblemsAtTheirLine() {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        let templates = site.copyTheme()
        TestFiles.write("<p>\n{{> partials/missing}}\n", to: templates + "/404.mustache")
        TestFiles.write("<footer>\n{{#site.title}}\n</footer>\n", to: templates + "/partials/footer.mustache")
        #expect(
            site.build(templates: templates).messages == [
                "templates/404.mustache:2:1: error: the template uses `partials/missing`, but there is no partials/missing.mustache",
                "templates/partials/footer.mustache:2:1: error: the template does not parse: `site.title` is opened here but never closed",
            ])
    }

    @Test func contentTextCannotBreakADiagnosticLine() {
        let messages = messages(
            forRoadmap: roadmapFile(
                "title: A\nupdated: 2026-01-01\nrelated: [\"x[2J\\u2028::error file=README.md::injected\\n\"]"))
        // A control character cannot get this far (the value is refused); a line separator
        // ends the quotation.
        #expect(
            messages == [
                "content/roadmaps/a.md:4:11: error: related roadmap `x[2J…` does not exist"
            ])
    }

    @Test func aFIFOInTheThemeIsAnErrorNotAHang() throws {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        let templates = site.copyTheme()
        #expect(mkfifo(templates + "/partials/pipe.mustache", 0o644) == 0)
        #expect(
            site.build(templates: templates).messages == [
                "templates/partials/pipe.mustache: error: `pipe.mustache` is not a regular file"
            ]
        )
    }

    @Test func aFIFOAmongTopicFilesIsAnErrorNotAHang() throws {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        TestFiles.write("---\nupdated: 2026-01-01\n---\n# Real\n\nText.\n", to: site.content + "/roadmaps/a/real.md")
        #expect(mkfifo(site.content + "/roadmaps/a/pipe.md", 0o644) == 0)
        #expect(
            site.build().messages == [
                "content/roadmaps/a/pipe.md: error: `pipe.md` is not a regular file",
                "content/roadmaps/a/real.md:1:1: warning: the map of `a` does not name this topic, so it has no place on the map",
            ]
        )
    }

    /// A topic file that is a symbolic link to nothing, or to itself, says so (not "not a
    /// regular file").
    @Test func aBrokenOrLoopingLinkAmongTopicFilesSaysWhereItLeads() throws {
        let site = TestSite(roadmaps: [
            "a": roadmapFile("title: A\nupdated: 2026-01-01", body: "## Roadmap\n\n- Label\n")
        ])
        try FileManager.default.createDirectory(atPath: site.content + "/roadmaps/a", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: site.content + "/roadmaps/a/gone.md", withDestinationPath: "../missing/gone.md")
        try FileManager.default.createSymbolicLink(
            atPath: site.content + "/roadmaps/a/loop.md", withDestinationPath: "loop.md")
        let result = try CommandLineTests().run(["build"], in: site.root)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                content/roadmaps/a/gone.md: error: `gone.md` is a symbolic link to `../missing/gone.md`, which does not exist
                  hint: point the link at a file that exists, or remove it
                content/roadmaps/a/loop.md: error: `loop.md` is a symbolic link that leads back to itself (a loop of links)
                  hint: point the link at a file that exists, or remove it
                2 errors, 0 warnings

                """)
    }

    @Test func aMapTopicLinkWithAFragmentIsOneErrorNotAlsoAnOrphanTopic() {
        let site = TestSite(roadmaps: [
            "a": roadmapFile("title: A\nupdated: 2026-01-01", body: "## Roadmap\n\n- [Go](a/go.md#intro)\n")
        ])
        TestFiles.write("---\nupdated: 2026-01-01\n---\n# Go\n\nText.\n", to: site.content + "/roadmaps/a/go.md")
        #expect(
            site.build().messages == [
                "content/roadmaps/a.md:7:3: error: a map topic link has `#intro` after the file name; a topic is a whole page"
            ])
    }

    @Test func aTopicFileLinkedOutsideContentIsOneErrorNotAlsoAMissingTopic() throws {
        let site = TestSite(roadmaps: [
            "a": roadmapFile(
                "title: A\nupdated: 2026-01-01",
                body: "## Roadmap\n\n- [Secret](a/secret.md)\n\nSee [it](a/secret.md).\n")
        ])
        let outside = TestFiles.temporaryDirectory() + "/secret.md"
        TestFiles.write("---\nupdated: 2026-01-01\n---\n# Secret\n", to: outside)
        try FileManager.default.createDirectory(atPath: site.content + "/roadmaps/a", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: site.content + "/roadmaps/a/secret.md", withDestinationPath: outside)
        #expect(
            site.build().messages == [
                "content/roadmaps/a/secret.md: error: `a/secret.md` is a symbolic link to something outside the content folder"
            ])
    }

    @Test func aTopicFileLinkedInsideContentIsRead() throws {
        let site = TestSite(roadmaps: [
            "a": roadmapFile("title: A\nupdated: 2026-01-01", body: "## Roadmap\n\n- [Shared](a/shared.md)\n")
        ])
        TestFiles.write("---\nupdated: 2026-01-01\n---\n# Shared\n\nText.\n", to: site.content + "/common/shared.md")
        try FileManager.default.createDirectory(atPath: site.content + "/roadmaps/a", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: site.content + "/roadmaps/a/shared.md", withDestinationPath: "../../common/shared.md")
        let built = site.build()
        #expect(built.messages == [])
        #expect(try String(contentsOfFile: site.output + "/a/shared/index.html", encoding: .utf8).contains("<h1"))
    }

    /// Roadmaps `a` and `b`, each with a topic file (`a/go.md`, `b/html.md`), and two links to
    /// them in `a`'s folder, both on its map: `a/golang.md` → `go.md`, `a/html.md` → `../b/html.md`.
    static func siteWithLinkedTopics() throws -> TestSite {
        let site = TestSite(roadmaps: [
            "a": roadmapFile(
                "title: A\nupdated: 2026-01-01",
                body: "## Roadmap\n\n- [Go](a/go.md)\n- [Go again](a/golang.md)\n- [HTML](a/html.md)\n"),
            "b": roadmapFile("title: B\nupdated: 2026-01-01", body: "## Roadmap\n\n- [HTML](b/html.md)\n"),
        ])
        let topic = { (title: String) in "---\nupdated: 2026-01-01\n---\n# \(title)\n\nText.\n" }
        TestFiles.write(topic("Go"), to: site.content + "/roadmaps/a/go.md")
        TestFiles.write(topic("HTML"), to: site.content + "/roadmaps/b/html.md")
        try FileManager.default.createSymbolicLink(
            atPath: site.content + "/roadmaps/a/golang.md", withDestinationPath: "go.md")
        try FileManager.default.createSymbolicLink(
            atPath: site.content + "/roadmaps/a/html.md", withDestinationPath: "../b/html.md")
        return site
    }

    /// A topic file that is a link to another topic file is followed, as any link inside
    /// content/, but the page it makes is the other one's again: a warning at the link says so.
    @Test func aTopicFileLinkedToAnotherTopicFileIsAWarningThatThePageIsPublishedTwice() throws {
        let site = try Self.siteWithLinkedTopics()
        let result = try CommandLineTests().run(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(
            result.stderr == """
                content/roadmaps/a/golang.md:1:1: warning: `a/golang.md` is a symbolic link to the topic file `a/go.md`, so the same page is published twice
                  hint: link `a/go.md` on the map instead, and remove the link; if a second page is really meant, make `a/golang.md` a copy of the file
                content/roadmaps/a/html.md:1:1: warning: `a/html.md` is a symbolic link to the topic file `b/html.md`, so the same page is published twice
                  hint: link `b/html.md` on the map instead, and remove the link; if a second page is really meant, make `a/html.md` a copy of the file

                """)
        #expect(result.stdout.hasSuffix("\nNo errors found; 2 warnings above.\n"), "\(result.stdout)")
        for page in ["a/go", "a/golang", "a/html", "b/html"] {
            #expect(
                FileManager.default.fileExists(atPath: site.output + "/\(page)/index.html"), "still followed: \(page)")
        }
    }

    /// The page a link to another topic file publishes again names the other topic's page as
    /// its canonical address, as search engines expect of duplicate content, and the sitemap
    /// lists only that page; the other topics' pages keep their own.
    @Test func aTopicFileLinkedToAnotherTopicFileHasTheOtherPageAsCanonicalAndIsNotInTheSitemap() throws {
        let site = try Self.siteWithLinkedTopics()
        let result = try CommandLineTests().run(["build"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        for (page, canonical) in [("a/go", "a/go"), ("a/golang", "a/go"), ("b/html", "b/html"), ("a/html", "b/html")] {
            let html = site.page("\(page)/index.html")
            let url = "https://example.org/\(canonical)/"
            #expect(html.contains("<link rel=\"canonical\" href=\"\(url)\">"), "\(page)")
            #expect(html.contains("<meta property=\"og:url\" content=\"\(url)\">"), "\(page)")
            #expect(html.contains("\"@type\":\"WebPage\",\"name\":"), "\(page)")
            #expect(html.contains("\"url\":\"\(url)\",\"inLanguage\""), "\(page): the WebPage's address")
            #expect(
                html.contains("\"item\":\"https://example.org/\(page)/\"}]}]}"),
                "\(page): the breadcrumb is the trail to this page, where it is")
            #expect(
                html.components(separatedBy: "https://example.org/\(page)/\"").count == (page == canonical ? 5 : 2),
                "\(page): its own address only at the end of the breadcrumb, unless it is canonical")
            // Pagefind indexes only pages with `data-pagefind-body` once any page has it.
            #expect(html.contains("data-pagefind-body") == (page == canonical), "\(page): searched once")
        }
        #expect(
            site.page("sitemap.xml").split(separator: "\n").filter { $0.hasPrefix("<url>") } == [
                "<url><loc>https://example.org/</loc><lastmod>2026-01-01</lastmod></url>",
                "<url><loc>https://example.org/a/</loc><lastmod>2026-01-01</lastmod></url>",
                "<url><loc>https://example.org/a/related/</loc><lastmod>2026-01-01</lastmod></url>",
                "<url><loc>https://example.org/a/go/</loc><lastmod>2026-01-01</lastmod></url>",
                "<url><loc>https://example.org/b/</loc><lastmod>2026-01-01</lastmod></url>",
                "<url><loc>https://example.org/b/related/</loc><lastmod>2026-01-01</lastmod></url>",
                "<url><loc>https://example.org/b/html/</loc><lastmod>2026-01-01</lastmod></url>",
            ])
    }

    /// The scaffold's placeholder text in a topic file that a link publishes again is reported
    /// once, at the file that holds it, not again at the link.
    @Test func placeholderTextOfATopicFileLinkedToIsReportedOnceAtTheFile() throws {
        let site = try Self.siteWithLinkedTopics()
        let path = site.content + "/roadmaps/a/go.md"
        TestFiles.write(TestFiles.read(path) + "\n\(ScaffoldPlaceholders.topicText)\n", to: path)
        let result = try CommandLineTests().run(["build"], in: site.root)
        #expect(result.status == 0)
        let warnings: [String] = result.stderr.split(separator: "\n").map(String.init).filter {
            !$0.hasPrefix("  hint: ")
        }
        let expected: [String] = [
            "content/roadmaps/a/go.md:8:1: warning: the page still has the scaffold's placeholder text "
                + "`What this topic is, and why a learner ne…`",
            "content/roadmaps/a/golang.md:1:1: warning: `a/golang.md` is a symbolic link to the topic file "
                + "`a/go.md`, so the same page is published twice",
            "content/roadmaps/a/html.md:1:1: warning: `a/html.md` is a symbolic link to the topic file "
                + "`b/html.md`, so the same page is published twice",
        ]
        #expect(warnings == expected, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("\nNo errors found; 3 warnings above.\n"), "\(result.stdout)")
    }

    /// A link to another topic that the map does not name gets the warning about the link only:
    /// asking the map to name it too would point the author away from removing the link.
    @Test func aTopicFileLinkedToAnotherTopicIsNotAlsoAskedForOnTheMap() throws {
        let site = TestSite(roadmaps: [
            "a": roadmapFile("title: A\nupdated: 2026-01-01", body: "## Roadmap\n\n- [Go](a/go.md)\n")
        ])
        TestFiles.write("---\nupdated: 2026-01-01\n---\n# Go\n\nText.\n", to: site.content + "/roadmaps/a/go.md")
        try FileManager.default.createSymbolicLink(
            atPath: site.content + "/roadmaps/a/golang.md", withDestinationPath: "go.md")
        let result = try CommandLineTests().run(["build"], in: site.root)
        #expect(result.status == 0)
        #expect(
            result.stderr.hasPrefix(
                "content/roadmaps/a/golang.md:1:1: warning: `a/golang.md` is a symbolic link to the topic file `a/go.md`"
            ),
            "\(result.stderr)")
        #expect(!result.stderr.contains("does not name this topic"), "\(result.stderr)")
        #expect(result.stdout.hasSuffix("\nNo errors found; 1 warning above.\n"), "\(result.stdout)")
    }

    /// A site with roadmap `a` and the draft roadmap `sketch`, each with topic `t` on its map: the
    /// topic file is in the folder of `fileIn`, and `linkIn`'s `t.md` is a symbolic link to it.
    static func linkedTopicSite(fileIn: String, linkIn: String) throws -> TestSite {
        let site = TestSite(roadmaps: [
            "a": roadmapFile("title: A\nupdated: 2026-01-01", body: "## Roadmap\n\n- [T](a/t.md)\n"),
            "sketch": roadmapFile(
                "title: Sketch\nupdated: 2026-01-01\ndraft: true", body: "## Roadmap\n\n- [T](sketch/t.md)\n"),
        ])
        TestFiles.write(
            "---\nupdated: 2026-01-01\n---\n# T\n\nText.\n", to: site.content + "/roadmaps/\(fileIn)/t.md")
        try FileManager.default.createDirectory(
            atPath: site.content + "/roadmaps/\(linkIn)", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: site.content + "/roadmaps/\(linkIn)/t.md", withDestinationPath: "../\(fileIn)/t.md")
        return site
    }

    /// A link to a topic of a roadmap that is a draft left out of the build publishes that
    /// topic's text once: no warning (with `--drafts`, twice, and the warning).
    @Test func aTopicFileLinkedToATopicOfADraftRoadmapIsNoWarningWithoutDrafts() throws {
        let site = try Self.linkedTopicSite(fileIn: "sketch", linkIn: "a")
        let build = try CommandLineTests().run(["build"], in: site.root)
        #expect(build.status == 0)
        #expect(build.stderr == "")
        #expect(FileManager.default.fileExists(atPath: site.output + "/a/t/index.html"))
        #expect(!FileManager.default.fileExists(atPath: site.output + "/sketch"))
        let drafts = try CommandLineTests().run(["build", "--drafts"], in: site.root)
        #expect(drafts.status == 0)
        #expect(
            drafts.stderr.contains("`a/t.md` is a symbolic link to the topic file `sketch/t.md`"), "\(drafts.stderr)")
    }

    /// A link in the folder of a draft roadmap left out of the build makes no page, so it
    /// publishes nothing twice: no warning (with `--drafts`, the warning).
    @Test func aTopicFileLinkInADraftRoadmapIsNoWarningWithoutDrafts() throws {
        let site = try Self.linkedTopicSite(fileIn: "a", linkIn: "sketch")
        let build = try CommandLineTests().run(["build"], in: site.root)
        #expect(build.status == 0)
        #expect(build.stderr == "")
        #expect(!FileManager.default.fileExists(atPath: site.output + "/sketch"))
        let drafts = try CommandLineTests().run(["build", "--drafts"], in: site.root)
        #expect(drafts.status == 0)
        #expect(
            drafts.stderr.contains("`sketch/t.md` is a symbolic link to the topic file `a/t.md`"), "\(drafts.stderr)")
    }

    @Test func theAssetsSlugIsReserved() {
        let site = TestSite(roadmaps: ["assets": roadmapFile("title: A\nupdated: 2026-01-01")])
        #expect(
            site.build().messages == [
                "content/roadmaps/assets.md:1:1: error: `assets.md` cannot be a roadmap: `assets/` holds the theme's files on the built site"
            ])
    }

    /// A missing templates folder is no error: the built-in theme is used.
    @Test func missingFoldersAreNamedOnce() {
        let site = TestSite()
        try? FileManager.default.removeItem(atPath: site.content + "/roadmaps")
        #expect(
            site.build(templates: site.root + "/no-theme").messages == [
                "content/roadmaps: error: there is no roadmaps folder"
            ])
    }

    @Test func allProblemsOfARunTogether() {
        let site = TestSite(roadmaps: [
            "a": roadmapFile("title: [A]\nupdated: 2026-01-01\nrelated: [nope]", body: "## FAQ\n\nNone.\n"),
            "b": roadmapFile("title: B\nlevel: Hard\nupdated: 2026-01-01"),
            "c": "no front matter\n",
        ])
        #expect(
            site.build().messages == [
                "content/roadmaps/a.md:2:8: error: `title` must be text, not a list",
                "content/roadmaps/a.md:4:11: error: related roadmap `nope` does not exist",
                "content/roadmaps/a.md:6:1: error: the FAQ section has no questions",
                "content/roadmaps/b.md:3:8: error: `level` is `Hard`; it must be Beginner, Intermediate or Advanced",
                "content/roadmaps/c.md:1:1: error: no front matter: the file must start with a `---` line",
            ])
    }

    @Test func aBrokenRoadmapIsReportedOnceNotInEveryFileThatLinksToIt() async {
        let site = TestSite(roadmaps: [
            "go": "---\ntitle: Go: the language\n---\n## Steps\n",
            "a": roadmapFile("title: A\nupdated: 2026-01-01\nrelated: [go]", body: "See [Go](go.md#steps).\n"),
            "b": roadmapFile("title: B\nupdated: 2026-01-01", body: "- [Go](./go.md) and [Go again](go.md)\n"),
        ])
        let messages = site.build().messages
        #expect(messages.count == 1)
        #expect(messages.allSatisfy { $0.hasPrefix("content/roadmaps/go.md:2:") })
        #expect(await site.check().allSatisfy { $0.hasPrefix("content/roadmaps/go.md:2:") })
    }

    @Test func oversizedFileIsAnError() {
        let big = roadmapFile("title: A\nupdated: 2026-01-01", body: String(repeating: "word ", count: 1_100_000))
        #expect(messages(forRoadmap: big).first?.hasPrefix("content/roadmaps/a.md: error: ") == true)
    }

    @Test func symbolicLinkOutsideContentIsRefused() throws {
        let site = TestSite(roadmaps: ["b": roadmapFile("title: B\nupdated: 2026-01-01")])
        let outside = TestFiles.temporaryDirectory() + "/secret.md"
        TestFiles.write(roadmapFile("title: Secret\nupdated: 2026-01-01"), to: outside)
        try FileManager.default.createSymbolicLink(atPath: site.roadmapPath("a"), withDestinationPath: outside)
        #expect(
            site.build().messages == [
                "content/roadmaps/a.md:1:1: error: `a.md` is a symbolic link to a file outside the content folder"
            ])
    }

    @Test func aRoadmapFolderLinkedOutsideContentIsNotRead() throws {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        let outside = TestFiles.temporaryDirectory()
        TestFiles.write("secret\n", to: outside + "/id_rsa")
        let folder = String(site.roadmapPath("a").dropLast(3))
        try FileManager.default.createSymbolicLink(atPath: folder, withDestinationPath: outside)
        #expect(
            site.build().messages == [
                "content/roadmaps/a: error: `a/` is a symbolic link to a folder outside the content folder; it is not read"
            ])
    }

    @Test func linksInARoadmapFolderToAFolderOrAHiddenFileAreNotCopied() throws {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        TestFiles.write("key\n", to: site.content + "/.secret/key")
        TestFiles.write("logo\n", to: site.content + "/common/logo.png")
        TestFiles.write("outside\n", to: TestFiles.temporaryDirectory() + "/outside.png")
        TestFiles.write("png\n", to: site.content + "/roadmaps/a/img/x.png")
        let folder = site.content + "/roadmaps/a"
        let links = [
            "key.txt": "../../.secret/key", "common": "../../common", "img/more": "../../../common",
            "logo.png": "../../common/logo.png",
        ]
        for (name, target) in links {
            try FileManager.default.createSymbolicLink(atPath: folder + "/" + name, withDestinationPath: target)
        }
        let built = site.build()
        #expect(built.succeeded)
        #expect(
            built.messages == [
                "content/roadmaps/a/common: warning: `a/common` is a symbolic link to a folder; links to folders in a roadmap's folder are not followed, so its files are not copied",
                "content/roadmaps/a/img/more: warning: `a/img/more` is a symbolic link to a folder; links to folders in a roadmap's folder are not followed, so its files are not copied",
                "content/roadmaps/a/key.txt: warning: `a/key.txt` is a symbolic link to a hidden file; it is not published",
            ])
        let copied = TestFiles.tree(site.output).keys.filter { $0.hasPrefix("a/") && !$0.hasSuffix(".html") }
        #expect(copied.sorted() == ["a/img/x.png", "a/logo.png"])
    }
}
