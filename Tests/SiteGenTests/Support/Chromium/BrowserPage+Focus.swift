/// The focused element and its focus indicator, as computed by the browser.
struct FocusIndicator: Sendable {
    /// The element, as `tag#id.class "text"`; "body" when nothing is focused.
    var element: String
    /// Whether the element matches `:focus-visible` (the browser shows a keyboard focus ring).
    var isFocusVisible: Bool
    /// The computed `outline-style` and `outline-width` (CSS pixels).
    var outlineStyle: String
    var outlineWidth: Double
    /// The WCAG 2 contrast ratio (1 to 21) of the outline's colour against the background
    /// behind it: the first ancestor's opaque `background-color` (white when none is).
    /// WCAG 2.2 SC 1.4.11 (non-text contrast) asks for at least 3:1 against adjacent colours.
    var contrast: Double
}

extension BrowserPage {
    /// The focused element and how its focus is drawn.
    func focusIndicator() async throws -> FocusIndicator {
        let found = try await evaluate(
            """
            (() => {
              const name = \(Self.describeElement);
              const e = document.activeElement || document.body, style = getComputedStyle(e);
              const rgba = text => { const m = text.match(/rgba?\\(([^)]*)\\)/); if (!m) return [0, 0, 0, 0];
                const v = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number); return [v[0], v[1], v[2], v.length > 3 ? v[3] : 1]; };
              let background = [255, 255, 255, 1];
              for (let a = e.parentElement; a; a = a.parentElement) {
                const c = rgba(getComputedStyle(a).backgroundColor); if (c[3] >= 1) { background = c; break; }
              }
              const o = rgba(style.outlineColor);
              const color = o.slice(0, 3).map((v, i) => v * o[3] + background[i] * (1 - o[3]));
              const luminance = c => c.map(v => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
                .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
              const [l1, l2] = [luminance(color), luminance(background.slice(0, 3))].sort((x, y) => y - x);
              return {element: name(e), visible: e.matches(':focus-visible'), style: style.outlineStyle,
                      width: parseFloat(style.outlineWidth) || 0, contrast: (l1 + 0.05) / (l2 + 0.05)};
            })()
            """)
        return FocusIndicator(
            element: found["element"].string ?? "", isFocusVisible: found["visible"].bool ?? false,
            outlineStyle: found["style"].string ?? "", outlineWidth: found["width"].number ?? 0,
            contrast: found["contrast"].number ?? 0)
    }

    /// Presses Tab until the focused element matches `selector` (at most `limit` times);
    /// returns whether it got there.
    func tab(to selector: String, limit: Int = 40) async throws -> Bool {
        for _ in 0..<limit {
            try await press(.tab)
            if try await evaluate("document.activeElement.matches(\(Self.literal(selector)))").bool == true {
                return true
            }
        }
        return false
    }
}
