import Foundation
import Synchronization

/// One page (tab) of a headless Chromium, in a browser context of its own: navigate, evaluate
/// JavaScript, click and type, emulate a viewport and media, take screenshots, and collect
/// what went wrong (exceptions, console errors, failed loads, Content-Security-Policy violations).
///
/// Made by `Chromium.newPage()` or `Chromium.withPage`; every call has a time bound
/// (`timeout`, 20 seconds unless given) and throws `BrowserError`.
final class BrowserPage: Sendable {
    /// Something that went wrong in the page, as the browser reported it.
    struct Problem: Sendable, Hashable, CustomStringConvertible {
        enum Kind: String, Sendable {
            /// An uncaught exception (`Runtime.exceptionThrown`).
            case exception
            /// `console.error` or a failed `console.assert` (`Runtime.consoleAPICalled`).
            case consoleError = "console error"
            /// A Content-Security-Policy violation (a `Log.entryAdded` error from the
            /// "security" source naming the policy).
            case cspViolation = "CSP violation"
            /// Any other error the browser logged (`Log.entryAdded`), such as a 404 subresource.
            case logError = "log error"
        }

        var kind: Kind
        var text: String
        var description: String { "\(kind.rawValue): \(text)" }
    }

    /// A file the page downloaded.
    struct Download: Sendable {
        /// The name the page suggested (`<a download="...">`).
        var suggestedFilename: String
        /// The file's bytes.
        var data: Data
    }

    private struct State {
        var problems: [Problem] = []
        var dialogs: [String] = []
        var acceptsDialogs = true
        var loaderID: String?
        var listener: Int?
        var closed = false
    }

    let connection: DevToolsConnection
    /// The browser context, the target (also the main frame's id) and the session ids.
    let context: String
    let target: String
    let session: String
    /// Where downloads are saved (removed on close).
    let downloads: String
    private let state = Mutex(State())

    init(connection: DevToolsConnection, context: String, target: String, session: String) {
        self.connection = connection
        self.context = context
        self.target = target
        self.session = session
        downloads = TestFiles.temporaryDirectory()
    }

    /// Sends a command to this page's session.
    @discardableResult
    func send(_ method: String, _ params: BrowserJSON = [:], timeout: Duration = .seconds(20)) async throws
        -> BrowserJSON
    {
        try await connection.send(method, params, session: session, timeout: timeout)
    }

    func prepare() async throws {
        let token = connection.addListener { [weak self] event in self?.handle(event) }
        state.withLock { $0.listener = token }
        for domain in ["Page.enable", "Runtime.enable", "Log.enable"] { try await send(domain) }
        try await send("Page.setLifecycleEventsEnabled", ["enabled": true])
        // Pages in a background context would otherwise not get focus, and :focus-visible with it.
        try await send("Emulation.setFocusEmulationEnabled", ["enabled": true])
        _ = try await connection.send(
            "Browser.setDownloadBehavior",
            [
                "behavior": "allowAndName", "browserContextId": .string(context), "downloadPath": .string(downloads),
                "eventsEnabled": true,
            ])
    }

    /// Closes the page and its browser context; removes its downloads.
    func close() async {
        let token = state.withLock { state -> Int? in
            defer { state.closed = true }
            return state.closed ? nil : state.listener
        }
        guard let token else { return }
        _ = try? await connection.send("Target.closeTarget", ["targetId": .string(target)], timeout: .seconds(5))
        _ = try? await connection.send(
            "Target.disposeBrowserContext", ["browserContextId": .string(context)], timeout: .seconds(5))
        connection.removeListener(token)
        try? FileManager.default.removeItem(atPath: downloads)
    }

    // MARK: Navigation

    /// Opens `url` and waits until its `load` event; throws `.navigation` when it cannot be loaded.
    func open(_ url: String, timeout: Duration = .seconds(20)) async throws {
        let loads = expectLoad()
        defer { loads.finish() }
        let result = try await send("Page.navigate", ["url": .string(url)], timeout: timeout)
        if let error = result["errorText"].string, !error.isEmpty {
            throw BrowserError.navigation(url: url, error: error)
        }
        let loader = result["loaderId"].string
        _ = try await loads.next(where: { $0.params["loaderId"].string == loader }, timeout: timeout)
        state.withLock { $0.loaderID = loader }
    }

    /// Reloads the page and waits until the new document's `load` event.
    func reload(timeout: Duration = .seconds(20)) async throws {
        let loads = expectLoad()
        defer { loads.finish() }
        let previous = state.withLock { $0.loaderID }
        try await send("Page.reload", timeout: timeout)
        let event = try await loads.next(where: { $0.params["loaderId"].string != previous }, timeout: timeout)
        state.withLock { $0.loaderID = event.params["loaderId"].string }
    }

    private func expectLoad() -> EventExpectation {
        let (session, frame) = (session, target)
        return connection.expect("the page's load event") { event in
            event.sessionID == session && event.method == "Page.lifecycleEvent" && event.params["name"] == "load"
                && event.params["frameId"].string == frame
        }
    }

    // MARK: JavaScript

