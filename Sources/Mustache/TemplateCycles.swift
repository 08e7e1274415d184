/// Finds templates that include themselves through partials or parents, which would render
/// without end.
public enum TemplateCycles {
    /// One cycle, or nil; templates are tried in name order, so the answer is always the same.
    public static func first(in templates: [String: Template]) -> TemplateCycle? {
        var state: [String: Bool] = [:]
        var path: [(name: String, reference: TemplateReference?)] = []

        func visit(_ name: String, from reference: TemplateReference?) -> TemplateCycle? {
            if state[name] == true, let start = path.firstIndex(where: { $0.name == name }) {
                let names = path[start...].map(\.name) + [name]
                let first = path.count > start + 1 ? path[start + 1].reference : reference
                return TemplateCycle(names: names, position: first?.position ?? TemplatePosition(line: 1, column: 1))
            }
            if state[name] != nil { return nil }
            state[name] = true
            path.append((name, reference))
            for next in templates[name]?.references ?? [] where templates[next.name] != nil {
                if let cycle = visit(next.name, from: next) { return cycle }
            }
            path.removeLast()
            state[name] = false
            return nil
        }

        for name in templates.keys.sorted() {
            if let cycle = visit(name, from: nil) { return cycle }
        }
        return nil
    }
}

/// Templates that include each other without end.
public struct TemplateCycle: Sendable, Hashable {
    /// The templates in the order they include each other, the first repeated at the end
    /// (`a`, `b`, `a`).
    public var names: [String]
    /// Where the first template names the second.
    public var position: TemplatePosition
}
