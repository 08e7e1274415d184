/// Why the preview could not start: the address cannot be listened on, or a folder cannot be
/// watched. The message is written for the person who ran the command.
public struct ServeError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
