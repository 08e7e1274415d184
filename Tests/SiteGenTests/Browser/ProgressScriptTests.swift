import Foundation
import Testing

/// The learner's progress tracking (`assets/progress.js` of the built-in theme, issue 13) in a
/// real browser, on a site sitegen built (`ProgressSite`: the theme's own templates write the
/// script's hooks), served with `Content-Security-Policy: default-src 'self'`. Every test also checks that the page logged
/// no error, threw no exception and violated no policy.
@Suite("Browser: progress tracking", .enabled(if: Chromium.isAvailable))
struct ProgressScriptTests {
    let site: ProgressSite

    init() throws {
        site = try ProgressSite()
    }

    /// The stored progress document, parsed (`.null` when there is none).
    func stored(_ page: BrowserPage) async throws -> BrowserJSON {
        try await page.evaluate("JSON.parse(localStorage.getItem('\(ProgressSite.storageKey)'))")
    }

    func store(_ page: BrowserPage, _ text: String) async throws {
        try await page.evaluate(
            "localStorage.setItem('\(ProgressSite.storageKey)', \(BrowserPage.literal(text)))")
    }

    /// The states whose buttons are pressed on a topic page.
    func pressed(_ page: BrowserPage) async throws -> BrowserJSON {
        try await page.evaluate(
            "[...document.querySelectorAll('.progress button[aria-pressed=true]')].map(b => b.dataset.state)")
    }

    func summary(_ page: BrowserPage, _ selector: String = ".progress-summary") async throws -> BrowserJSON {
        try await page.evaluate(
            """
            (() => { const s = document.querySelector(\(BrowserPage.literal(selector))), bar = s.querySelector('progress');
              return {text: s.textContent.trim(), hidden: s.hidden, shown: s.offsetHeight > 0,
                      value: bar ? bar.value : null, max: bar ? bar.max : null} })()
            """)
    }

    /// Opens a topic's page and presses one of its state buttons.
    func mark(_ page: BrowserPage, _ topic: String, _ state: String) async throws {
        try await page.open(site.url("backend/\(topic)/"))
        try await page.click(".progress button[data-state=\(state)]")
    }

    func announced(_ page: BrowserPage, _ message: String) async throws {
        try await page.waitUntil(
            "document.querySelector('.progress-live').textContent === \(BrowserPage.literal(message))")
    }

    func expectNoProblems(_ page: BrowserPage, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(page.problems.isEmpty, "\(page.problems)", sourceLocation: sourceLocation)
    }

