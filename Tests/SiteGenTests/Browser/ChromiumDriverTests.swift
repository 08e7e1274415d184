import Foundation
import Testing

/// The headless Chromium driver itself, on small pages served over loopback with a strict
/// Content-Security-Policy: each thing later browser tests rely on is shown to work, and each
/// check is shown to catch what it is for.
@Suite("Browser: the Chromium test driver", .enabled(if: Chromium.isAvailable))
struct ChromiumDriverTests {
    let site = TestFiles.temporaryDirectory()
    let server: StaticSiteServer

    init() throws {
        server = try StaticSiteServer(root: site)
    }

    func write(_ path: String, body: String, head: String = "") {
        TestFiles.write(
            """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(path)</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">\(head)</head>
            <body>\(body)</body></html>
            """, to: site + path)
    }

    @Test func evaluatesJavaScriptAndReturnsJSON() async throws {
        write("/index.html", body: "<h1>Hello</h1>", head: "<script src=\"/page.js\" defer></script>")
        TestFiles.write("document.body.dataset.ran = 'yes';", to: site + "/page.js")
        try await Chromium.withPage { page in
            try await page.open(server.url("/"))
            let value = try await page.evaluate(
                "({title: document.querySelector('h1').textContent, ran: document.body.dataset.ran, n: [1, 2.5], ok: true, none: null})"
            )
            #expect(value == ["title": "Hello", "ran": "yes", "n": [1, 2.5], "ok": true, "none": .null])
            #expect(try await page.evaluate("Promise.resolve(6 * 7)") == 42)
            await #expect(throws: BrowserError.self) { try await page.evaluate("undefinedName.x") }
            #expect(page.problems.isEmpty, "\(page.problems)")
        }
    }

    @Test func reportsExceptionsConsoleErrorsFailedLoadsAndCSPViolations() async throws {
        write(
            "/index.html", body: "<button onclick=\"x()\">b</button><script>document.title = 'inline'</script>",
            head: "<script src=\"/broken.js\" defer></script><script src=\"/missing.js\" defer></script>")
        TestFiles.write("console.error('noisy'); null.property;", to: site + "/broken.js")
        try await Chromium.withPage { page in
            try await page.open(server.url("/"))
            let kinds = page.problems.map(\.kind)
            #expect(kinds.contains(.exception))
            #expect(kinds.contains(.consoleError))
            #expect(kinds.contains(.logError), "the 404 of missing.js")
            #expect(page.cspViolations.count == 2, "the inline script and the inline handler: \(page.problems)")
            #expect(try await page.evaluate("document.title") == "/index.html", "the inline script did not run")
        }
    }

    @Test func setsTheViewportAndEmulatesMedia() async throws {
        write("/index.html", body: "<p>x</p>")
        try await Chromium.withPage { page in
            for viewport in [Viewport.phone, .desktop] {
                try await page.setViewport(viewport)
                try await page.open(server.url("/"))
                #expect(try await page.evaluate("innerWidth").int == viewport.width)
            }
            try await page.emulateMedia(.print, colorScheme: .dark)
            #expect(try await page.evaluate("matchMedia('print').matches") == true)
            #expect(try await page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches") == true)
            try await page.emulateMedia(colorScheme: .light)
            #expect(try await page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches") == false)
            #expect(try await page.evaluate("matchMedia('screen').matches") == true)
        }
    }

    @Test func capturesScreenshotsAsPNG() async throws {
        write("/index.html", body: "<div class=tall></div>", head: "<link rel=stylesheet href=/s.css>")
        TestFiles.write("body { margin: 0 } .tall { height: 2000px; background: #36c }", to: site + "/s.css")
        try await Chromium.withPage { page in
            try await page.setViewport(.phone)
            try await page.open(server.url("/"))
            let viewport = try await page.screenshot()
            #expect(pngSize(viewport)?.width == 390)
            #expect(pngSize(viewport)?.height == 844)
            let whole = try await page.screenshot(fullPage: true)
            #expect(pngSize(whole)?.height == 2000)
        }
    }

    @Test func findsHorizontalOverflow() async throws {
        write(
            "/index.html",
            body:
                "<div class=wide id=w>wide</div><pre class=scroll><code>\(String(repeating: "x", count: 400))</code></pre>",
            head: "<link rel=stylesheet href=/s.css>")
        write("/fits.html", body: "<p>fits</p>", head: "<link rel=stylesheet href=/s.css>")
        TestFiles.write(".wide { width: 600px } pre { overflow-x: auto }", to: site + "/s.css")
        try await Chromium.withPage { page in
            try await page.setViewport(.phone)
            try await page.open(server.url("/"))
            let found = try await page.horizontalOverflow()
            #expect(found.first?.hasPrefix("the page is") == true)
            #expect(found.contains { $0.hasPrefix("div#w.wide") })
            #expect(!found.contains { $0.hasPrefix("code") }, "a scrolling pre clips its code")
            try await page.open(server.url("/fits.html"))
            #expect(try await page.horizontalOverflow() == [])
        }
    }

