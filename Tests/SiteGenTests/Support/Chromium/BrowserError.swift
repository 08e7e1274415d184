/// Why a browser test could not do what it asked.
enum BrowserError: Error, CustomStringConvertible {
    /// Chromium could not be started, or did not answer in time.
    case launch(String)
    /// A DevTools command or an awaited event took longer than its bound.
    case timeout(String, Duration)
    /// The DevTools Protocol answered a command with an error.
    case protocolError(method: String, code: Int, message: String)
    /// The browser closed the pipe (it exited or crashed).
    case closed(String)
    /// A navigation failed (`Page.navigate`'s `errorText`).
    case navigation(url: String, error: String)
    /// JavaScript evaluated in the page threw.
    case javaScript(String)
    /// The page is not what the test expected (a missing element, a failed download).
    case page(String)

    var description: String {
        switch self {
        case .launch(let message): "Chromium could not start: \(message)"
        case .timeout(let what, let bound): "\(what) took longer than \(bound)"
        case .protocolError(let method, let code, let message): "\(method) failed: \(message) (\(code))"
        case .closed(let message): "the browser closed the DevTools pipe: \(message)"
        case .navigation(let url, let error): "cannot open \(url): \(error)"
        case .javaScript(let message): "JavaScript threw: \(message)"
        case .page(let message): message
        }
    }
}
