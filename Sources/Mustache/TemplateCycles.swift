/// Finds templates that include themselves through partials or parents, which would render
/// without end.
public enum TemplateCycles {
    /// The names of one cycle, first name repeated at the end (`a`, `b`, `a`), or nil.
    public static func first(in templates: [String: [TemplateNode]]) -> [String]? {
        var state: [String: Bool] = [:]
        var path: [String] = []

        func visit(_ name: String) -> [String]? {
            if state[name] == true, let start = path.firstIndex(of: name) { return Array(path[start...]) + [name] }
            if state[name] != nil { return nil }
            state[name] = true
            path.append(name)
            for next in references(in: templates[name] ?? []) where templates[next] != nil {
                if let cycle = visit(next) { return cycle }
            }
            path.removeLast()
            state[name] = false
            return nil
        }

        for name in templates.keys.sorted() {
            if let cycle = visit(name) { return cycle }
        }
        return nil
    }

    /// The partials and parents `nodes` name, in order.
    public static func references(in nodes: [TemplateNode]) -> [String] {
        var names: [String] = []
        for node in nodes {
            switch node {
            case .partial(let name): names.append(name)
            case .parent(let name, let blocks):
                names.append(name)
                for key in blocks.keys.sorted() { names += references(in: blocks[key] ?? []) }
            case .section(_, _, let children), .block(_, let children): names += references(in: children)
            case .text, .variable: break
            }
        }
        return names
    }
}
