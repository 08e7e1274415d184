/// The result of checking a selector's elements for overlap.
struct OverlapReport: Sendable {
    /// How many rendered elements matched the selector (0 means the check checked nothing).
    var checked: Int
    /// Each overlapping pair, as "a [x y w h] overlaps b [x y w h]" (at most 20).
    var overlaps: [String]
}

extension BrowserPage {
    /// The elements that stick out of the viewport's right edge at the current viewport width,
    /// forcing a horizontal scroll: the page's own scroll width first, then each element whose
    /// right edge passes the viewport's width and that no ancestor clips or scrolls
    /// (`overflow-x` other than `visible`). Empty when the page fits. At most 20 lines.
    func horizontalOverflow() async throws -> [String] {
        let found = try await evaluate(
            """
            (() => {
              const root = document.documentElement, width = root.clientWidth, found = [];
              const name = \(Self.describeElement);
              if (root.scrollWidth > width) found.push(`the page is ${root.scrollWidth}px wide in a ${width}px viewport`);
              const clipped = e => {
                for (let a = e.parentElement; a && a !== document.body && a !== root; a = a.parentElement)
                  if (getComputedStyle(a).overflowX !== 'visible') return true;
                return false;
              };
              for (const e of document.body.querySelectorAll('*')) {
                const r = e.getBoundingClientRect();
                if (r.width === 0 && r.height === 0) continue;
                if (r.right + scrollX > width + 0.5 && !clipped(e)) found.push(`${name(e)} ends at ${Math.round(r.right + scrollX)}px`);
              }
              return found.slice(0, 20);
            })()
            """)
        return (found.array ?? []).compactMap(\.string)
    }

    /// The pairs of rendered elements matching `selector` whose bounding boxes overlap by more
    /// than `tolerance` CSS pixels both ways; an element and its own descendant are not a pair
    /// (a map node's `li` holds its subtopics). Meant for boxes (map nodes, cards, buttons): an
    /// inline element that wraps has a bounding box wider than its text.
    func overlaps(among selector: String, tolerance: Double = 0.5) async throws -> OverlapReport {
        let found = try await evaluate(
            """
            ((selector, tolerance) => {
              const name = \(Self.describeElement);
              const all = [...document.querySelectorAll(selector)]
                .map(e => [e, e.getBoundingClientRect()]).filter(([, r]) => r.width > 0 && r.height > 0);
              const box = r => `[${Math.round(r.left)} ${Math.round(r.top + scrollY)} ${Math.round(r.width)} ${Math.round(r.height)}]`;
              const overlaps = [];
              for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) {
                const [a, p] = all[i], [b, q] = all[j];
                if (a.contains(b) || b.contains(a)) continue;
                const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
                const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
                if (w > tolerance && h > tolerance) overlaps.push(`${name(a)} ${box(p)} overlaps ${name(b)} ${box(q)}`);
              }
              return {checked: all.length, overlaps: overlaps.slice(0, 20)};
            })(\(Self.literal(selector)), \(tolerance))
            """)
        return OverlapReport(
            checked: found["checked"].int ?? 0, overlaps: (found["overlaps"].array ?? []).compactMap(\.string))
    }

    /// A JavaScript function naming an element as `tag#id.class "text"`, for messages.
    static let describeElement = """
        e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('')
          + (e.textContent.trim() ? ' "' + e.textContent.trim().replace(/\\s+/g, ' ').slice(0, 30) + '"' : '')
        """
}
