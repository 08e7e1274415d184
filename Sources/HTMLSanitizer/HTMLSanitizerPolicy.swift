/// What an `HTMLFragmentSanitizer` keeps: the allow-list of elements and attributes, the URL
/// schemes each URL attribute may use, and what becomes of the elements it drops. Modelled on
/// the configuration of the `sanitize` gem and of html-pipeline's `SanitizationFilter`.
///
/// Names are lowercase. Whatever a policy says, the elements in `alwaysRemoved` are never kept
/// and their content is dropped with them.
package struct HTMLSanitizerPolicy: Sendable {
    /// The elements kept.
    package var elements: Set<String>
    /// The attributes kept on every kept element.
    package var globalAttributes: Set<String>
    /// The attributes kept on one element, besides the global ones.
    package var attributes: [String: Set<String>]
    /// For an element's URL attribute, the URLs it may hold; a value the rule refuses drops the
    /// attribute.
    package var urlRules: [String: [String: URLRule]]
    /// Attributes set on every kept element of a name, replacing any value written (`rel`).
    package var addedAttributes: [String: [String: String]]
    /// Dropped elements whose content is dropped too (besides `alwaysRemoved`).
    package var contentRemovingElements: Set<String>
    /// Whether every dropped element's content is dropped too.
    package var removesAllContents: Bool
    /// Dropped elements that leave a space before and after their content (`foo<div>bar</div>`
    /// reads "foo bar").
    package var whitespaceElements: Set<String>

    package init(
        elements: Set<String> = [], globalAttributes: Set<String> = [], attributes: [String: Set<String>] = [:],
        urlRules: [String: [String: URLRule]] = [:], addedAttributes: [String: [String: String]] = [:],
        contentRemovingElements: Set<String> = [], removesAllContents: Bool = false,
        whitespaceElements: Set<String> = Self.sanitizeWhitespaceElements
    ) {
        self.elements = elements
        self.globalAttributes = globalAttributes
        self.attributes = attributes
        self.urlRules = urlRules
        self.addedAttributes = addedAttributes
        self.contentRemovingElements = contentRemovingElements
        self.removesAllContents = removesAllContents
        self.whitespaceElements = whitespaceElements
    }

    /// Elements never kept, whose content is always dropped: those whose content the HTML parser
    /// reads as raw text or script (`script`, `style`, ...), `plaintext`, foreign content (`svg`,
    /// `math`) and `template`. Keeping any of them would let text through unescaped.
    package static let alwaysRemoved: Set<String> = [
        "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext", "svg", "math", "template",
    ]

    /// The `sanitize` gem's default `whitespace_elements`.
    package static let sanitizeWhitespaceElements: Set<String> = [
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "footer", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hgroup", "hr", "li", "nav", "ol", "p", "pre", "section", "ul",
    ]

    /// Whether an element is kept.
    func keeps(_ name: String) -> Bool {
        elements.contains(name) && !Self.alwaysRemoved.contains(name)
    }

    /// Whether a dropped element's content is dropped with it.
    func removesContent(of name: String) -> Bool {
        removesAllContents || contentRemovingElements.contains(name) || Self.alwaysRemoved.contains(name)
    }

    /// Whether an attribute is kept on a kept element.
    func keeps(attribute: String, on element: String) -> Bool {
        globalAttributes.contains(attribute) || attributes[element]?.contains(attribute) == true
    }
}

/// The URLs a URL attribute may hold: those whose scheme is one of `schemes` and, when
/// `allowsRelative`, those with no scheme.
///
/// A value has a scheme when a `:` (or `&#58;`, `&#x3a;`, which old browsers read as one) comes
/// before any `/` or `#`, after leading whitespace: everything before it is the scheme, so
/// `java\tscript:` and `javascript :` are schemes no list holds (the `sanitize` gem's rule).
package struct URLRule: Sendable, Equatable {
    /// Allowed schemes, lowercase, without the `:`.
    package var schemes: Set<String>
    /// Whether URLs without a scheme are allowed.
    package var allowsRelative: Bool
    /// Whether the value is a `srcset` list (`a.png 1x, b.png 2x`), each URL checked.
    package var isCandidateList: Bool

    package init(schemes: Set<String>, allowsRelative: Bool, isCandidateList: Bool = false) {
        self.schemes = schemes
        self.allowsRelative = allowsRelative
        self.isCandidateList = isCandidateList
    }

    /// Whether the attribute may keep `value` (already trimmed of surrounding whitespace).
    func allows(_ value: [UInt8]) -> Bool {
        guard isCandidateList else { return allowsURL(value[...]) }
        for candidate in value.split(separator: UInt8(ascii: ",")) {
            let url = candidate.drop(while: HTMLTokenizer.isWhitespace).prefix(while: {
                !HTMLTokenizer.isWhitespace($0)
            })
            if !url.isEmpty, !allowsURL(url) { return false }
        }
        return true
    }

    private func allowsURL(_ url: ArraySlice<UInt8>) -> Bool {
        guard let scheme = Self.scheme(of: url) else { return allowsRelative }
        return schemes.contains(scheme)
    }

    /// The lowercased scheme of `url`, or nil if it has none.
    static func scheme(of url: ArraySlice<UInt8>) -> String? {
        let start = url.firstIndex(where: { !isRubyWhitespace($0) }) ?? url.endIndex
        var index = start
        while index < url.endIndex {
            let byte = url[index]
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "#") { return nil }
            if byte == UInt8(ascii: ":") || (byte == UInt8(ascii: "&") && isEncodedColon(url[index...])) {
                return String(decoding: url[start..<index], as: UTF8.self).lowercased()
            }
            index += 1
        }
        return nil
    }

    /// Whether `text` starts with `&#0*58` or `&#x0*3a` (any case).
    private static func isEncodedColon(_ text: ArraySlice<UInt8>) -> Bool {
        var rest = text.dropFirst()
        guard rest.first == UInt8(ascii: "#") else { return false }
        rest = rest.dropFirst()
        let isHex = rest.first.map { $0 | 0x20 == UInt8(ascii: "x") } ?? false
        if isHex { rest = rest.dropFirst() }
        rest = rest.drop(while: { $0 == UInt8(ascii: "0") })
        let digits = isHex ? [UInt8(ascii: "3"), UInt8(ascii: "a")] : [UInt8(ascii: "5"), UInt8(ascii: "8")]
        return rest.count >= 2 && rest.prefix(2).map({ $0 | 0x20 }) == digits.map({ $0 | 0x20 })
    }

    /// Ruby's `\s`: space, tab, LF, VT, FF, CR.
    private static func isRubyWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
