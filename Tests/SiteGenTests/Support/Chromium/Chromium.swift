import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A headless Chromium driven over the DevTools Protocol, for the tests that need a real browser.
///
/// Tests mark themselves `.enabled(if: Chromium.isAvailable)` (skipped when no Chromium is
/// installed: `apt-get install chromium`), then open pages with `Chromium.withPage`, which uses
/// one browser per test process and gives each page a browser context of its own (its own
/// cookies, localStorage and downloads), closed when the body returns or throws.
///
///     @Test(.enabled(if: Chromium.isAvailable)) func marksATopic() async throws {
///         try await Chromium.withPage { page in
///             try await page.open(server.url("/backend/"))
///             #expect(try await page.evaluate("document.title").string == "Backend")
///         }
///     }
final class Chromium: Sendable {
    /// The Chromium to run: `$SITEGEN_CHROMIUM`, else Debian's `/usr/lib/chromium/chromium`
    /// (the binary behind the `/usr/bin/chromium` shell wrapper), else the first of
    /// `chromium`, `chromium-browser`, `google-chrome`, `google-chrome-stable`, `headless_shell`
    /// on `PATH`; nil when there is none.
    static let executable: String? = {
        let environment = ProcessInfo.processInfo.environment
        if let chosen = environment["SITEGEN_CHROMIUM"], !chosen.isEmpty { return chosen }
        let manager = FileManager.default
        if manager.isExecutableFile(atPath: "/usr/lib/chromium/chromium") { return "/usr/lib/chromium/chromium" }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless_shell"] {
            for folder in folders where manager.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }()

    /// Whether a Chromium is installed; browser tests are enabled only then.
    static var isAvailable: Bool { executable != nil }

    /// The switches every launch uses: headless, the debugging pipe, a throw-away profile, and
    /// nothing that reaches the network or varies between runs.
    static func arguments(profile: String) -> [String] {
        [
            "--headless", "--remote-debugging-pipe", "--user-data-dir=\(profile)",
            // The sandbox needs user namespaces or a setuid helper, which containers and root lack;
            // the pages loaded are the tests' own.
            "--no-sandbox",
            "--no-first-run", "--no-default-browser-check", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-extensions", "--disable-default-apps", "--disable-breakpad", "--mute-audio",
            "--hide-scrollbars", "--force-color-profile=srgb", "--font-render-hinting=none",
            "--disable-features=Translate,MediaRouter,OptimizationHints,InterestFeedContentSuggestions",
            "--password-store=basic", "--use-mock-keychain", "about:blank",
        ]
    }

    let connection: DevToolsConnection
    private let process: ChromiumProcess
    /// The throw-away profile folder, removed by `close()`.
    let profile: String
    private let stopped = Mutex(false)

    private init(process: ChromiumProcess, profile: String) {
        self.process = process
        self.profile = profile
        connection = DevToolsConnection(output: process.toBrowser, input: process.fromBrowser)
    }

    /// Starts a Chromium and waits (up to `timeout`) until it answers; throws `BrowserError.launch`
    /// with the end of its standard error when it does not.
    static func launch(timeout: Duration = .seconds(30)) async throws -> Chromium {
        guard let executable else { throw BrowserError.launch("no chromium is installed (apt-get install chromium)") }
        let profile = TestFiles.temporaryDirectory()
        let log = profile + "/stderr.log"
        let process = try ChromiumProcess.spawn(
            executable: executable, arguments: arguments(profile: profile + "/profile"), logPath: log)
        let browser = Chromium(process: process, profile: profile)
        do {
            _ = try await browser.connection.send("Browser.getVersion", timeout: timeout)
        } catch {
            browser.close()
            let output = TestFiles.read(log).split(separator: "\n").suffix(10).joined(separator: "\n")
            throw BrowserError.launch("\(error)\n\(output)")
        }
        return browser
    }

    /// The browser shared by this test process: launched by the first caller, launched again
    /// if it exited; stopped when the process exits.
    static func shared() async throws -> Chromium {
        try await SharedChromium.instance.browser()
    }

    /// Opens a page in a new browser context of the shared browser, runs `body` with it and
    /// closes the page and its context, whether `body` returns or throws.
    ///
    /// At most `maximumOpenPages` are open at once; the others wait their turn before opening,
    /// so that on a loaded machine the pages that are open get the CPU their time bounds assume.
    static func withPage<T: Sendable>(_ body: (BrowserPage) async throws -> T) async throws -> T {
        await PageSlots.shared.acquire()
        let outcome: Result<T, any Error>
        do {
            let page = try await shared().newPage()
            do {
                outcome = .success(try await body(page))
            } catch {
                outcome = .failure(error)
            }
            await page.close()
        } catch {
            outcome = .failure(error)
        }
        await PageSlots.shared.release()
        return try outcome.get()
    }

    /// How many pages `withPage` keeps open at the same time.
    static let maximumOpenPages = 4

    /// A new page (tab) in a browser context of its own, about:blank, with the Page, Runtime
    /// and Log domains enabled and downloads allowed into a temporary folder.
    func newPage() async throws -> BrowserPage {
        let context = try await connection.send("Target.createBrowserContext", ["disposeOnDetach": true])[
            "browserContextId"
        ].string
        guard let context else { throw BrowserError.page("Target.createBrowserContext gave no id") }
        let target = try await connection.send(
            "Target.createTarget", ["url": "about:blank", "browserContextId": .string(context)])["targetId"].string
        guard let target else { throw BrowserError.page("Target.createTarget gave no id") }
        let session = try await connection.send(
            "Target.attachToTarget", ["targetId": .string(target), "flatten": true])["sessionId"].string
        guard let session else { throw BrowserError.page("Target.attachToTarget gave no session") }
        let page = BrowserPage(connection: connection, context: context, target: target, session: session)
        try await page.prepare()
        return page
    }

    /// Stops the browser (closing the pipe, then killing its process group after 3 seconds) and
    /// removes its profile.
    func close() {
        let wasStopped = stopped.withLock { stopped in
            defer { stopped = true }
            return stopped
        }
        guard !wasStopped else { return }
        process.stop()
        try? FileManager.default.removeItem(atPath: profile)
    }
}

/// The one browser of the test process, and its stopping at exit.
private actor SharedChromium {
    static let instance = SharedChromium()

    private var launching: Task<Chromium, any Error>?

    func browser() async throws -> Chromium {
        if let launching {
            let browser = try await launching.value
            if browser.connection.closedReason == nil { return browser }
            browser.close()
        }
        let task = Task { try await Chromium.launch() }
        launching = task
        let browser = try await task.value
        SharedChromium.stopAtExit(browser)
        return browser
    }

    private static let atExit = Mutex<[Chromium]>([])

    private static func stopAtExit(_ browser: Chromium) {
        let first = atExit.withLock { browsers in
            defer { browsers.append(browser) }
            return browsers.isEmpty
        }
        guard first else { return }
        atexit {
            for browser in SharedChromium.atExit.withLock({ $0 }) { browser.close() }
        }
    }
}

/// A counting semaphore for `Chromium.withPage`'s open pages.
private actor PageSlots {
    static let shared = PageSlots(Chromium.maximumOpenPages)

    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(_ count: Int) {
        free = count
    }

    func acquire() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty {
            free += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
