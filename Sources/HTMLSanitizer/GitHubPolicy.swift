extension HTMLSanitizerPolicy {
    /// GitHub's allow-list for Markdown: html-pipeline 3's `SanitizationFilter::DEFAULT_CONFIG`
    /// (gjtorikian/html-pipeline, lib/html_pipeline/sanitization_filter.rb), the configuration
    /// extracted from GitHub's own pipeline.
    ///
    /// Two additions, both what GitHub shows: `srcset` on `<source>` (a `<picture>`'s dark-mode
    /// image) is checked as a list of http(s) or relative URLs, and the elements GitHub's
    /// tag filter removes whole (`textarea`, `title`, besides `alwaysRemoved`) lose their content.
    package static let gitHub = HTMLSanitizerPolicy(
        elements: [
            "h1", "h2", "h3", "h4", "h5", "h6", "br", "b", "i", "strong", "em", "a", "pre", "code", "img", "tt", "div",
            "ins", "del", "sup", "sub", "p", "picture", "ol", "ul", "table", "thead", "tbody", "tfoot", "blockquote",
            "dl", "dt", "dd", "kbd", "q", "samp", "var", "hr", "ruby", "rt", "rp", "li", "tr", "td", "th", "s",
            "strike", "summary", "details", "caption", "figure", "figcaption", "abbr", "bdo", "cite", "dfn", "mark",
            "small", "source", "span", "time", "wbr",
        ],
        globalAttributes: [
            "abbr", "accept", "accept-charset", "accesskey", "action", "align", "alt", "aria-describedby",
            "aria-hidden", "aria-label", "aria-labelledby", "axis", "border", "char", "charoff", "charset", "checked",
            "clear", "cols", "colspan", "compact", "coords", "datetime", "dir", "disabled", "enctype", "for", "frame",
            "headers", "height", "hreflang", "hspace", "id", "ismap", "label", "lang", "maxlength", "media", "method",
            "multiple", "name", "nohref", "noshade", "nowrap", "open", "progress", "prompt", "readonly", "rel", "rev",
            "role", "rows", "rowspan", "rules", "scope", "selected", "shape", "size", "span", "start", "summary",
            "tabindex", "title", "type", "usemap", "valign", "value", "width", "itemprop",
        ],
        attributes: [
            "a": ["href"], "img": ["src", "longdesc", "loading", "alt"], "div": ["itemscope", "itemtype"],
            "blockquote": ["cite"], "del": ["cite"], "ins": ["cite"], "q": ["cite"], "source": ["srcset"],
        ],
        urlRules: [
            "a": ["href": URLRule(schemes: ["http", "https", "mailto"], allowsRelative: true)],
            "blockquote": ["cite": .web], "del": ["cite": .web], "ins": ["cite": .web], "q": ["cite": .web],
            "img": ["src": .web, "longdesc": .web],
            "source": ["srcset": URLRule(schemes: ["http", "https"], allowsRelative: true, isCandidateList: true)],
        ],
        contentRemovingElements: ["textarea", "title"]
    )

    /// No element kept: the text a reader sees, with a space where a dropped block or line
    /// break separated words (`merge sort<br>quick sort` reads "merge sort quick sort",
    /// `n<sup>2</sup>` reads "n2"). Table cells, `details` and `summary` separate words too.
    package static let plainText = HTMLSanitizerPolicy(
        contentRemovingElements: ["textarea", "title"],
        whitespaceElements: sanitizeWhitespaceElements.union([
            "details", "summary", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "figure",
            "figcaption",
        ])
    )
}

extension URLRule {
    /// http, https and relative URLs.
    static let web = URLRule(schemes: ["http", "https"], allowsRelative: true)
}
