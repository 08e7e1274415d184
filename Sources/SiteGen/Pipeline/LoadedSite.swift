/// A site's inputs loaded and checked, what every command starts from: the theme, and the
/// content with every relation between roadmaps resolved once.
struct LoadedSite: Sendable {
    /// What the site is made of.
    let inputs: SiteInputs
    /// The theme; nil when a template has an error.
    let theme: Theme?
    /// The problems of the theme.
    let themeDiagnostics: [Diagnostic]
    /// The content, incomplete when `contentDiagnostics` holds an error.
    let content: LoadedContent
    /// The problems of the content: site.yml, the roadmaps' front matter and relations.
    let contentDiagnostics: [Diagnostic]

    /// Loads the theme and the content of `inputs`, collecting every problem; no body is read.
    /// `keepingFiles`: keep the roadmap files as read, so that an edit can be resolved again
    /// (serve).
    ///
    /// The theme loads on a thread of its own while the content loads: it was 5 ms of a topic
    /// corpus build on one thread, before anything else could start.
    static func load(_ inputs: SiteInputs, keepingFiles: Bool = false) -> LoadedSite {
        let themeLoad = BackgroundValue { () -> (Theme?, Diagnostics) in
            var diagnostics = Diagnostics()
            let theme = Theme.load(inputs.themeSource, into: &diagnostics)
            return (theme, diagnostics)
        }
        var contentDiagnostics = Diagnostics()
        let content = ContentLoader(inputs: inputs).load(keepingFiles: keepingFiles, into: &contentDiagnostics)
        let (theme, themeDiagnostics) = themeLoad.value
        return LoadedSite(
            inputs: inputs, theme: theme, themeDiagnostics: themeDiagnostics.all, content: content,
            contentDiagnostics: contentDiagnostics.all)
    }

    /// Every problem found by loading.
    var diagnostics: Diagnostics { Diagnostics(themeDiagnostics + contentDiagnostics) }

    /// The renderer of the site's pages; nil when they cannot be rendered (the theme or the
    /// content has an error: see `checkBodies`). `recordsLinks`: record the links written in
    /// every body.
    func renderer(recordsLinks: Bool = false) -> SiteRenderer? {
        guard let theme, !diagnostics.hasErrors else { return nil }
        return SiteRenderer(content: content, theme: theme, recordsLinks: recordsLinks)
    }

    /// For a site that cannot be rendered: the bodies of the roadmaps that could be loaded,
    /// rendered in parallel for their problems (so that one run reports every problem) and, when
    /// `recordsLinks`, their links; nothing is laid out and no body is kept.
    func checkBodies(recordsLinks: Bool = false) -> [RenderedRoadmap] {
        RoadmapBodyLoader(content: content, recordsLinks: recordsLinks).checkAll()
    }
}
