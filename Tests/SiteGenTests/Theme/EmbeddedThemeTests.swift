import DefaultTheme
import Foundation
import Testing

/// The default theme built into the binary is the theme's folder, byte for byte.
@Suite("Embedded theme")
struct EmbeddedThemeTests {
    @Test func generatedFileIsUpToDate() throws {
        let expected = EmbeddedThemeSource.swiftFile(for: EmbeddedThemeSource.files(in: TestFiles.defaultTheme))
        if ProcessInfo.processInfo.environment["SITEGEN_RECORD_THEME"] == "1" {
            TestFiles.write(expected, to: TestFiles.defaultThemeSwift)
        }
        let upToDate = TestFiles.read(TestFiles.defaultThemeSwift) == expected
        #expect(
            upToDate,
            "DefaultThemeFiles.swift is stale: run SITEGEN_RECORD_THEME=1 swift test --filter EmbeddedThemeTests")
    }

    @Test func embeddedFilesAreTheFolderByteForByte() {
        let folder = EmbeddedThemeSource.files(in: TestFiles.defaultTheme)
        #expect(!folder.isEmpty)
        #expect(DefaultThemeFiles.files.keys.sorted() == folder.keys.sorted())
        for (path, bytes) in folder.sorted(by: { $0.key < $1.key }) {
            let same = DefaultThemeFiles.files[path] == bytes
            #expect(same, "\(path) differs from the folder's file")
        }
    }

    @Test func textAndBinaryFilesSurviveTheLiterals() {
        let text = EmbeddedThemeSource.swiftFile(for: [
            "a.txt": Array("\"\"\"# and \\#( stay\nlast line\n".utf8), "b.bin": [0, 13, 10, 255],
        ])
        #expect(text.contains("##\"\"\"\n\"\"\"# and \\#( stay\nlast line\n\n\"\"\"##"))
        #expect(text.contains("base64(\n\"\"\"\nAA0K/w==\n\"\"\")"))
    }
}
