import Foundation

/// Reads an input file as text the way every loader needs it: size-limited, strict UTF-8,
/// a leading byte-order mark dropped, every line ending (CR LF, and CR alone as old Mac
/// editors wrote it) turned into LF, and no control characters (see `ControlCharacters`).
enum InputText {
    /// The largest input file read; a larger one is an error, not an out-of-memory.
    static let maximumSize = 5 * 1024 * 1024

    /// The file's text, or the diagnostic that explains why it cannot be used.
    static func read(_ path: String) -> Result<String, Diagnostic> {
        let location = SourceLocation(file: path)
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(.error("cannot read the file: \(String(cString: strerror(errno)))", at: location))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return .failure(.error("not a regular file", at: location))
        }
        defer { close(descriptor) }
        let bytes: [UInt8]
        switch readAll(descriptor, expectedSize: Int(status.st_size)) {
        case .success(let read): bytes = read
        case .failure(let failure):
            return .failure(.error("cannot read the file: \(String(cString: strerror(failure.code)))", at: location))
        }
        guard bytes.count <= maximumSize else {
            return .failure(
                .error(
                    "the file is larger than \(maximumSize / 1024 / 1024) MB", at: location,
                    hint: "split it into several roadmaps"))
        }
        return bytes.withUnsafeBufferPointer { decode($0, path: path) }
    }

    /// A failed `read(2)`, with the `errno` it set (taken at once: freeing memory afterwards
    /// may change `errno`).
    private struct ReadFailure: Error {
        var code: Int32
    }

    /// Reads `descriptor` to its end, or to one byte past `maximumSize`. `expectedSize`, the
    /// size `fstat` saw, only sizes the buffer.
    private static func readAll(_ descriptor: Int32, expectedSize: Int) -> Result<[UInt8], ReadFailure> {
        let limit = maximumSize + 1
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(max(expectedSize, 0), maximumSize) + 1)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16 * 1024) { chunk in
            while bytes.count < limit {
                let count = Glibc.read(descriptor, chunk.baseAddress, min(chunk.count, limit - bytes.count))
                if count < 0 {
                    let code = errno
                    if code == EINTR { continue }
                    return .failure(ReadFailure(code: code))
                }
                if count == 0 { break }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[..<count]))
            }
            return .success(bytes)
        }
    }

    /// Decodes file bytes as text, or reports where they stop being UTF-8 or hold a control
    /// character. Line ends are made LF first, so that lines are counted as an editor shows them.
    ///
    /// Text without a problem is validated and copied once; lines and columns are counted only
    /// for a problem.
    static func decode(_ all: UnsafeBufferPointer<UInt8>, path: String) -> Result<String, Diagnostic> {
        let bytes = all.starts(with: byteOrderMark) ? UnsafeBufferPointer(rebasing: all.dropFirst(3)) : all
        guard firstOffset(of: UInt8(ascii: "\r"), in: bytes) != nil else { return decodeLines(bytes, path: path) }
        let lines = withLineFeedEndings(bytes)
        return lines.withUnsafeBufferPointer { decodeLines($0, path: path) }
    }

    /// Decodes bytes whose lines end in LF.
    private static func decodeLines(_ bytes: UnsafeBufferPointer<UInt8>, path: String) -> Result<String, Diagnostic> {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(in: bytes)
            return .failure(
                .error(
                    "the file is not UTF-8 text", at: SourceLocation(file: path, line: line, column: column),
                    hint: "save it with UTF-8 encoding"))
        }
        if let offset = ControlCharacters.firstOffset(in: bytes) {
            let (line, column) = SourceText.lineAndColumn(ofByteOffset: offset, in: text.utf8)
            // A C1 control is two bytes, 0xC2 then the scalar's own value.
            let scalar = Unicode.Scalar(bytes[offset] == 0xC2 ? bytes[offset + 1] : bytes[offset])
            return .failure(
                .error(
                    "the file contains the control character \(ControlCharacters.name(scalar))",
                    at: SourceLocation(file: path, line: line, column: column),
                    hint: "delete it: it is invisible in most editors, and web pages and feeds may not hold it"))
        }
        return .success(text)
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The offset of the first `byte` in `bytes`, found with `memchr`.
    private static func firstOffset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let found = memchr(base, Int32(byte), bytes.count) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The bytes with each CR LF pair, and each CR alone, turned into LF.
    private static func withLineFeedEndings(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\r") {
                result.append(UInt8(ascii: "\n"))
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
            } else {
                result.append(byte)
            }
            index += 1
        }
        return result
    }

    /// The line and column (in scalars) of the first byte that is not valid UTF-8.
    private static func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
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

    private static func validSequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
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
