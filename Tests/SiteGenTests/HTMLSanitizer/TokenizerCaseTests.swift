import Foundation
import Testing

@testable import HTMLSanitizer

/// html5lib-tests' tokenizer cases, written as data in
/// `Fixtures/html-sanitizer/tokenizer-cases.json` (its `about` says which and how): the tokens
/// our tokenizer gives for each input, in each initial state, are the spec's.
@Suite("HTML sanitizer: tokenizer cases")
struct TokenizerCaseTests {
    struct Case {
        var source: String
        var mode: HTMLTextMode
        var input: String
        var tokens: [String]
    }

    static let cases: [Case] = {
        let path = TestFiles.fixtures + "/html-sanitizer/tokenizer-cases.json"
        let data = FileManager.default.contents(atPath: path) ?? Data()
        let file = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        return (file["cases"] as? [[String: Any]] ?? []).map { entry in
            // With no last start tag, no end tag ends RCDATA or RAWTEXT.
            let last = entry["lastStartTag"] as? String ?? "\u{1}"
            let mode: HTMLTextMode
            switch entry["mode"] as? String {
            case "plaintext": mode = .plaintext
            case "rcdata": mode = .rcdata(last)
            case "rawtext": mode = .rawtext(last)
            case "script": mode = last == "script" ? .scriptData : .rawtext(last)
            default: mode = .data
            }
            let tokens = (entry["tokens"] as? [[Any]] ?? []).map(describe)
            return Case(
                source: entry["source"] as? String ?? "", mode: mode, input: entry["input"] as? String ?? "",
                tokens: tokens)
        }
    }()

    /// A token of the file, written as `describe(_ token: HTMLToken)` writes ours.
    static func describe(_ token: [Any]) -> String {
        switch token.first as? String {
        case "text": return "text \((token[1] as? String ?? "").debugDescription)"
        case "start":
            let attributes = (token[2] as? [String: String] ?? [:]).sorted { $0.key < $1.key }
            let selfClosing = token[3] as? Bool ?? false
            return
                "start \(token[1]) \(attributes.map { "\($0.key)=\($0.value.debugDescription)" })\(selfClosing ? " /" : "")"
        case "end": return "end \(token[1])"
        default: return "comment"
        }
    }

    static func describe(_ token: HTMLToken) -> String {
        switch token {
        case .text(let text): return "text \(String(decoding: text, as: UTF8.self).debugDescription)"
        case .startTag(let tag):
            let attributes = tag.attributes.sorted { $0.name < $1.name }
            let written = attributes.map { "\($0.name)=\(String(decoding: $0.value, as: UTF8.self).debugDescription)" }
            return "start \(tag.name) \(written)\(tag.isSelfClosing ? " /" : "")"
        case .endTag(let name, _): return "end \(name)"
        case .comment: return "comment"
        }
    }

    /// Our tokens, with adjacent text merged as the file merges it.
    static func tokens(of input: String, mode: HTMLTextMode) -> [String] {
        var tokenizer = HTMLTokenizer(input, mode: mode)
        var tokens: [HTMLToken] = []
        while let token = tokenizer.next() {
            if case .text(let more) = token, case .text(let text)? = tokens.last {
                tokens[tokens.count - 1] = .text(text + more)
            } else {
                tokens.append(token)
            }
        }
        return tokens.map(describe)
    }

    @Test func theFileHoldsTheCases() {
        #expect(Self.cases.count >= 400)
    }

    @Test func tokensAreTheSpecs() {
        for testCase in Self.cases {
            #expect(
                Self.tokens(of: testCase.input, mode: testCase.mode) == testCase.tokens,
                "\(testCase.source): \(testCase.input.debugDescription)")
        }
    }

    @Test func aByteOrderMarkIsText() {
        let text = "\u{FEFF}foo\u{FEFF}bar"
        #expect(Self.tokens(of: text, mode: .data) == ["text \(text.debugDescription)"])
    }
}
