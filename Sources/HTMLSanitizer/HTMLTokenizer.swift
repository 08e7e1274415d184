/// How the tokenizer reads text, which the consumer switches after a start tag as the HTML tree
/// builder does (WHATWG HTML, "parsing HTML fragments" and the "in body" rules).
enum HTMLTextMode: Equatable {
    /// Tags, comments, character references: the data state.
    case data
    /// Text with character references, up to `</name` (title, textarea).
    case rcdata(String)
    /// Raw text, up to `</name` (style, xmp, iframe, noembed, noframes, noscript).
    case rawtext(String)
    /// A script's text, up to the `</script` that ends it (the script data states).
    case scriptData
    /// Everything to the end is text (plaintext).
    case plaintext
}

/// The WHATWG HTML tokenizer, for a fragment: the data, tag, attribute, comment, bogus comment,
/// markup declaration, character reference, RCDATA, RAWTEXT, script data and PLAINTEXT
/// states. Input is preprocessed as sanitize does it: CR and CRLF become LF, and control
/// characters other than ASCII whitespace are dropped from text and attribute values.
///
/// A tag the input ends inside (`<a href="x`) is dropped, as the spec's end-of-file rules say.
struct HTMLTokenizer {
    let bytes: [UInt8]
    private var position = 0
    /// The current text mode; the consumer sets it after a start tag that changes it.
    var mode: HTMLTextMode
    /// Whether `<![CDATA[` starts a CDATA section (in SVG or MathML content) rather than a bogus
    /// comment.
    var allowsCDATA = false
    /// A token already read past text that had to be returned first, and where it ends.
    private var pending: (token: HTMLToken?, next: Int)?

    init(_ fragment: String, mode: HTMLTextMode = .data) {
        self.bytes = Array(fragment.utf8)
        self.mode = mode
    }

    /// The next token, or nil at the end of the fragment.
    mutating func next() -> HTMLToken? {
        while position < bytes.count {
            if let (token, next) = pending {
                pending = nil
                position = next
                if let token { return token }
                continue
            }
            switch mode {
            case .data:
                if let token = dataToken() { return token }
            case .plaintext:
                let text = appendingText(from: position, to: bytes.count, decoding: false)
                position = bytes.count
                if !text.isEmpty { return .text(text) }
            case .rcdata(let name), .rawtext(let name):
                let end = appropriateEndTag(name, from: position) ?? bytes.count
                let decoding = mode == .rcdata(name)
                let text = appendingText(from: position, to: end, decoding: decoding)
                position = end
                if end < bytes.count { mode = .data }
                if !text.isEmpty { return .text(text) }
            case .scriptData:
                let end = scriptDataEnd(from: position)
                let text = appendingText(from: position, to: end, decoding: false)
                position = end
                if end < bytes.count { mode = .data }
                if !text.isEmpty { return .text(text) }
            }
        }
        return nil
    }

    // MARK: Data state

    /// Text up to the next markup, or the markup itself.
    private mutating func dataToken() -> HTMLToken? {
        var text: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "<"), let markup = markup(at: position) {
                if !text.isEmpty {
                    pending = markup
                    return .text(text)
                }
                position = markup.next
                if let token = markup.token { return token }
                continue
            }
            if byte == UInt8(ascii: "&"),
                let reference = CharacterReference.decode(
                    bytes, ampersand: position, end: bytes.count, inAttribute: false)
            {
                text.append(contentsOf: reference.value)
                position = reference.next
                continue
            }
            position += appendCharacter(at: position, to: &text, keepsNUL: false)
        }
        return text.isEmpty ? nil : .text(text)
    }

    /// The markup starting at the `<` at `start` and the index after it; nil when the `<` is a
    /// literal character. A nil token is markup that emits nothing (`</>`, a tag the input ends in).
    private func markup(at start: Int) -> (token: HTMLToken?, next: Int)? {
        let afterLessThan = start + 1
        guard afterLessThan < bytes.count else { return nil }
        let byte = bytes[afterLessThan]
        if byte == UInt8(ascii: "!") { return markupDeclaration(at: start + 2) }
        if byte == UInt8(ascii: "?") { return (.comment, bogusCommentEnd(from: afterLessThan)) }
        if CharacterReference.isASCIIAlpha(byte) { return tag(at: start, nameStart: afterLessThan, isEnd: false) }
        guard byte == UInt8(ascii: "/") else { return nil }
        let afterSlash = start + 2
        // `</` at the end is text; `</>` is nothing; `</ x>` is a bogus comment.
        guard afterSlash < bytes.count else { return nil }
        if bytes[afterSlash] == UInt8(ascii: ">") { return (nil, afterSlash + 1) }
        if CharacterReference.isASCIIAlpha(bytes[afterSlash]) {
            return tag(at: start, nameStart: afterSlash, isEnd: true)
        }
        return (.comment, bogusCommentEnd(from: afterSlash))
    }

    /// `<!` at `start - 2`: a comment, a DOCTYPE, a CDATA section or a bogus comment.
    private func markupDeclaration(at start: Int) -> (token: HTMLToken?, next: Int) {
        if starts(with: "--", at: start) { return (.comment, commentEnd(from: start + 2)) }
        if starts(with: "[CDATA[", at: start, ignoringCase: false), allowsCDATA {
            let contentStart = start + 7
            var index = contentStart
            while index < bytes.count, !starts(with: "]]>", at: index) { index += 1 }
            let text = appendingText(from: contentStart, to: index, decoding: false)
            return (text.isEmpty ? nil : .text(text), min(index + 3, bytes.count))
        }
        // A DOCTYPE ends at the first `>` whatever its quotes hold, as a bogus comment does.
        return (.comment, bogusCommentEnd(from: start))
    }

    /// The index after a bogus comment whose text starts at `start`: after the next `>`.
    func bogusCommentEnd(from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: ">") { return index + 1 }
            index += 1
        }
        return bytes.count
    }

    /// The index after a comment whose text starts at `start` (after `<!--`): the comment
    /// start, comment, comment end dash, comment end and comment end bang states.
    private func commentEnd(from start: Int) -> Int {
        enum State { case start, startDash, comment, endDash, end, endBang }
        var state = State.start
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch state {
            case .start, .startDash:
                // `<!-->` and `<!--->` are whole (empty) comments.
                if byte == UInt8(ascii: "-") {
                    state = state == .start ? .startDash : .end
                } else if byte == UInt8(ascii: ">") {
                    return index
                } else {
                    state = .comment
                    index -= 1
                }
            case .comment:
                if byte == UInt8(ascii: "-") { state = .endDash }
            case .endDash:
                state = byte == UInt8(ascii: "-") ? .end : .comment
                if state == .comment { index -= 1 }
            case .end:
                if byte == UInt8(ascii: ">") { return index }
                if byte == UInt8(ascii: "!") {
                    state = .endBang
                } else if byte != UInt8(ascii: "-") {
                    state = .comment
                    index -= 1
                }
            case .endBang:
                if byte == UInt8(ascii: ">") { return index }
                state = byte == UInt8(ascii: "-") ? .endDash : .comment
                if state == .comment { index -= 1 }
            }
        }
        return bytes.count
    }
}
