/// The problems collected during a run, in the order they were found.
///
/// Stages append to it and carry on, so that one run reports every problem, not only the first.
public struct Diagnostics: Sendable, Hashable {
    /// Every problem found so far.
    public private(set) var all: [Diagnostic] = []

    /// An empty collection.
    public init() {}

    /// A collection holding the given problems.
    public init(_ diagnostics: [Diagnostic]) {
        all = diagnostics
    }

    /// Whether any problem is an error.
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// The number of errors.
    public var errorCount: Int { all.count { $0.severity == .error } }

    /// The number of warnings.
    public var warningCount: Int { all.count { $0.severity == .warning } }

    /// The problems sorted by file, line and column, each reported once.
    public var sorted: [Diagnostic] { Array(Set(all)).sorted() }

    /// Records one problem.
    public mutating func append(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    /// Records several problems.
    public mutating func append(contentsOf other: Diagnostics) {
        all.append(contentsOf: other.all)
    }

    /// Records several problems.
    public mutating func append(contentsOf other: [Diagnostic]) {
        all.append(contentsOf: other)
    }

    /// Records an error.
    public mutating func error(_ message: String, at location: SourceLocation, hint: String? = nil) {
        append(.error(message, at: location, hint: hint))
    }

    /// Records a warning.
    public mutating func warning(_ message: String, at location: SourceLocation, hint: String? = nil) {
        append(.warning(message, at: location, hint: hint))
    }

    /// The same problems with every warning turned into an error (for `--warnings-as-errors`).
    public func promotingWarnings() -> Diagnostics {
        Diagnostics(
            all.map {
                var diagnostic = $0; diagnostic.severity = .error; return diagnostic
            })
    }
}

/// A run that stopped because of errors in its input; carries every problem found.
public struct BuildFailure: Error, Sendable {
    /// All problems of the run, errors and warnings.
    public var diagnostics: Diagnostics

    /// Creates a failure from the problems that caused it.
    public init(_ diagnostics: Diagnostics) {
        self.diagnostics = diagnostics
    }
}
