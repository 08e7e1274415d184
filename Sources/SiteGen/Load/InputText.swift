import Foundation

/// Reads an input file as text the way every loader needs it: size-limited, strict UTF-8,
/// a leading byte-order mark dropped and CRLF line endings turned into LF.
enum InputText {
    /// The largest input file read; a larger one is an error, not an out-of-memory.
    static let maximumSize = 5 * 1024 * 1024

    /// The file's text, or the diagnostic that explains why it cannot be used.
    static func read(_ path: String) -> Result<String, Diagnostic> {
        let location = SourceLocation(file: path)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(.error("cannot read the file", at: location))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumSize + 1) ?? Data()
        } catch {
            return .failure(.error("cannot read the file: \(error.localizedDescription)", at: location))
        }
        guard data.count <= maximumSize else {
            return .failure(
                .error(
                    "the file is larger than \(maximumSize / 1024 / 1024) MB", at: location,
                    hint: "split it into several roadmaps"))
        }
        return decode(data, path: path)
    }

    /// Decodes file bytes as text, or reports where they stop being UTF-8.
    static func decode(_ data: Data, path: String) -> Result<String, Diagnostic> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(in: bytes)
            return .failure(
                .error(
                    "the file is not UTF-8 text", at: SourceLocation(file: path, line: line, column: column),
                    hint: "save it with UTF-8 encoding"))
        }
        if let nul = text.utf8.firstIndex(of: 0) {
            let prefix = text.utf8[..<nul]
            let line = prefix.count(where: { $0 == UInt8(ascii: "\n") }) + 1
            let lineStart = prefix.lastIndex(of: UInt8(ascii: "\n")).map { text.utf8.index(after: $0) }
            let column = text[(lineStart ?? text.startIndex)..<nul].unicodeScalars.count + 1
            return .failure(
                .error(
                    "the file contains a NUL byte", at: SourceLocation(file: path, line: line, column: column),
                    hint: "a roadmap is text; remove the byte"))
        }
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return .success(text) }
        return .success(text.replacing("\r\n", with: "\n"))
    }

    /// The line and column (in scalars) of the first byte that is not valid UTF-8.
    private static func firstInvalidUTF8(in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            let length = validSequenceLength(bytes, at: index)
            guard length > 0 else { return (line, column) }
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return (line, column)
    }

    private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let slice = Array(bytes[index..<(index + length)])
        return String(validating: slice, as: UTF8.self) == nil ? 0 : length
    }
}
