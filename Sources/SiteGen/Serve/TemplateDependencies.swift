/// Which templates each template uses (its partials and parents), so that an edit to one
/// template lays out again only the page kinds whose templates use it, directly or not.
struct TemplateDependencies {
    /// The templates each template names, by template name (`partials/head`).
    var references: [String: Set<String>]

    /// The templates each template of `theme` uses.
    init(theme: Theme) {
        references = theme.references
    }

    /// The page templates (`index`, `roadmap`, ...) that are or use any of `changed`.
    func pageTemplates(using changed: Set<String>) -> Set<String> {
        Set(Theme.pageTemplates.filter { !closure(of: $0).isDisjoint(with: changed) })
    }

    /// A template and every template it uses, directly or through others.
    func closure(of name: String) -> Set<String> {
        var seen: Set<String> = [name]
        var pending = [name]
        while let next = pending.popLast() {
            for used in references[next] ?? [] where seen.insert(used).inserted {
                pending.append(used)
            }
        }
        return seen
    }
}
