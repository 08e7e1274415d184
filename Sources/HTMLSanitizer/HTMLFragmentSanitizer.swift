/// Sanitizes HTML written by an author: tokenizes it as a browser does, keeps the elements and
/// attributes a policy allows, drops the rest (with their content for `script`, `style` and
/// the like), and writes the result again from the tokens, so that what comes out is
/// well-formed HTML whose every character of text is escaped.
///
/// One sanitizer holds the state of one scope of a document (a paragraph, a section...)
/// across several fragments: `<sup>` in one raw HTML fragment and `</sup>` in the next, or a
/// `<style>` whose text runs on into the next fragment. Elements still open when the scope
/// ends are closed by `finish()`; an end tag with no open element in the scope is dropped.
///
/// With the `.text` output it gives the text a reader sees instead: no tags, text unescaped,
/// and a space for each dropped element of `policy.whitespaceElements`.
package struct HTMLFragmentSanitizer {
    /// What the sanitizer writes.
    package enum Output: Sendable {
        /// HTML: kept elements and escaped text.
        case html
        /// Plain text.
        case text
    }

    /// An element whose content is being dropped, up to its end tag.
    private struct Removal {
        enum Kind { case text, foreign, element }
        var name: String
        var kind: Kind
        /// Open elements of the same name inside it (`<svg><svg></svg>`).
        var depth = 1
    }

    package let policy: HTMLSanitizerPolicy
    package let output: Output
    /// The kept elements open in this scope, outermost first.
    private var open: [String] = []
    private var removal: Removal?
    /// The tokenizer's text mode at the end of the last fragment.
    private var textMode = HTMLTextMode.data
    var written: [UInt8] = []
    /// Tokens read in this fragment.
    var tokenCount = 0
    /// The token count at the last dropped whitespace element's start tag: the space after it
    /// is written only if it had content (tokens came in between), as `sanitize` does.
    var spaceBeforeDroppedElement: Int?

    package init(policy: HTMLSanitizerPolicy, output: Output = .html) {
        self.policy = policy
        self.output = output
    }

    /// Whether the content after the last fragment is inside a dropped element (`<script>`
    /// whose end tag is yet to come): what comes before the next fragment is to be dropped.
    package var isRemovingContent: Bool { removal != nil }

    /// Whether kept elements are open in this scope.
    package var hasOpenElements: Bool { !open.isEmpty }

    /// Sanitizes the next fragment of the scope.
    package mutating func sanitize(_ fragment: String) -> SanitizedFragment {
        var tokenizer = HTMLTokenizer(fragment, mode: textMode)
        var droppedTags: [DroppedTag] = []
        written.removeAll(keepingCapacity: true)
        tokenCount = 0
        spaceBeforeDroppedElement = nil
        while true {
            tokenizer.allowsCDATA = removal?.kind == .foreign
            guard let token = tokenizer.next() else { break }
            if let mode = process(token, droppedTags: &droppedTags) { tokenizer.mode = mode }
        }
        textMode = tokenizer.mode
        return SanitizedFragment(output: String(decoding: written, as: UTF8.self), droppedTags: droppedTags)
    }

    /// Ends the scope: the end tags of the elements still open, innermost first. The sanitizer
    /// is then ready for a new scope.
    package mutating func finish() -> String {
        written.removeAll(keepingCapacity: true)
        closeElements(downTo: 0)
        removal = nil
        textMode = .data
        return String(decoding: written, as: UTF8.self)
    }

    /// Closes what a start tag of `name` would close implicitly (an open `p` for a paragraph
    /// that Markdown writes into the scope); returns the end tags.
    package mutating func closeElements(implicitlyClosedBy name: String) -> String {
        written.removeAll(keepingCapacity: true)
        closeImpliedElements(by: name)
        return String(decoding: written, as: UTF8.self)
    }

    /// Sanitizes a whole fragment in a scope of its own.
    package static func sanitize(_ html: String, policy: HTMLSanitizerPolicy, output: Output = .html) -> String {
        var sanitizer = HTMLFragmentSanitizer(policy: policy, output: output)
        return sanitizer.sanitize(html).output + sanitizer.finish()
    }

    // MARK: Tokens

    /// Handles one token; returns the text mode the tokenizer is to switch to, if it changes.
    private mutating func process(_ token: HTMLToken, droppedTags: inout [DroppedTag]) -> HTMLTextMode? {
        tokenCount += 1
        switch token {
        case .text(let text):
            if removal == nil { writeText(text) }
        case .comment:
            break
        case .startTag(let tag):
            return start(tag, droppedTags: &droppedTags)
        case .endTag(let name, _):
            end(name)
        }
        return nil
    }

    private mutating func start(_ tag: HTMLStartTag, droppedTags: inout [DroppedTag]) -> HTMLTextMode? {
        let name = tag.name
        if var current = removal {
            switch current.kind {
            case .foreign where isForeignContentBreakout(tag):
                // The browser leaves the SVG or MathML element here; so does the sanitizer.
                removal = nil
            case .foreign, .element:
                if name == current.name, !tag.isSelfClosing || current.kind == .element,
                    !ElementRules.voidElements.contains(name)
                {
                    current.depth += 1
                    removal = current
                }
                return nil
            case .text:
                return nil
            }
        }
        // A fragment is parsed in a body: these tags start no element there.
        if ElementRules.documentElements.contains(name) { return nil }
        if output == .html, policy.keeps(name) {
            closeImpliedElements(by: name)
            writeStartTag(tag)
            guard !ElementRules.voidElements.contains(name) else { return nil }
            open.append(name)
            return name == "title" || name == "textarea" ? .rcdata(name) : nil
        }
        let removesContent = policy.removesContent(of: name)
        droppedTags.append(DroppedTag(name: name, offset: tag.offset, removesContent: removesContent))
        writeSpaceBefore(droppedElement: name)
        switch name {
        case "script":
            removal = Removal(name: name, kind: .text)
            return .scriptData
        case "style", "xmp", "iframe", "noembed", "noframes", "noscript":
            removal = removesContent ? Removal(name: name, kind: .text) : nil
            return .rawtext(name)
        case "title", "textarea":
            removal = removesContent ? Removal(name: name, kind: .text) : nil
            return .rcdata(name)
        case "plaintext":
            removal = Removal(name: name, kind: .text)
            return .plaintext
        case "svg", "math":
            // `<svg/>` is an empty element in foreign content.
            if !tag.isSelfClosing { removal = Removal(name: name, kind: .foreign) }
        default:
            if removesContent, !ElementRules.voidElements.contains(name) {
                removal = Removal(name: name, kind: .element)
            }
        }
        return nil
    }

    private mutating func end(_ name: String) {
        if var current = removal {
            guard name == current.name else { return }
            current.depth -= 1
            removal = current.depth > 0 && current.kind != .text ? current : nil
            if removal == nil { writeSpaceAfter(droppedElement: name) }
            return
        }
        if ElementRules.documentElements.contains(name) { return }
        if output == .html, policy.keeps(name) {
            if let index = openIndex(forEndTag: name) {
                closeElements(downTo: index)
            } else if name == "br" {
                // `</br>` is read as `<br>`.
                writeStartTag(HTMLStartTag(name: "br", offset: 0))
            }
            return
        }
        writeSpaceAfter(droppedElement: name)
    }

    private func isForeignContentBreakout(_ tag: HTMLStartTag) -> Bool {
        if ElementRules.foreignContentBreakouts.contains(tag.name) { return true }
        return tag.name == "font" && tag.attributes.contains { ["color", "face", "size"].contains($0.name) }
    }

    // MARK: Open elements

    /// Closes what a start tag closes implicitly (`<li>` an open `li`, `<div>` an open `p`).
    private mutating func closeImpliedElements(by name: String) {
        if ElementRules.headings.contains(name), let current = open.last, ElementRules.headings.contains(current) {
            closeElements(downTo: open.count - 1)
        }
        for rule in ElementRules.impliedEnds(forStartTag: name) {
            var target: Int?
            for index in open.indices.reversed() {
                if rule.closes.contains(open[index]) {
                    target = index
                } else if rule.stopsAt.contains(open[index]) {
                    break
                }
            }
            if let target { closeElements(downTo: target) }
        }
    }

    /// Where the open element an end tag closes is, if the tag can reach it.
    private func openIndex(forEndTag name: String) -> Int? {
        for index in open.indices.reversed() {
            if open[index] == name { return index }
            if ElementRules.endTag(name, stopsAt: open[index]) { return nil }
        }
        return nil
    }

    /// Writes the end tags of the open elements from the innermost down to `index`.
    private mutating func closeElements(downTo index: Int) {
        while open.count > index, let name = open.popLast() {
            written.append(contentsOf: Array("</\(name)>".utf8))
        }
    }
}

/// What sanitizing a fragment gives.
package struct SanitizedFragment: Equatable, Sendable {
    /// The sanitized HTML, or plain text.
    package var output: String
    /// The start tags dropped, in order.
    package var droppedTags: [DroppedTag]
}

/// A start tag the sanitizer dropped.
package struct DroppedTag: Equatable, Sendable {
    /// The element's name, lowercase.
    package var name: String
    /// The UTF-8 offset of its `<` in the fragment.
    package var offset: Int
    /// Whether its content was dropped too.
    package var removesContent: Bool
}
