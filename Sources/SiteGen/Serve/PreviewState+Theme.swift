extension PreviewState {
    /// Reads the theme again after its templates changed, and lays out again the pages whose
    /// templates use one of `changed` (template names such as `partials/head`; nil when it is
    /// not known which changed). Returns the number of files laid out; none while the theme has
    /// an error. When the theme comes back from an error, every page is laid out.
    mutating func reloadTheme(changed: Set<String>?) -> Int {
        var problems = Diagnostics()
        let reloaded = Theme.load(inputs.themeSource, into: &problems)
        themeDiagnostics = problems.all
        let hadTheme = theme != nil
        theme = reloaded
        guard let reloaded else { return 0 }
        var kinds = Set(PageKind.allCases)
        if hadTheme, let changed {
            kinds = Set(
                TemplateDependencies(theme: reloaded).pageTemplates(using: changed)
                    .compactMap(PageKind.init(rawValue:)))
        }
        let roadmapPages = kinds.contains(where: \.isPerRoadmap)
        var siteFiles = Set(kinds.compactMap(SiteWideFile.init(page:)))
        if !hadTheme { siteFiles = Set(SiteWideFile.allCases) }
        guard let renderer else { return 0 }
        return layOut(roadmapPages ? content.site.roadmaps.map(\.slug) : [], siteFiles: siteFiles, with: renderer)
    }
}
