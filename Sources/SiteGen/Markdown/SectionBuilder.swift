import CMarkGFM
import Foundation

/// Groups a body's rendered blocks into sections at `##` headings, and the FAQ section's
/// blocks into questions at `###` headings, with the ids `HeadingOutline` gave the headings.
struct SectionBuilder {
    private struct OpenSection {
        var id: String
        var titleHTML: String
        var titleText: String
        var html = ""
        var isFAQ: Bool
        var start: BodyPosition
        var questions: [Question] = []
        var questionStarts: [String: BodyPosition] = [:]
    }

    private let locator: BodyLocator
    private var intro = ""
    private var sections: [Section] = []
    private var open: OpenSection?
    private(set) var diagnostics: [Diagnostic] = []

    /// A builder for the body `locator` maps.
    init(locator: BodyLocator) {
        self.locator = locator
    }

    /// Whether a `##` heading's text names the FAQ section.
    static func isFAQTitle(_ text: String) -> Bool {
        var title = trimmingBlanks(text).lowercased()
        while let last = title.last, last == ":" || last == "?" || last == "." { title.removeLast() }
        return ["frequently asked questions", "faq", "faqs"].contains(title)
    }

    /// `text` without the blanks (`CharacterSet.whitespaces`) at its ends. Foundation, which is
    /// slow at this, is asked only when an end is a blank or not ASCII; cmark-gfm has already
    /// trimmed a heading's text, so it seldom is.
    static func trimmingBlanks(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        func isPlainASCII(_ byte: UInt8) -> Bool {
            byte < 0x80 && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t")
        }
        return isPlainASCII(first) && isPlainASCII(last) ? text : text.trimmingCharacters(in: .whitespaces)
    }

    /// Whether a top-level heading of `level` ends the current section or answer (and so what
    /// raw HTML left open in it).
    func startsContainer(atHeadingLevel level: Int) -> Bool {
        level <= 2 || (level == 3 && open?.isFAQ == true)
    }

    /// Adds a top-level heading with its unique `id`: it opens a section, a question, or is part
    /// of the current text.
    mutating func add(heading: CMarkNode, level: Int, text: String, id: String, inlineHTML: String) {
        let start = BodyPosition(of: heading)
        if level == 1 {
            diagnostics.append(
                .warning(
                    "`#` heading in the body; it is shown as a `##` section", at: locator.location(of: start),
                    hint: "the title is the page's only `h1`: start sections with `##`"))
        }
        if level <= 2 {
            closeSection()
            open = OpenSection(
                id: id, titleHTML: inlineHTML, titleText: text,
                isFAQ: Self.isFAQTitle(text), start: start)
            return
        }
        if level == 3, open?.isFAQ == true {
            let key = Self.trimmingBlanks(text).lowercased()
            if let first = open?.questionStarts[key] {
                diagnostics.append(
                    .error(
                        "the FAQ asks \"\(Excerpt.of(text))\" twice (first at line \(locator.location(of: first).line ?? 0))",
                        at: locator.location(of: start), hint: "merge the answers, or reword one of the questions"))
            } else {
                open?.questionStarts[key] = start
            }
            open?.questions.append(Question(id: id, questionHTML: inlineHTML, questionText: text, answerHTML: ""))
            return
        }
        append(html: "<h\(level) id=\"\(id)\">\(inlineHTML)</h\(level)>\n")
    }

    /// Appends rendered HTML to the current question, section or intro (in place: the open
    /// section is not copied, so appending costs the length of `html`, not of the section).
    mutating func append(html: String) {
        guard let isFAQ = open?.isFAQ, let questionCount = open?.questions.count else {
            intro += html
            return
        }
        if isFAQ, questionCount > 0 {
            open?.questions[questionCount - 1].answerHTML += html
        } else {
            open?.html += html
        }
    }

    /// The finished body.
    mutating func finish(footnotesHTML: String) -> RoadmapBody {
        closeSection()
        return RoadmapBody(introHTML: intro, sections: sections, footnotesHTML: footnotesHTML)
    }

    /// Closes the current section (at a heading, or before one drawn apart: the map's).
    mutating func closeSection() {
        guard let section = open else { return }
        open = nil
        var faq: FAQ?
        if section.isFAQ {
            if section.questions.isEmpty {
                diagnostics.append(
                    .error(
                        "the FAQ section has no questions", at: locator.location(of: section.start),
                        hint: "write each question as a `###` heading with its answer below it"))
            } else if !sections.contains(where: { $0.faq != nil }) {
                faq = FAQ(questions: section.questions)
            } else {
                diagnostics.append(
                    .error(
                        "a second FAQ section; a roadmap has one", at: locator.location(of: section.start),
                        hint: "merge the questions into the first FAQ section"))
            }
        }
        sections.append(
            Section(
                id: section.id, titleHTML: section.titleHTML, titleText: section.titleText, html: section.html,
                faq: faq))
    }
}
