import Foundation
import Testing

@testable import SiteGen

/// Pages laid out by headless Chromium (Debian's `chromium`), for the tests that check the
/// theme in a real browser: a probe script added to the page writes its findings as JSON into
/// a `<pre>`, and Chromium prints the page's DOM once it is done.
enum ChromiumProbe {
    /// JavaScript for probes: `ratio(a, b)`, the WCAG 2.1 contrast of two computed colors
    /// (`rgb(…)`); `behind(element)`, the first opaque background at or above an element; and
    /// `report(id, value)`, which writes `value` as JSON into a new `<pre id="id">`.
    static let functions = """
          const rgb = (text) => text.match(/[\\d.]+/g).map(Number);
          const luminance = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
            .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
          const ratio = (a, b) => { const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
          const behind = (element) => {
            for (let node = element; node; node = node.parentElement) {
              const color = getComputedStyle(node).backgroundColor;
              if (!/rgba\\(.*, 0\\)$/.test(color) && color !== "transparent") return color;
            }
            return "rgb(255, 255, 255)";
          };
          const report = (id, value) => {
            const result = document.createElement("pre");
            result.id = id;
            result.textContent = JSON.stringify(value);
            document.body.append(result);
          };
        """

    /// Runs headless Chromium with `arguments` (such as `--dump-dom`) on `url`; returns what it
    /// printed. `dark` asks for the dark color scheme.
    static func run(_ arguments: [String], url: String, dark: Bool = false) throws -> String {
        let browser = Process()
        browser.executableURL = URL(fileURLWithPath: try #require(BrowserReloadTests.chromium))
        browser.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
                "--user-data-dir=\(TestFiles.temporaryDirectory())", "--virtual-time-budget=5000",
            ] + (dark ? ["--force-dark-mode", "--blink-settings=preferredColorScheme=0"] : []) + arguments + [url]
        let output = Pipe()
        browser.standardOutput = output
        browser.standardError = FileHandle.nullDevice
        try browser.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        browser.waitUntilExit()
        return text
    }

    /// Lays out the page at `url` at `width` CSS pixels and decodes what its probe wrote into
    /// `<pre id="id">`.
    static func result<Result: Decodable>(
        _: Result.Type, url: String, width: Int, dark: Bool = false, id: String
    ) throws -> Result {
        let dom = try run(["--window-size=\(width),2000", "--dump-dom"], url: url, dark: dark)
        guard let match = dom.firstMatch(of: try Regex("<pre id=\"\(id)\">([^<]*)</pre>")),
            let text = match.output[1].substring
        else {
            throw BuildFailure(Diagnostics([.error("the probe did not run", at: SourceLocation(file: url))]))
        }
        let json = text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        return try JSONDecoder().decode(Result.self, from: Data(json.utf8))
    }
}
