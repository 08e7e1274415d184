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

    @Test func readsAnEmptyFile() throws {
        #expect(try withFile([]) { try InputText.read($0).get() } == "")
    }
}
