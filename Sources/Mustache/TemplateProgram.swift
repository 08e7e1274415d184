/// A template compiled for rendering: its partials, parents and blocks resolved into one flat
/// list of instructions, its literal text in one buffer and its dotted names in one list.
///
/// Rendering walks the instructions by index, so it copies no parsed nodes and takes no
/// reference counts on the template: pages render on several threads at once, and counting
/// references to shared nodes made the threads fight over the same memory.
struct TemplateProgram: Sendable {
    /// What an instruction does.
    enum Operation: UInt8, Sendable {
        /// Appends `text[start..<start + count]`.
        case text
        /// Appends the value named by `names[start..<start + count]`, HTML-escaped.
        case escapedVariable
        /// Appends the value named by `names[start..<start + count]` as it is.
        case rawVariable
        /// Renders the instructions up to `end` for the named value (once per item of a list).
        case section
        /// Renders the instructions up to `end` when the named value is falsey.
        case invertedSection
    }

    /// One step of a program.
    struct Instruction: Sendable {
        var operation: Operation
        /// Where the instruction's text (in `text`) or name parts (in `names`) start.
        var start: Int32
        /// How many bytes of text or name parts it has.
        var count: Int32
        /// For a section: the index of the first instruction after it.
        var end: Int32
    }

    private(set) var instructions: [Instruction] = []
    private(set) var text: [UInt8] = []
    private(set) var names: [String] = []
    /// The first instruction new text may be joined to: none inside a section that has ended.
    private var textJoinsFrom = 0

    /// Compiles `nodes`, taking partials and parents from `templates`. Partials and parents
    /// nested deeper than `maximumDepth`, or met once the program holds `maximumSize`
    /// instructions or bytes of text, render as nothing: a partial that includes itself stops
    /// (recursion through data is the specification's), and one that includes itself twice
    /// cannot grow the program without end. The theme refuses cycles, so only a deliberately
    /// deep or wide theme gets there.
    init(compiling nodes: [TemplateNode], templates: [String: Template], maximumDepth: Int, maximumSize: Int) {
        self.maximumSize = maximumSize
        append(nodes, in: Scope(templates: templates, maximumDepth: maximumDepth))
    }

    /// How many instructions, or bytes of text, a program may hold before it stops taking in
    /// partials and parents.
    private let maximumSize: Int

    /// Whether the program may take in another partial or parent.
    private var hasRoom: Bool { instructions.count < maximumSize && text.count < maximumSize }

    /// What nodes are compiled with: the templates partials and parents name, the blocks that
    /// replace a parent's own, the indentation every line of the template starts with, and how
    /// deep in partials and parents the nodes are.
    private struct Scope {
        let templates: [String: Template]
        let maximumDepth: Int
        var blocks: [String: [TemplateNode]] = [:]
        var indentation: [UInt8] = []
        var depth = 0

        /// The scope of a partial or parent: `indentation` (nil when its tag is not standalone)
        /// after this scope's.
        func entering(blocks: [String: [TemplateNode]], indentation: [UInt8]?) -> Scope? {
            guard depth < maximumDepth else { return nil }
            var scope = self
            scope.blocks = blocks
            scope.indentation = indentation.map { self.indentation + $0 } ?? []
            scope.depth += 1
            return scope
        }
    }

    private mutating func append(_ nodes: [TemplateNode], in scope: Scope) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                appendText(bytes)
            case .lineStart:
                appendText(scope.indentation)
            case .variable(let path, let escaped, _):
                appendNamed(escaped ? .escapedVariable : .rawVariable, path: path)
            case .section(let path, let inverted, let children, _):
                let index = appendNamed(inverted ? .invertedSection : .section, path: path)
                append(children, in: scope)
                instructions[index].end = Int32(instructions.count)
                textJoinsFrom = instructions.count
            case .partial(let name, let indentation, _):
                guard hasRoom, let partial = scope.templates[name],
                    let inner = scope.entering(blocks: scope.blocks, indentation: indentation)
                else { continue }
                append(partial.nodes, in: inner)
            case .parent(let name, let indentation, let overrides, _):
                let blocks = scope.blocks.merging(overrides) { outer, _ in outer }
                guard hasRoom, let parent = scope.templates[name],
                    let inner = scope.entering(blocks: blocks, indentation: indentation)
                else { continue }
                append(parent.nodes, in: inner)
            case .block(let name, let indentation, let children, _):
                var inner = scope
                inner.indentation += indentation
                append(scope.blocks[name] ?? children, in: inner)
            }
        }
    }

    /// Appends literal text, joined to the previous instruction when that is text too.
    private mutating func appendText(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        if instructions.count > textJoinsFrom, let last = instructions.last, last.operation == .text {
            instructions[instructions.count - 1].count += Int32(bytes.count)
        } else {
            instructions.append(
                Instruction(operation: .text, start: Int32(text.count), count: Int32(bytes.count), end: 0))
        }
        text.append(contentsOf: bytes)
    }

    @discardableResult
    private mutating func appendNamed(_ operation: Operation, path: [String]) -> Int {
        instructions.append(
            Instruction(operation: operation, start: Int32(names.count), count: Int32(path.count), end: 0))
        names.append(contentsOf: path)
        return instructions.count - 1
    }
}
