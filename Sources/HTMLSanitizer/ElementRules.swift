/// The parts of the HTML tree builder's rules (WHATWG HTML, "the in body insertion mode" and the
/// table modes) that a sanitizer keeping a stack of open elements needs to write the same tree a
/// browser builds: void elements, end tags left out on purpose (`<li>a<li>b`, `<td>a<td>b`)
/// and the scopes an end tag cannot reach past.
enum ElementRules {
    /// Elements with no content and no end tag.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source",
        "track", "wbr",
    ]

    /// What a start tag closes: the open elements it ends, searching down from the current one
    /// and stopping at the first of `stopsAt`.
    struct ImpliedEnd {
        var closes: Set<String>
        var stopsAt: Set<String>
    }

    /// The elements of the spec's "special" category that can be open here.
    private static let special: Set<String> = [
        "address", "applet", "article", "aside", "blockquote", "body", "button", "caption", "center", "colgroup",
        "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset",
        "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "html", "li", "listing", "main", "marquee",
        "menu", "nav", "object", "ol", "p", "pre", "search", "section", "select", "summary", "table", "tbody", "td",
        "textarea", "tfoot", "th", "thead", "title", "tr", "ul",
    ]

    /// What stops the search for an open `li`, `dd` or `dt`: special elements but address, div, p.
    private static let listItemStops = special.subtracting(["address", "div", "p"])

    /// The "button scope" boundaries that can be open here.
    private static let buttonScope: Set<String> = [
        "applet", "button", "caption", "html", "marquee", "object", "table", "td", "template", "th",
    ]

    /// Start tags that close an open `p` ("close a p element").
    private static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section",
        "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "table", "hr", "xmp", "li",
        "dd", "dt", "plaintext",
    ]

    /// The document's own elements, whose tags a fragment (parsed inside a body) ignores.
    static let documentElements: Set<String> = ["html", "head", "body"]

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// The elements a start tag `name` closes, in the order to apply them.
    static func impliedEnds(forStartTag name: String) -> [ImpliedEnd] {
        var ends: [ImpliedEnd] = []
        switch name {
        case "li":
            ends.append(ImpliedEnd(closes: ["li"], stopsAt: listItemStops))
        case "dd", "dt":
            ends.append(ImpliedEnd(closes: ["dd", "dt"], stopsAt: listItemStops))
        case "td", "th":
            ends.append(ImpliedEnd(closes: ["td", "th"], stopsAt: ["tr", "table", "tbody", "thead", "tfoot"]))
        case "tr":
            ends.append(ImpliedEnd(closes: ["tr", "td", "th"], stopsAt: ["table", "tbody", "thead", "tfoot"]))
        case "thead", "tbody", "tfoot":
            ends.append(
                ImpliedEnd(closes: ["thead", "tbody", "tfoot", "tr", "td", "th", "caption"], stopsAt: ["table"]))
        case "rt", "rp":
            ends.append(ImpliedEnd(closes: ["rt", "rp"], stopsAt: ["ruby"]))
        default:
            break
        }
        if closesParagraph.contains(name) {
            ends.append(ImpliedEnd(closes: ["p"], stopsAt: buttonScope))
        }
        return ends
    }

    /// The table-scope elements an end tag cannot reach past (the tag is ignored): cells,
    /// captions and tables, except for the table's own end tags; and lists for `</li>`.
    static func endTag(_ name: String, stopsAt element: String) -> Bool {
        switch element {
        case "table":
            return name != "table"
        case "td", "th", "caption":
            return !["table", "tbody", "thead", "tfoot", "tr"].contains(name)
        case "ul", "ol":
            return name == "li"
        default:
            return false
        }
    }

    /// HTML start tags that end SVG or MathML content when they appear in it (WHATWG HTML,
    /// "the rules for parsing tokens in foreign content").
    static let foreignContentBreakouts: Set<String> = [
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2",
        "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre",
        "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
    ]
}