    @Test func findsOverlappingBoxesAmongAHundredAndFiftyNodes() async throws {
        let nodes = (1...150).map { "<li><a href=\"#n\($0)\">Topic \($0)</a></li>" }.joined()
        write("/grid.html", body: "<ol class=map>\(nodes)</ol>", head: "<link rel=stylesheet href=/s.css>")
        write(
            "/clash.html", body: "<div class=box id=a>a</div><div class=box id=b>b</div>",
            head: "<link rel=stylesheet href=/s.css>")
        TestFiles.write(
            """
            .map { display: grid; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); gap: 4px; list-style: none }
            .box { position: absolute; top: 10px; width: 50px; height: 50px } #b { left: 30px }
            """, to: site + "/s.css")
        try await Chromium.withPage { page in
            for viewport in [Viewport.phone, .desktop] {
                try await page.setViewport(viewport)
                try await page.open(server.url("/grid.html"))
                let report = try await page.overlaps(among: ".map li")
                #expect(report.checked == 150)
                #expect(report.overlaps == [])
            }
            try await page.open(server.url("/clash.html"))
            let clash = try await page.overlaps(among: ".box")
            #expect(clash.overlaps.count == 1)
            #expect(clash.overlaps.first?.hasPrefix("div#a.box") == true)
        }
    }

    @Test func typesWithTheKeyboardAndMeasuresTheFocusRing() async throws {
        write(
            "/index.html", body: "<a href=#x>first</a> <button id=b>second</button>",
            head: "<link rel=stylesheet href=/s.css><script src=/count.js defer></script>")
        TestFiles.write(
            "button:focus-visible { outline: 3px solid #000; outline-offset: 2px } body { background: #fff }",
            to: site + "/s.css")
        TestFiles.write(
            "document.getElementById('b').addEventListener('click', e => { e.target.dataset.n = (+e.target.dataset.n || 0) + 1 })",
            to: site + "/count.js")
        try await Chromium.withPage { page in
            try await page.open(server.url("/"))
            #expect(try await page.tab(to: "#b"))
            let focus = try await page.focusIndicator()
            #expect(focus.element == "button#b \"second\"")
            #expect(focus.isFocusVisible)
            #expect(focus.outlineWidth == 3)
            #expect(abs(focus.contrast - 21) < 0.01)
            try await page.press(.enter)
            try await page.press(.space)
            #expect(try await page.evaluate("document.getElementById('b').dataset.n") == "2")
            try await page.press(.tab, shift: true)
            #expect(try await page.evaluate("document.activeElement.textContent") == "first")
        }
    }

    @Test func clicksWithTheMouseAndAnswersDialogs() async throws {
        write("/index.html", body: "<button id=b>ask</button>", head: "<script src=/ask.js defer></script>")
        TestFiles.write(
            "document.getElementById('b').addEventListener('click', () => { document.body.dataset.answer = confirm('Sure?') })",
            to: site + "/ask.js")
        try await Chromium.withPage { page in
            try await page.open(server.url("/"))
            try await page.mouseClick("#b")
            #expect(try await page.evaluate("document.body.dataset.answer") == "true")
            page.answerDialogs(accept: false)
            try await page.click("#b")
            #expect(try await page.evaluate("document.body.dataset.answer") == "false")
            #expect(page.dialogs == ["Sure?", "Sure?"])
        }
    }

    @Test func downloadsAndUploadsFiles() async throws {
        write(
            "/index.html", body: "<button id=save>save</button><input type=file id=file hidden>",
            head: "<script src=/files.js defer></script>")
        TestFiles.write(
            """
            document.getElementById('save').addEventListener('click', () => {
              const a = document.createElement('a');
              a.href = URL.createObjectURL(new Blob(['{"a":1}'], {type: 'application/json'}));
              a.download = 'saved.json'; a.click();
            });
            document.getElementById('file').addEventListener('change', async e => {
              document.body.dataset.read = await e.target.files[0].text();
            });
            """, to: site + "/files.js")
        let upload = site + "/upload.txt"
        TestFiles.write("uploaded text", to: upload)
        try await Chromium.withPage { page in
            try await page.open(server.url("/"))
            let download = try await page.download { try await page.click("#save") }
            #expect(download.suggestedFilename == "saved.json")
            #expect(String(decoding: download.data, as: UTF8.self) == "{\"a\":1}")
            try await page.setInputFiles("#file", paths: [upload])
            let read = try await page.waitUntil("document.body.dataset.read")
            #expect(read == "uploaded text")
            #expect(page.problems.isEmpty, "\(page.problems)")
        }
    }

    @Test func runsPagesWithJavaScriptDisabled() async throws {
        write("/index.html", body: "<p id=p>static</p>", head: "<script src=/change.js defer></script>")
        TestFiles.write("document.getElementById('p').textContent = 'scripted'", to: site + "/change.js")
        try await Chromium.withPage { page in
            try await page.setScriptsEnabled(false)
            try await page.open(server.url("/"))
            #expect(try await page.evaluate("document.getElementById('p').textContent") == "static")
            try await page.setScriptsEnabled(true)
            try await page.reload()
            #expect(try await page.evaluate("document.getElementById('p').textContent") == "scripted")
        }
    }

    @Test func keepsEachPagesStorageToItself() async throws {
        write("/index.html", body: "<p>x</p>")
        try await Chromium.withPage { first in
            try await first.open(server.url("/"))
            try await first.evaluate("localStorage.setItem('k', 'first')")
            try await first.reload()
            #expect(try await first.evaluate("localStorage.getItem('k')") == "first")
            try await Chromium.withPage { second in
                try await second.open(server.url("/"))
                #expect(try await second.evaluate("localStorage.getItem('k')") == .null)
            }
        }
    }
}