    /// Evaluates `expression` in the page (awaiting it when it is a promise) and returns its
    /// value as JSON (`.null` for undefined; DOM nodes come back as empty objects). Throws
    /// `.javaScript` with the exception's text when it throws. Runs as a user gesture, and even
    /// when the page's own scripts are disabled.
    @discardableResult
    func evaluate(_ expression: String, timeout: Duration = .seconds(20)) async throws -> BrowserJSON {
        let result = try await send(
            "Runtime.evaluate",
            [
                "expression": .string(expression), "returnByValue": true, "awaitPromise": true, "userGesture": true,
            ], timeout: timeout)
        if case .object = result["exceptionDetails"] {
            let details = result["exceptionDetails"]
            throw BrowserError.javaScript(
                details["exception"]["description"].string ?? details["text"].string ?? details.text)
        }
        return result["result"]["value"]
    }

    /// Evaluates `expression` every 20 ms until it is truthy and returns that value; throws
    /// `.javaScript` when it is not within `timeout`. Needs the page's scripts enabled (timers).
    @discardableResult
    func waitUntil(_ expression: String, timeout: Duration = .seconds(5)) async throws -> BrowserJSON {
        let milliseconds = timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000
        return try await evaluate(
            """
            new Promise((resolve, reject) => {
              const end = performance.now() + \(milliseconds);
              const tick = () => {
                let value; try { value = (\(expression)); } catch (e) {}
                if (value) resolve(value);
                else if (performance.now() > end) reject(new Error('still false: ' + \(Self.literal(expression))));
                else setTimeout(tick, 20);
              };
              tick();
            })
            """, timeout: timeout + .seconds(5))
    }

    /// Runs `source` in every document this page loads from now on, before the page's own
    /// scripts (`Page.addScriptToEvaluateOnNewDocument`; not subject to the page's CSP), for
    /// a test to stand in for a browser setting, such as storage being blocked.
    func runBeforeEachDocument(_ source: String) async throws {
        try await send("Page.addScriptToEvaluateOnNewDocument", ["source": .string(source)])
    }

    /// Whether the page's own scripts run (`Emulation.setScriptExecutionDisabled`); takes effect
    /// on the next navigation.
    func setScriptsEnabled(_ enabled: Bool) async throws {
        try await send("Emulation.setScriptExecutionDisabled", ["value": .bool(!enabled)])
    }

    // MARK: Input

    /// Calls `click()` on the first element matching `selector`; throws when there is none.
    func click(_ selector: String) async throws {
        try await evaluate(
            "(() => { const e = document.querySelector(\(Self.literal(selector))); if (!e) throw new Error('no element ' + \(Self.literal(selector))); e.click() })()"
        )
    }

    /// Calls `click()` on the first `<button>` whose text (or `aria-label`) is `label`, as a
    /// user picks a control by what it says.
    func click(button label: String) async throws {
        try await evaluate(
            """
            (() => { const b = [...document.querySelectorAll('button')]
                .find(b => (b.getAttribute('aria-label') || b.textContent).trim() === \(Self.literal(label)));
              if (!b) throw new Error('no button ' + \(Self.literal(label))); b.click() })()
            """)
    }

    /// Clicks the middle of the first element matching `selector` with the mouse
    /// (`Input.dispatchMouseEvent`), after scrolling it into view.
    func mouseClick(_ selector: String) async throws {
        let point = try await evaluate(
            """
            (() => { const e = document.querySelector(\(Self.literal(selector)));
              if (!e) throw new Error('no element ' + \(Self.literal(selector)));
              e.scrollIntoView({block: 'center', inline: 'center'}); const r = e.getBoundingClientRect();
              return {x: r.left + r.width / 2, y: r.top + r.height / 2} })()
            """)
        try await mouseClick(x: point["x"].number ?? 0, y: point["y"].number ?? 0)
    }

    /// Presses and releases the left mouse button at a point of the viewport, in CSS pixels.
    func mouseClick(x: Double, y: Double) async throws {
        try await send("Input.dispatchMouseEvent", ["type": "mouseMoved", "x": .number(x), "y": .number(y)])
        for type in ["mousePressed", "mouseReleased"] {
            try await send(
                "Input.dispatchMouseEvent",
                ["type": .string(type), "x": .number(x), "y": .number(y), "button": "left", "clickCount": 1])
        }
    }

    /// Presses and releases a key (`Input.dispatchKeyEvent`), as a keyboard would.
    func press(_ key: Key, shift: Bool = false) async throws {
        var event: [String: BrowserJSON] = [
            "key": .string(key.key), "code": .string(key.code), "windowsVirtualKeyCode": .number(Double(key.keyCode)),
            "modifiers": shift ? 8 : 0,
        ]
        event["type"] = key.text.isEmpty ? "rawKeyDown" : "keyDown"
        if !key.text.isEmpty { event["text"] = .string(key.text) }
        try await send("Input.dispatchKeyEvent", .object(event))
        event["type"] = "keyUp"
        event["text"] = nil
        try await send("Input.dispatchKeyEvent", .object(event))
    }

