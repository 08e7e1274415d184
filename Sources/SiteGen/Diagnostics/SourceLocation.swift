/// A place in an input file: the file, and where known the 1-based line and column.
public struct SourceLocation: Sendable, Hashable {
    /// The path the file was read from.
    public var file: String
    /// The 1-based line, if known.
    public var line: Int?
    /// The 1-based column, if known.
    public var column: Int?

    /// Creates a location; a nil line means the file as a whole.
    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }
}
