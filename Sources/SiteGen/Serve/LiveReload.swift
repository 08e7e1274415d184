/// The script the preview adds to every HTML page it serves (never to a build's pages): it
/// listens to the server's event stream and reloads the page when the site's version is no
/// longer the one the page was served with, that is after every rebuild, failed or not.
enum LiveReload {
    /// The path of the event stream, outside any site path (a slug cannot start with `_`).
    static let eventsPath = "/__sitegen/events"
    /// The name of the events that carry the site's version.
    static let eventName = "rebuild"

    /// The `<script>` element for a page served at `version` (letters, digits and dashes only).
    static func script(version: String) -> String {
        """
        <script id="sitegen-live-reload">
        (() => {
          const version = "\(version)";
          const events = new EventSource("\(eventsPath)");
          events.addEventListener("\(eventName)", (event) => {
            if (event.data !== version) {
              events.close();
              location.reload();
            }
          });
        })();
        </script>

        """
    }

    /// `page` with the overlay (when there are `problems`) and the script inserted before its
    /// last `</body>`, or at its end when it has none.
    static func inject(into page: [UInt8], version: String, problems: [String]) -> [UInt8] {
        var snippet = problems.isEmpty ? [] : ErrorOverlay.html(problems)
        snippet += Array(script(version: version).utf8)
        var result = page
        result.insert(contentsOf: snippet, at: bodyEnd(in: page) ?? page.endIndex)
        return result
    }

    /// Where the last `</body` (any case) starts.
    static func bodyEnd(in page: [UInt8]) -> Int? {
        let tag = Array("</body".utf8)
        guard page.count >= tag.count else { return nil }
        for start in stride(from: page.count - tag.count, through: 0, by: -1) {
            var matches = true
            for offset in 0..<tag.count where page[start + offset] | 0x20 != tag[offset] | 0x20 {
                matches = false
                break
            }
            if matches { return start }
        }
        return nil
    }
}
