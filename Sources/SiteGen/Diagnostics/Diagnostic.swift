/// One problem found in a build's input, located as precisely as the input allows.
///
/// Every stage reports through this type, so that all problems of a run can be collected,
/// sorted and printed in one place, in the `path:line:column: error: message` form.
public struct Diagnostic: Error, Sendable, Hashable {
    /// How serious a problem is: errors stop the build, warnings do not.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    /// The file the problem is in, as the path it was read from.
    public var file: String
    /// The 1-based line, when the problem has one.
    public var line: Int?
    /// The 1-based column (in Unicode scalars), when the problem has one.
    public var column: Int?
    /// Whether the problem stops the build.
    public var severity: Severity
    /// What is wrong, written for the author of the file.
    public var message: String
    /// How to fix it, when there is something useful to say.
    public var hint: String?

    /// Creates a diagnostic at a location in a file.
    public init(
        _ severity: Severity,
        _ message: String,
        file: String,
        line: Int? = nil,
        column: Int? = nil,
        hint: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.hint = hint
    }

    /// Creates a diagnostic at a source location.
    public init(_ severity: Severity, _ message: String, at location: SourceLocation, hint: String? = nil) {
        self.init(
            severity, message, file: location.file, line: location.line, column: location.column, hint: hint)
    }

    /// An error at a location.
    public static func error(_ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location, hint: hint)
    }

    /// A warning at a location.
    public static func warning(_ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location, hint: hint)
    }
}

extension Diagnostic: Comparable {
    /// Orders by file, then line, then column, then errors before warnings, then message.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if (lhs.line ?? 0) != (rhs.line ?? 0) { return (lhs.line ?? 0) < (rhs.line ?? 0) }
        if (lhs.column ?? 0) != (rhs.column ?? 0) { return (lhs.column ?? 0) < (rhs.column ?? 0) }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        return lhs.message < rhs.message
    }
}
