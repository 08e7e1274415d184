/// What a successful build did.
public struct BuildReport: Sendable {
    /// The roadmaps built.
    public var roadmapCount: Int
    /// The HTML pages written.
    public var pageCount: Int
    /// All files written, assets included.
    public var fileCount: Int
    /// The warnings of the build.
    public var diagnostics: Diagnostics
}
