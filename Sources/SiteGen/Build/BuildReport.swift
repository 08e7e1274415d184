/// What a successful build did.
public struct BuildReport: Sendable {
    /// The roadmaps built.
    public var roadmapCount: Int
    /// The pages rendered; the files copied from a roadmap's folder, even `.html` ones, are not
    /// pages.
    public var pageCount: Int
    /// All files written, assets included.
    public var fileCount: Int
    /// The pages in the search index, nil when the site has no search.
    public var searchPageCount: Int?
    /// The draft roadmaps and topics left out of the build (0 when built with drafts).
    public var excludedDraftCount: Int = 0
    /// The warnings of the build.
    public var diagnostics: Diagnostics
}
