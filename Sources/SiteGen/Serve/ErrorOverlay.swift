import Escaping

/// The panel the preview lays over the last good page while the site does not build: the
/// problems in compiler form (`path:line:column: error: message`), escaped, as the terminal
/// shows them. It goes away with the next rebuild that succeeds.
enum ErrorOverlay {
    /// The overlay's HTML for the given lines (each may hold a hint on a second line).
    static func html(_ problems: [String]) -> [UInt8] {
        var html = Array(
            """
            <div id="sitegen-overlay" role="alert" style="position:fixed;inset:0;z-index:2147483647;\
            overflow:auto;margin:0;padding:2rem;background:rgba(24,24,27,.94);color:#fafafa;\
            font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;text-align:left">
            <p style="margin:0 0 1rem;font-weight:bold;color:#fca5a5">sitegen: the site does not build. \
            This is the last good page; it reloads when the files are fixed.</p>
            <pre style="margin:0;white-space:pre-wrap;color:inherit;background:none;font:inherit">
            """.utf8)
        for problem in problems {
            Escape.appendHTML(problem, to: &html)
            html.append(UInt8(ascii: "\n"))
        }
        html += Array("</pre>\n</div>\n".utf8)
        return html
    }
}
