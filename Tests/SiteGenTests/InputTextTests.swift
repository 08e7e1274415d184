import Foundation
import Testing

@testable import SiteGen

@Suite("Reading input files")
struct InputTextTests {
    private func withFile<T>(_ bytes: [UInt8], _ body: (String) throws -> T) throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-input-\(UUID().uuidString)")
            .path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    @Test func readsTheWholeFileUpToTheLimit() throws {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: InputText.maximumSize)
        let text = try withFile(bytes) { try InputText.read($0).get() }
        #expect(text.utf8.count == InputText.maximumSize)
    }

    @Test func refusesAFileOneBytePastTheLimit() throws {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: InputText.maximumSize + 1)
        let result = try withFile(bytes) { InputText.read($0) }
        guard case .failure(let diagnostic) = result else {
            Issue.record("a file past the limit was read")
            return
        }
        #expect(diagnostic.message == "the file is larger than 5 MB")
    }

    @Test func dropsTheByteOrderMarkAndCarriageReturns() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\r\nb\r\n".utf8)
        #expect(try withFile(bytes) { try InputText.read($0).get() } == "a\nb\n")
    }

    @Test func turnsEveryLineEndingIntoALineFeed() throws {
        let bytes = Array("a\rb\r\nc\r\rd\n\re\r".utf8)
        #expect(try withFile(bytes) { try InputText.read($0).get() } == "a\nb\nc\n\nd\n\ne\n")
    }

    @Test(arguments: [
        ("x\u{1B}[31m", "1:2", "U+001B (escape)"),
        ("ok\r\nab\u{7}", "2:3", "U+0007 (bell)"),
        ("ok\rÉté\u{C}", "2:4", "U+000C (form feed)"),
        ("don\u{92}t", "1:4", "U+0092 (a C1 control, often a Windows-1252 character read as Latin-1)"),
        ("\u{7F}", "1:1", "U+007F (delete)"),
        ("a\u{0}", "1:2", "U+0000 (NUL)"),
    ])
    func refusesControlCharactersAtTheirLineAndColumn(text: String, location: String, name: String) throws {
        let result = try withFile(Array(text.utf8)) { InputText.read($0) }
        guard case .failure(let diagnostic) = result else {
            Issue.record("\(text.debugDescription) was read")
            return
        }
        #expect("\(diagnostic.line ?? 0):\(diagnostic.column ?? 0)" == location)
        #expect(diagnostic.message == "the file contains the control character \(name)")
    }

    @Test func keepsTabsAndCharactersNextToTheC1Block() throws {
        let text = "a\tb \u{A0}\u{C0}\u{2028}\n"
        #expect(try withFile(Array(text.utf8)) { try InputText.read($0).get() } == text)
    }

    @Test func readsAnEmptyFile() throws {
        #expect(try withFile([]) { try InputText.read($0).get() } == "")
    }

    /// `ControlCharacters.firstOffset` against a byte-by-byte reference, for every byte value
    /// at every position of the 16-byte blocks and the tail, and after a `0xC2` at each, among
    /// letters and among line feeds (which a block may hold without being looked into).
    @Test func findsTheFirstControlCharacterAtAnyOffset() {
        func reference(_ bytes: [UInt8]) -> Int? {
            bytes.indices.first { index in
                let byte = bytes[index]
                return (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
                    || (byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] < 0xA0)
            }
        }
        for (length, background) in [0, 1, 7, 15, 16, 17, 31, 33].flatMap({
            [($0, UInt8(ascii: "a")), ($0, UInt8(ascii: "\n"))]
        }) {
            for position in 0..<max(length, 1) {
                for value in UInt8.min...UInt8.max {
                    for next: UInt8 in [UInt8(ascii: "a"), 0x85, 0xA9] {
                        var bytes = [UInt8](repeating: background, count: length)
                        if position < length { bytes[position] = value }
                        if position + 1 < length { bytes[position + 1] = next }
                        let found = bytes.withUnsafeBufferPointer { ControlCharacters.firstOffset(in: $0) }
                        #expect(found == reference(bytes), "\(bytes)")
                    }
                }
            }
        }
    }
}
