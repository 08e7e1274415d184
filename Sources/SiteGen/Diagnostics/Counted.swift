/// A number with its noun, as messages print it: `1 roadmap`, `2 roadmaps`, `0 errors`.
public enum Counted {
    /// `count` and `noun`, the noun with an `s` unless the count is one (the nouns sitegen counts
    /// all take one).
    public static func phrase(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
