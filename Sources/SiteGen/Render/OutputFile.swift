/// One file of the built site: its path inside the output folder and its contents.
public struct OutputFile: Sendable, Hashable {
    /// The path relative to the output folder, such as `backend/faq/index.html`.
    public var path: String
    /// The file's text.
    public var contents: String

    /// Creates an output file.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