    /// A key of the keyboard, with the values `Input.dispatchKeyEvent` needs.
    struct Key: Sendable {
        var key: String
        var code: String
        var keyCode: Int
        var text: String

        static let tab = Key(key: "Tab", code: "Tab", keyCode: 9, text: "")
        static let enter = Key(key: "Enter", code: "Enter", keyCode: 13, text: "\r")
        static let space = Key(key: " ", code: "Space", keyCode: 32, text: " ")
        static let escape = Key(key: "Escape", code: "Escape", keyCode: 27, text: "")
        static let arrowDown = Key(key: "ArrowDown", code: "ArrowDown", keyCode: 40, text: "")
        static let arrowUp = Key(key: "ArrowUp", code: "ArrowUp", keyCode: 38, text: "")
    }

    /// Gives the first `<input type="file">` matching `selector` these files, as a user picking
    /// them would (its `input` and `change` events fire).
    func setInputFiles(_ selector: String, paths: [String]) async throws {
        let found = try await send(
            "Runtime.evaluate", ["expression": .string("document.querySelector(\(Self.literal(selector)))")])
        guard let object = found["result"]["objectId"].string else {
            throw BrowserError.page("no element matches \(selector)")
        }
        try await send(
            "DOM.setFileInputFiles", ["objectId": .string(object), "files": .array(paths.map { .string($0) })])
    }

    /// Runs `action` (which should make the page download a file) and returns the file once the
    /// download completes; throws when none starts or it fails within `timeout`.
    func download(timeout: Duration = .seconds(20), during action: () async throws -> Void) async throws -> Download {
        let target = target
        let started = connection.expect("a download to start") {
            $0.method == "Browser.downloadWillBegin" && $0.params["frameId"].string == target
        }
        defer { started.finish() }
        let progress = connection.expect("a download to finish") {
            $0.method == "Browser.downloadProgress" && $0.params["state"] != "inProgress"
        }
        defer { progress.finish() }
        try await action()
        let begin = try await started.next(timeout: timeout)
        let guid = begin.params["guid"].string
        let end = try await progress.next(where: { $0.params["guid"].string == guid }, timeout: timeout)
        guard end.params["state"] == "completed", let guid else {
            throw BrowserError.page("the download of \(begin.params["url"].text) was \(end.params["state"].text)")
        }
        let path = end.params["filePath"].string ?? downloads + "/" + guid
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BrowserError.page("the downloaded file \(path) cannot be read")
        }
        return Download(suggestedFilename: begin.params["suggestedFilename"].string ?? "", data: data)
    }

    // MARK: Dialogs

    /// How `alert`, `confirm` and `prompt` dialogs are answered from now on: accepted (the
    /// default) or dismissed.
    func answerDialogs(accept: Bool) {
        state.withLock { $0.acceptsDialogs = accept }
    }

    /// The messages of the dialogs the page opened, in order.
    var dialogs: [String] { state.withLock { $0.dialogs } }

    // MARK: Problems

    /// Everything that went wrong in the page since it was opened (or `clearProblems()`).
    var problems: [Problem] { state.withLock { $0.problems } }

    /// The Content-Security-Policy violations among `problems`.
    var cspViolations: [Problem] { problems.filter { $0.kind == .cspViolation } }

    /// Forgets the problems reported so far.
    func clearProblems() {
        state.withLock { $0.problems.removeAll() }
    }

    private func handle(_ event: DevToolsConnection.Event) {
        guard event.sessionID == session else { return }
        let params = event.params
        switch event.method {
        case "Runtime.exceptionThrown":
            let details = params["exceptionDetails"]
            let text = details["exception"]["description"].string ?? details["text"].string ?? details.text
            record(.exception, "\(text) (\(details["url"].string ?? "?"):\((details["lineNumber"].int ?? -1) + 1))")
        case "Runtime.consoleAPICalled" where ["error", "assert"].contains(params["type"].string):
            let words = (params["args"].array ?? []).map { $0["value"].string ?? $0["description"].string ?? $0.text }
            record(.consoleError, words.joined(separator: " "))
        case "Log.entryAdded" where params["entry"]["level"] == "error":
            let entry = params["entry"]
            let text = (entry["text"].string ?? "") + (entry["url"].string.map { " (\($0))" } ?? "")
            let isCSP = entry["source"] == "security" && text.contains("Content Security Policy")
            record(isCSP ? .cspViolation : .logError, text)
        case "Page.javascriptDialogOpening":
            let accept = state.withLock { state in
                state.dialogs.append(params["message"].string ?? "")
                return state.acceptsDialogs
            }
            let connection = connection
            let session = session
            Task {
                _ = try? await connection.send(
                    "Page.handleJavaScriptDialog", ["accept": .bool(accept)], session: session, timeout: .seconds(5))
            }
        default:
            break
        }
    }

    private func record(_ kind: Problem.Kind, _ text: String) {
        state.withLock { $0.problems.append(Problem(kind: kind, text: text)) }
    }

    /// `text` as a JavaScript string literal.
    static func literal(_ text: String) -> String {
        BrowserJSON.string(text).text
    }
}
