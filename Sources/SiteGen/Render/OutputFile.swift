/// One file of the built site: its path inside the output folder and its contents.
public struct OutputFile: Sendable, Hashable {
    /// The path relative to the output folder, such as `backend/faq/index.html`.
    public var path: String
    /// The file's bytes (UTF-8 text).
    public var contents: [UInt8]

    /// Creates an output file from its bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.contents = bytes
    }

    /// Creates an output file from text.
    public init(path: String, contents: String) {
        self.init(path: path, bytes: Array(contents.utf8))
    }
}
