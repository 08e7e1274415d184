/// How much a learner should know before starting a roadmap.
public enum Level: String, Sendable, Hashable, CaseIterable, Comparable {
    case beginner = "Beginner"
    case intermediate = "Intermediate"
    case advanced = "Advanced"

    /// The order levels are listed in: beginner first.
    public static func < (lhs: Level, rhs: Level) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
