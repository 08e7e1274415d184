/// Where a render puts a site: the one thing `build` (a staging folder), `serve` (memory) and
/// `check` (a collector of links and ids) do differently with the same pages.
protocol SiteSink: Sendable {
    /// What a failure to take a site-wide file is reported at: the output folder.
    var destination: String { get }

    /// Takes one roadmap's pages and what rendering its body gave, and may move them out.
    /// Called from several threads at once, in no order.
    func take(_ roadmap: inout RenderedRoadmap) throws(OutputError)

    /// Takes one file (of several, for a large sitemap) of a site-wide file. Called one at a
    /// time, after every roadmap.
    func take(_ file: OutputFile, of kind: SiteWideFile) throws(OutputError)

    /// Takes the theme's assets (read once, from its `ThemeSource`), after everything else;
    /// their problems are the renderer's to report.
    func take(_ assets: ThemeAssets) throws(OutputError)
}
