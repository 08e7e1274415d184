/// The element ids the default theme's pages use themselves (the layout's `main`, the roadmap
/// page's `related-roadmaps` and `after-map`, the related page's `names` and `named-by`). A heading or a
/// footnote of a roadmap's text is never given one of them, so every id is unique on its page.
///
/// This is the one list: `Theme.load` warns about a template id that is not in it and that a
/// heading could be given, and a test keeps the default theme's ids in it.
public enum PageIDs {
    /// The ids the theme's own elements may use.
    public static let reserved = ["main", "related-roadmaps", "names", "named-by", "after-map"]
}
