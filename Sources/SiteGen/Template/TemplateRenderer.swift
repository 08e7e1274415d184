/// Renders parsed templates with a value, into UTF-8 bytes.
struct TemplateRenderer: Sendable {
    /// Every template by name (its path under `templates/` without `.mustache`).
    let templates: [String: [TemplateNode]]

    /// How deep partials and parents may nest (a safety net: the theme refuses cycles).
    static let maximumDepth = 64

    /// The named template rendered with `value` as its context.
    func render(_ name: String, _ value: TemplateValue) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(16_384)
        var stack = [value]
        if let nodes = templates[name] {
            render(nodes, stack: &stack, blocks: [:], depth: 0, into: &output)
        }
        return output
    }

    private func render(
        _ nodes: [TemplateNode], stack: inout [TemplateValue], blocks: [String: [TemplateNode]], depth: Int,
        into output: inout [UInt8]
    ) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                output.append(contentsOf: bytes)
            case .variable(let path, let escaped):
                switch Self.lookup(path, in: stack) {
                case .string(let text):
                    if escaped { HTMLEscaping.append(text, to: &output) } else { output.append(contentsOf: text.utf8) }
                case .bool(let flag):
                    output.append(contentsOf: (flag ? "true" : "false").utf8)
                default:
                    break
                }
            case .section(let path, let inverted, let children):
                let value = Self.lookup(path, in: stack)
                if inverted {
                    if value.isFalsey { render(children, stack: &stack, blocks: blocks, depth: depth, into: &output) }
                    continue
                }
                guard !value.isFalsey else { continue }
                if case .list(let items) = value {
                    for item in items {
                        stack.append(item)
                        render(children, stack: &stack, blocks: blocks, depth: depth, into: &output)
                        stack.removeLast()
                    }
                } else {
                    stack.append(value)
                    render(children, stack: &stack, blocks: blocks, depth: depth, into: &output)
                    stack.removeLast()
                }
            case .partial(let name):
                guard depth < Self.maximumDepth, let partial = templates[name] else { continue }
                render(partial, stack: &stack, blocks: blocks, depth: depth + 1, into: &output)
            case .parent(let name, let overrides):
                guard depth < Self.maximumDepth, let parent = templates[name] else { continue }
                let merged = blocks.merging(overrides) { outer, _ in outer }
                render(parent, stack: &stack, blocks: merged, depth: depth + 1, into: &output)
            case .block(let name, let children):
                render(blocks[name] ?? children, stack: &stack, blocks: blocks, depth: depth, into: &output)
            }
        }
    }

    /// The value a dotted name refers to: its first part is looked up from the innermost
    /// context outwards, the rest inside what was found.
    static func lookup(_ path: [String], in stack: [TemplateValue]) -> TemplateValue {
        guard let first = path.first else { return .null }
        if first == "." { return stack.last ?? .null }
        var found: TemplateValue?
        for value in stack.reversed() {
            if case .object(let object) = value, let member = object[first] {
                found = member
                break
            }
        }
        guard var current = found else { return .null }
        for name in path.dropFirst() {
            guard case .object(let object) = current, let member = object[name] else { return .null }
            current = member
        }
        return current
    }
}