    @Test func aMarkedTopicStaysMarkedAfterAReload() async throws {
        try await Chromium.withPage { page in
            try await page.open(site.url("backend/internet/"))
            let labels = try await page.evaluate(
                "[...document.querySelectorAll('.progress button')].map(b => [b.textContent, b.getAttribute('aria-pressed')])"
            )
            #expect(
                labels == [
                    ["Done", "false"], ["In progress", "false"], ["Skipped", "false"], ["Not started", "true"],
                ])
            #expect(try await stored(page) == .null, "nothing is stored before the learner acts")

            try await page.click(".progress button[data-state=done]")
            #expect(try await stored(page) == ["version": 1, "roadmaps": ["backend": ["internet": "done"]]])
            try await announced(page, "This topic: done")
            try await page.reload()
            #expect(try await pressed(page) == ["done"])

            try await page.click(".progress button[data-state=skipped]")
            #expect(try await pressed(page) == ["skipped"])
            try await page.click(".progress button[data-state=skipped]")
            #expect(try await pressed(page) == ["none"], "pressing the pressed state clears it: Not started")
            try await page.click(".progress button[data-state=in-progress]")
            try await page.click(button: "Not started")
            #expect(try await stored(page) == ["version": 1, "roadmaps": ["backend": [:]]])
            #expect(try await pressed(page) == ["none"])
            try await page.click(button: "Not started")
            #expect(try await pressed(page) == ["none"], "pressing it again changes nothing")
            #expect(try await page.evaluate("document.cookie") == "", "no cookie is set")
            expectNoProblems(page)
        }
    }

    /// Issue 12/13 review: the topic page's buttons are a group named by a label on the page,
    /// each button named by its state, as Chromium's accessibility tree gives them.
    @Test func theTopicPagesButtonsAreAGroupNamedByAVisibleLabel() async throws {
        try await Chromium.withPage { page in
            try await page.open(site.url("backend/internet/"))
            let label = try await page.evaluate(
                """
                (() => { const group = document.querySelector('.progress [role=group]');
                  const label = document.getElementById(group.getAttribute('aria-labelledby'));
                  return {text: label.textContent, shown: label.offsetHeight > 0,
                          before: !!(label.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING)} })()
                """)
            #expect(label == ["text": "Your progress", "shown": true, "before": true])
            try await page.click(".progress button[data-state=skipped]")
            let tree = try await page.send("Accessibility.getFullAXTree")
            let controls = (tree["nodes"].array ?? []).compactMap { node -> BrowserJSON? in
                guard let role = node["role"]["value"].string, role == "group" || role == "button" else { return nil }
                let pressed = node["properties"].array?.first { $0["name"] == "pressed" }
                return [.string(role), node["name"]["value"], pressed?["value"]["value"] ?? .null]
            }
            #expect(
                controls == [
                    ["group", "Your progress", .null], ["button", "Done", "false"], ["button", "In progress", "false"],
                    ["button", "Skipped", "true"], ["button", "Not started", "false"],
                ])
            expectNoProblems(page)
        }
    }

    /// The map's legend explains the toggles (each state's sample drawn as its toggle is), and
    /// only where the script has added them.
    @Test func theMapsLegendExplainsTheTogglesOnlyOnceTheScriptAddsThem() async throws {
        let legend = """
            (() => { const part = document.querySelector('.map-legend-progress');
              return {shown: part.offsetHeight > 0,
                      entries: [...part.querySelectorAll('li')].filter(li => li.offsetHeight > 0).map(li => li.textContent),
                      drawing: document.querySelector('.map-legend:not(.map-legend-progress)').offsetHeight > 0} })()
            """
        try await Chromium.withPage { page in
            try await page.setScriptsEnabled(false)
            try await page.open(site.url("backend/"))
            #expect(try await page.evaluate(legend) == ["shown": false, "entries": [], "drawing": true])
            try await page.setScriptsEnabled(true)
            try await store(
                page, #"{"version":1,"roadmaps":{"backend":{"internet":"done","http":"in-progress","dns":"skipped"}}}"#)
            try await page.open(site.url("backend/"))
            #expect(
                try await page.evaluate(legend) == [
                    "shown": true,
                    "entries": [
                        "Your progress: click the circle beside a topic to change it", "Not started", "Done",
                        "In progress", "Skipped",
                    ],
                    "drawing": true,
                ])
            for (state, topic) in [("none", "git"), ("done", "internet"), ("in-progress", "http"), ("skipped", "dns")] {
                let drawn = try await page.evaluate(
                    """
                    [getComputedStyle(document.querySelector('.map-key-\(state)'), '::before'),
                     getComputedStyle(document.querySelector('li[data-topic=\(topic)] > .progress-toggle'))]
                      .map(s => [s.backgroundColor, s.backgroundImage, s.borderTopStyle, s.borderTopColor, s.borderRadius])
                    """)
                #expect(drawn[0] == drawn[1], "the legend's \(state) is drawn as the toggle of \(topic): \(drawn)")
            }
            expectNoProblems(page)
        }
    }

    @Test func theMapShowsEachNodesStateAndItsToggleChangesIt() async throws {
        try await Chromium.withPage { page in
            try await mark(page, "internet", "done")
            try await page.open(site.url("backend/"))
            let nodes = try await page.evaluate(
                """
                [...document.querySelectorAll('.progress-toggle')].map(t =>
                  [t.closest('li').dataset.topic, t.previousElementSibling.textContent, t.getAttribute('aria-label'),
                   t.closest('li').dataset.progress || null])
                """)
            #expect(
                nodes == [
                    ["internet", "Internet", "Internet: done", "done"],
                    ["http", "HTTP", "HTTP: not started", .null],
                    ["dns", "DNS and how it works", "DNS and how it works: not started", .null],
                    ["git", "Git", "Git: not started", .null],
                ], "a toggle beside each topic's link; none for the label or the other roadmap")

            let toggle = "li[data-topic=internet] > .progress-toggle"
            var seen: [BrowserJSON] = []
            for _ in 0..<3 {
                try await page.mouseClick(toggle)
                seen.append(try await stored(page)["roadmaps"]["backend"]["internet"])
            }
            #expect(seen == ["in-progress", "skipped", .null], "the toggle cycles done → in progress → skipped → none")
            try await page.mouseClick(toggle)
            try await announced(page, "Internet: done")
            #expect(try await page.evaluate("location.pathname") == "/docs/backend/", "the toggle is not the link")
            #expect(try await page.evaluate("document.querySelector('\(toggle)').dataset.state") == "done")
            expectNoProblems(page)
        }
    }

    @Test func summariesCountDoneTopicsOfTheMapAndIgnoreRemovedOnes() async throws {
        try await Chromium.withPage { page in
            try await page.open(site.url(""))
            #expect(
                try await summary(page) == [
                    "text": "0 of 4 topics done", "hidden": true, "shown": false, "value": 0, "max": 4,
                ],
                "a home card with no progress shows none")
            try await page.open(site.url("backend/"))
            #expect(
                try await summary(page) == [
                    "text": "0 of 4 topics done", "hidden": false, "shown": true, "value": 0, "max": 4,
                ])

            try await store(
                page,
                """
                {"version":1,"roadmaps":{
                  "backend":{"internet":"done","git":"done","http":"in-progress","removed-topic":"done"},
                  "frontend":{"html":"done","css":"done","js":"done"}}}
                """)
            try await page.reload()
            #expect(
                try await summary(page) == [
                    "text": "2 of 4 topics done", "hidden": false, "shown": true, "value": 2, "max": 4,
                ])

            try await page.open(site.url(""))
            #expect(
                try await summary(page, ".progress-summary[data-roadmap=backend]")
                    == ["text": "2 of 4 topics done", "hidden": false, "shown": true, "value": 2, "max": 4])
            #expect(
                try await summary(page, ".progress-summary[data-roadmap=frontend]")["text"] == "2 of 2 topics done",
                "the card counts only the topics its data-topics names")
            expectNoProblems(page)
        }
    }

    @Test func exportThenResetThenImportRestoresTheProgress() async throws {
        try await Chromium.withPage { page in
            try await mark(page, "internet", "done")
            try await mark(page, "git", "in-progress")
            try await page.open(site.url("backend/"))
            let before = try await stored(page)
            #expect(before == ["version": 1, "roadmaps": ["backend": ["internet": "done", "git": "in-progress"]]])

            let export = try await page.download { try await page.click(button: "Export progress") }
            #expect(export.suggestedFilename == "progress.json")
            #expect(try BrowserJSON(parsing: export.data) == before)

            page.answerDialogs(accept: false)
            try await page.click(button: "Reset this roadmap")
            #expect(try await stored(page) == before, "a dismissed confirmation resets nothing")
            page.answerDialogs(accept: true)
            try await page.click(button: "Reset this roadmap")
            #expect(page.dialogs.count == 2)
            #expect(try await stored(page) == ["version": 1, "roadmaps": [:]])
            try await announced(page, "Progress on this roadmap reset.")
            #expect(try await summary(page)["text"] == "0 of 4 topics done")
            #expect(
                try await page.evaluate("document.querySelector('li[data-topic=internet]').dataset.progress") == .null)

            let file = TestFiles.temporaryDirectory() + "/progress.json"
            try export.data.write(to: URL(fileURLWithPath: file))
            try await page.setInputFiles(".progress-tools input[type=file]", paths: [file])
            try await announced(page, "Progress imported for 1 roadmap.")
            #expect(try await stored(page) == before)
            #expect(try await summary(page)["text"] == "1 of 4 topics done")
            #expect(
                try await page.evaluate("document.querySelector('li[data-topic=git]').dataset.progress")
                    == "in-progress")
            expectNoProblems(page)
        }
    }

    @Test func importingAFileThatIsNotAnExportChangesNothing() async throws {
        let folder = TestFiles.temporaryDirectory()
        try await Chromium.withPage { page in
            try await page.open(site.url("backend/"))
            try await store(page, #"{"version":1,"roadmaps":{"backend":{"git":"done"}}}"#)
            for (name, text) in [("notes.json", "{not json"), ("future.json", #"{"version":2,"roadmaps":{}}"#)] {
                TestFiles.write(text, to: folder + "/" + name)
                try await page.setInputFiles(".progress-tools input[type=file]", paths: [folder + "/" + name])
                try await announced(page, "\(name) is not a progress export; nothing changed.")
                #expect(try await stored(page) == ["version": 1, "roadmaps": ["backend": ["git": "done"]]])
            }
            expectNoProblems(page)
        }
    }

    @Test func aTopicTakenOffTheMapIsIgnoredAfterTheNextBuild() async throws {
        try await Chromium.withPage { page in
            try await mark(page, "dns", "done")
            try await mark(page, "git", "done")
            try await page.open(site.url("backend/"))
            #expect(try await summary(page)["text"] == "2 of 4 topics done")
            try site.build(removing: ["dns"])
            try await page.reload()
            #expect(try await summary(page)["text"] == "1 of 3 topics done")
            #expect(try await page.evaluate("document.querySelectorAll('.progress-toggle').length") == 3)
            try await page.open(site.url(""))
            #expect(try await summary(page)["text"] == "1 of 3 topics done", "the home card too")
            #expect(
                try await stored(page)["roadmaps"]["backend"] == ["dns": "done", "git": "done"],
                "what is stored stays, should the topic come back")
            expectNoProblems(page)
        }
    }

    /// The policy a host sends (a header), or one the site's own head partial states (a meta
    /// element): `script-src 'self'` lets the script run, and it breaks none of it.
    @Test(arguments: [true, false])
    func aScriptSrcSelfPolicyLetsTheScriptWork(inMeta: Bool) async throws {
        let policy = "script-src 'self'"
        let site = try ProgressSite(policy: inMeta ? nil : policy, metaPolicy: inMeta ? policy : nil)
        try await Chromium.withPage { page in
            try await page.open(site.url("backend/git/"))
            if inMeta {
                #expect(
                    try await page.evaluate(
                        "document.querySelector('meta[http-equiv=Content-Security-Policy]').content") == .string(policy)
                )
            }
            try await page.click(".progress button[data-state=done]")
            try await page.reload()
            #expect(try await pressed(page) == ["done"])
            try await page.open(site.url("backend/"))
            #expect(try await summary(page)["text"] == "1 of 4 topics done")
            expectNoProblems(page)
        }
    }

    @Test(arguments: [ColorScheme.light, .dark])
    func theKeyboardAloneMarksTopicsWithAVisibleFocus(scheme: ColorScheme) async throws {
        try await Chromium.withPage { page in
            try await page.emulateMedia(colorScheme: scheme)
            try await page.open(site.url("backend/internet/"))
            #expect(try await page.tab(to: ".progress button[data-state=done]"))
            let focus = try await page.focusIndicator()
            #expect(focus.isFocusVisible)
            #expect(focus.outlineStyle == "solid" && focus.outlineWidth >= 2, "\(focus)")
            #expect(focus.contrast >= 3, "the focus ring's contrast is \(focus.contrast):1 in \(scheme)")
            try await page.press(.space)
            #expect(try await pressed(page) == ["done"])
            try await page.press(.tab)
            try await page.press(.enter)
            #expect(try await pressed(page) == ["in-progress"])
            #expect(try await page.tab(to: ".progress button[data-state=none]"))
            let filled = try await page.focusIndicator()
            #expect(filled.isFocusVisible && filled.contrast >= 3, "on a button filled when pressed: \(filled)")
            try await page.press(.space)
            #expect(try await pressed(page) == ["none"])
            #expect(try await page.focusIndicator().contrast >= 3, "the pressed Not started keeps its ring")

            try await page.open(site.url("backend/"))
            #expect(try await page.tab(to: "li[data-topic=internet] > .progress-toggle"))
            let toggleFocus = try await page.focusIndicator()
            #expect(toggleFocus.isFocusVisible && toggleFocus.contrast >= 3, "\(toggleFocus)")
            try await page.press(.enter)
            #expect(try await stored(page)["roadmaps"]["backend"]["internet"] == "done", "from not started")
            #expect(try await page.tab(to: ".progress-tools button"))
            #expect(try await page.focusIndicator().contrast >= 3)
            expectNoProblems(page)
        }
    }

    @Test func unreadableStorageIsDroppedWithoutAnError() async throws {
        let junk = [
            "{not json", "[]", "null", "42",
            #"{"version":99,"roadmaps":{"backend":{"internet":"done"}}}"#,
            #"{"version":1,"roadmaps":{"backend":{"internet":"finished","http":7,"dns":null},"x":[1],"y":"z"}}"#,
            #"{"version":1,"roadmaps":{"__proto__":{"polluted":"done"},"backend":{"__proto__":"done"}}}"#,
        ]
        try await Chromium.withPage { page in
            try await page.open(site.url("backend/"))
            for text in junk {
                try await store(page, text)
                try await page.reload()
                #expect(try await summary(page)["text"] == "0 of 4 topics done", "\(text)")
                try await page.click("li[data-topic=git] > .progress-toggle")
                #expect(try await stored(page)["roadmaps"]["backend"]["git"] == "done", "\(text)")
                #expect(
                    try await page.evaluate("({}).polluted === undefined && Object.prototype.polluted === undefined")
                        == true)
            }
            expectNoProblems(page)
        }
    }

    @Test func withoutJavaScriptNoControlIsShown() async throws {
        try await Chromium.withPage { page in
            try await page.setScriptsEnabled(false)
            for path in ["", "backend/", "backend/internet/"] {
                try await page.open(site.url(path))
                let shown = try await page.evaluate(
                    """
                    ({buttons: document.querySelectorAll('button, input').length,
                      visible: [...document.querySelectorAll('.progress, .progress-tools, .progress-summary, .map-legend-progress')]
                        .filter(e => e.offsetHeight > 0 || e.offsetWidth > 0).length,
                      live: document.querySelectorAll('.progress-live').length})
                    """)
                #expect(shown == ["buttons": 0, "visible": 0, "live": 0], "\(path)")
            }
            expectNoProblems(page)
        }
    }

    @Test func aPageWithoutProgressIsLeftAlone() async throws {
        try await Chromium.withPage { page in
            try await page.open(site.url("backend/related/"))
            let touched = try await page.evaluate(
                "({stored: localStorage.length, added: document.querySelectorAll('button, .progress-live').length})")
            #expect(touched == ["stored": 0, "added": 0])
            expectNoProblems(page)
        }
    }

    @Test func withStorageBlockedNoControlIsShown() async throws {
        try await Chromium.withPage { page in
            // What a browser does when its settings block site data: localStorage throws.
            try await page.runBeforeEachDocument(
                "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('blocked', 'SecurityError') }})"
            )
            for path in ["backend/", "backend/internet/"] {
                try await page.open(site.url(path))
                let shown = try await page.evaluate(
                    """
                    ({buttons: document.querySelectorAll('button').length,
                      summaries: [...document.querySelectorAll('.progress-summary')].filter(s => !s.hidden).length,
                      legends: [...document.querySelectorAll('.map-legend-progress')].filter(l => l.offsetHeight > 0).length})
                    """)
                #expect(shown == ["buttons": 0, "summaries": 0, "legends": 0], "\(path)")
            }
            expectNoProblems(page)
        }
    }

    @Test func printedPagesLeaveTheButtonsOut() async throws {
        try await Chromium.withPage { page in
            try await page.open(site.url("backend/"))
            try await page.emulateMedia(.print)
            let shown = try await page.evaluate(
                "[...document.querySelectorAll('button, .map-legend-progress')].filter(b => b.offsetWidth > 0).length")
            #expect(shown == 0, "no button, nor the legend's part that explains them")
            #expect(
                try await page.evaluate(
                    "document.querySelector('.map-legend:not(.map-legend-progress)').offsetWidth > 0")
                    == true, "the legend of the drawing is printed")
            #expect(try await summary(page)["shown"] == true, "the summary is printed")
            expectNoProblems(page)
        }
    }
}
