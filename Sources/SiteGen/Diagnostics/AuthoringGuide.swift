/// Where a hint sends the author for what does not fit in a line: a section of the authoring
/// guide, docs/authoring.md. A site of one's own has no docs/ folder, so the guide is named as
/// part of sitegen's repository, and the section by its anchor (a heading of the guide:
/// AuthoringGuideTests checks every anchor passed here).
enum AuthoringGuide {
    /// "see the authoring guide, docs/authoring.md in sitegen's repository (#`anchor`)", for
    /// the end of a hint.
    static func see(_ anchor: String) -> String {
        "see the authoring guide, docs/authoring.md in sitegen's repository (#\(anchor))"
    }
}
