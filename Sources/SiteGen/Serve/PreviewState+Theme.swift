extension PreviewState {
    /// Reads the theme again after its templates changed, and lays out again the pages whose
    /// templates use one of `changed` (template names such as `partials/head`; nil when it is
    /// not known which changed). Returns the number of files laid out; none while the theme has
    /// an error. When the theme comes back from an error, every page is laid out.
    mutating func reloadTheme(changed: Set<String>?) -> Int {
        var problems = Diagnostics()
        let reloaded = Theme.load(directory: inputs.templatesDirectory, into: &problems)
        themeDiagnostics = problems.all
        let hadTheme = theme != nil
        theme = reloaded
        guard let reloaded else { return 0 }
        var kinds = Set(Theme.pageTemplates)
        if hadTheme, let changed {
            kinds = TemplateDependencies(theme: reloaded).pageTemplates(using: changed)
        }
        let roadmapPages = !kinds.isDisjoint(with: ["roadmap", "faq", "related"])
        var siteFiles: Set<SiteWideFile> = []
        if kinds.contains("index") { siteFiles.insert(.index) }
        if kinds.contains("404") { siteFiles.insert(.notFound) }
        if !hadTheme { siteFiles = Set(SiteWideFile.allCases) }
        return layOut(roadmapPages ? content.site.roadmaps.map(\.slug) : [], siteFiles: siteFiles)
    }
}
