import Escaping

/// Renders parsed templates with a value, into UTF-8 bytes.
public struct TemplateRenderer: Sendable {
    /// Every template by name (its path under `templates/` without `.mustache`), compiled.
    private let programs: [String: TemplateProgram]

    /// How deep partials and parents may nest (a safety net: the theme refuses cycles).
    static let maximumDepth = 64
    /// How many instructions, or bytes of text, a compiled template may hold before it stops
    /// taking in partials and parents (a safety net against templates that include one another
    /// several times over; the default theme's largest holds 150 instructions and 2 KB).
    static let maximumSize = 1 << 16

    /// A renderer of `templates`, every template by name.
    public init(templates: [String: Template]) {
        programs = templates.mapValues {
            TemplateProgram(
                compiling: $0.nodes, templates: templates, maximumDepth: Self.maximumDepth,
                maximumSize: Self.maximumSize)
        }
    }

    /// The named template rendered with `value` as its context.
    public func render(_ name: String, _ value: TemplateValue) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(16_384)
        guard let program = programs[name] else { return output }
        var stack = [value]
        program.instructions.withUnsafeBufferPointer { instructions in
            program.text.withUnsafeBufferPointer { text in
                program.names.withUnsafeBufferPointer { names in
                    let run = Run(instructions: instructions, text: text, names: names)
                    run.execute(from: 0, to: instructions.count, stack: &stack, into: &output)
                }
            }
        }
        return output
    }

    /// One rendering of a program, over its buffers.
    private struct Run {
        let instructions: UnsafeBufferPointer<TemplateProgram.Instruction>
        let text: UnsafeBufferPointer<UInt8>
        let names: UnsafeBufferPointer<String>

        func execute(from first: Int, to end: Int, stack: inout [TemplateValue], into output: inout [UInt8]) {
            var index = first
            while index < end {
                let instruction = instructions[index]
                let start = Int(instruction.start)
                let count = Int(instruction.count)
                switch instruction.operation {
                case .text:
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<start + count]))
                case .escapedVariable, .rawVariable:
                    switch lookup(start, count, in: stack) {
                    case .string(let string):
                        if instruction.operation == .escapedVariable {
                            Escape.appendHTML(string, to: &output)
                        } else {
                            output.append(contentsOf: string.utf8)
                        }
                    case .bool(let flag):
                        output.append(contentsOf: (flag ? "true" : "false").utf8)
                    default:
                        break
                    }
                case .section, .invertedSection:
                    let sectionEnd = Int(instruction.end)
                    let value = lookup(start, count, in: stack)
                    if instruction.operation == .invertedSection {
                        if value.isFalsey { execute(from: index + 1, to: sectionEnd, stack: &stack, into: &output) }
                    } else if !value.isFalsey {
                        if case .list(let items) = value {
                            for item in items {
                                stack.append(item)
                                execute(from: index + 1, to: sectionEnd, stack: &stack, into: &output)
                                stack.removeLast()
                            }
                        } else {
                            stack.append(value)
                            execute(from: index + 1, to: sectionEnd, stack: &stack, into: &output)
                            stack.removeLast()
                        }
                    }
                    index = sectionEnd
                    continue
                }
                index += 1
            }
        }

        /// The value the dotted name `names[start..<start + count]` refers to: its first part
        /// is looked up from the innermost context outwards, the rest inside what was found.
        private func lookup(_ start: Int, _ count: Int, in stack: [TemplateValue]) -> TemplateValue {
            guard count > 0 else { return .null }
            let first = names[start]
            if first == "." { return stack.last ?? .null }
            var found: TemplateValue?
            for level in stack.indices.reversed() {
                if let member = stack[level].member(first) {
                    found = member
                    break
                }
            }
            guard var current = found else { return .null }
            for part in start + 1..<start + count {
                guard let member = current.member(names[part]) else { return .null }
                current = member
            }
            return current
        }
    }
}

extension TemplateValue {
    /// The member named `name` when this is an object that has one.
    fileprivate func member(_ name: String) -> TemplateValue? {
        guard case .object(let object) = self else { return nil }
        return object[name]
    }
}
