extension PreviewState {
    /// Reads the theme again after its templates changed, and lays out again the pages whose
    /// templates use one of `changed` (template names such as `partials/head`; nil when it is
    /// not known which changed). Returns the number of files laid out; none while the theme has
    /// an error. When the theme comes back from an error, every page is laid out.
    mutating func reloadTheme(changed: Set<String>?) -> Int {
        var problems = Diagnostics()
        let reloaded = Theme.load(directory: options.templatesDirectory, into: &problems)
        themeDiagnostics = problems.all
        let hadTheme = theme != nil
        theme = reloaded
        guard reloaded != nil else { return 0 }
        var kinds = Set(Theme.pageTemplates)
        if hadTheme, let changed {
            kinds = TemplateDependencies.read(directory: options.templatesDirectory).pageTemplates(using: changed)
        }
        var written = 0
        if !kinds.isDisjoint(with: ["roadmap", "faq", "related"]) {
            written += layOut(content.site.roadmaps.map(\.slug))
        }
        if !kinds.isDisjoint(with: ["index", "404"]) {
            written += layOutSiteFiles()
        }
        return written
    }
}
