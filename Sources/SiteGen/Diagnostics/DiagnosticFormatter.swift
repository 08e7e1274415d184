/// Turns diagnostics into the lines a person or a CI system reads.
public struct DiagnosticFormatter: Sendable {
    /// The folder paths are shown relative to (the working folder), with a trailing slash.
    public var workingDirectory: String

    /// Creates a formatter that shows paths relative to `workingDirectory`.
    public init(workingDirectory: String) {
        self.workingDirectory = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
    }

    /// The path as shown to the user: relative to the working folder when inside it.
    public func displayPath(_ path: String) -> String {
        if path.hasPrefix(workingDirectory) {
            return String(path.dropFirst(workingDirectory.count))
        }
        return path
    }

    /// `path:line:column: severity: message`, and the hint on a second line when there is one.
    public func compilerStyle(_ diagnostic: Diagnostic) -> String {
        var location = Self.printable(displayPath(diagnostic.file))
        if let line = diagnostic.line {
            location += ":\(line)"
            if let column = diagnostic.column { location += ":\(column)" }
        }
        var text = "\(location): \(diagnostic.severity.rawValue): \(Self.printable(diagnostic.message))"
        if let hint = diagnostic.hint {
            text += "\n  hint: \(Self.printable(hint))"
        }
        return text
    }

    /// `text` with control characters and line separators written as escapes, so text quoted
    /// from content keeps a diagnostic on one line and cannot pass for a workflow command or a
    /// terminal escape.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnprintable) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isUnprintable(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// A GitHub Actions workflow command (`::error file=...,line=...,col=...::message`), so the
    /// problem is shown on the pull request's line.
    public func githubAnnotation(_ diagnostic: Diagnostic) -> String {
        var properties = ["file=\(Self.escapeProperty(displayPath(diagnostic.file)))"]
        if let line = diagnostic.line {
            properties.append("line=\(line)")
            if let column = diagnostic.column { properties.append("col=\(column)") }
        }
        var message = diagnostic.message
        if let hint = diagnostic.hint { message += "\n" + hint }
        return "::\(diagnostic.severity.rawValue) \(properties.joined(separator: ","))::\(Self.escapeData(message))"
    }

    /// A one-line count of the problems, such as `2 errors, 1 warning`.
    public func summary(_ diagnostics: Diagnostics) -> String {
        "\(Counted.phrase(diagnostics.errorCount, "error")), \(Counted.phrase(diagnostics.warningCount, "warning"))"
    }

    static func escapeData(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
