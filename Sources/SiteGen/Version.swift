/// sitegen's version, the one place it is written: `sitegen --version` prints it.
public enum SiteGenVersion {
    /// The version, as `MAJOR.MINOR.PATCH` (Semantic Versioning 2.0.0).
    public static let current = "0.1.0"
}
