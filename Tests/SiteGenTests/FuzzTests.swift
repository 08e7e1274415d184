import Foundation
import Testing

@testable import SiteGen

/// Thousands of mutated roadmap files through the loader and the body renderer: none may
/// crash, and every failure must be a diagnostic naming the file.
@Suite("Loader fuzzing")
struct FuzzTests {
    /// A small deterministic random number generator (SplitMix64).
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let seedFile = Array(
        """
        ---
        title: "Backend: \\"APIs\\""
        level: Intermediate
        description: Build the systems users don't see.
        related: [python, frontend]
        updated: 2026-04-27
        draft: false
        ---

        Intro with [a link](python.md#setup) and `code`.

        ## How to follow this roadmap

        1. Pick a language — *really*.
        2. Learn HTTP[^1].

        | a | b |
        |---|---|
        | 1 | 2 |

        ```swift
        let x = "<tag>"
        ```

        ## Frequently asked questions

        ### Which language first?

        Python.

        ### Why?

        - [x] Because.

        [^1]: A note.

        """.utf8)

    static func mutate(_ bytes: [UInt8], using generator: inout SeededGenerator) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            switch Int.random(in: 0..<9, using: &generator) {
            case 0:
                result = Array(result.prefix(Int.random(in: 0...result.count, using: &generator)))
            case 1:
                let position = Int.random(in: 0...result.count, using: &generator)
                let noise = (0..<Int.random(in: 1...16, using: &generator)).map { _ in
                    UInt8.random(in: 0...255, using: &generator)
                }
                result.insert(contentsOf: noise, at: position)
            case 2:
                let position = Int.random(in: 0...result.count, using: &generator)
                result.insert(0, at: position)
            case 3:
                let depth = Int.random(in: 10...200, using: &generator)
                let deep = "deep: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
                result.insert(contentsOf: Array(deep.utf8), at: min(4, result.count))
            case 4:
                let position = Int.random(in: 0...result.count, using: &generator)
                result.insert(
                    contentsOf: Array(
                        repeating: UInt8(ascii: "x"), count: Int.random(in: 1000...20_000, using: &generator)),
                    at: position)
            case 5:
                guard !result.isEmpty else { continue }
                let position = Int.random(in: 0..<result.count, using: &generator)
                result[position] =
                    [
                        UInt8(ascii: "-"), UInt8(ascii: "#"), UInt8(ascii: ":"), UInt8(ascii: "\n"),
                        UInt8(ascii: "["), UInt8(ascii: "`"), UInt8(ascii: "*"), 0xE2,
                    ][Int.random(in: 0..<8, using: &generator)]
            case 6:
                guard result.count > 2 else { continue }
                let start = Int.random(in: 0..<result.count, using: &generator)
                let end = min(result.count, start + Int.random(in: 1...40, using: &generator))
                result.removeSubrange(start..<end)
            case 7:
                let position = Int.random(in: 0...result.count, using: &generator)
                let snippets = [
                    "\n---\n", "\n## FAQ\n", "\n### Why?\n", "\n# H\n", "\r\n", "\u{FEFF}", "&", "\u{2028}", "<script>",
                ]
                result.insert(
                    contentsOf: Array(snippets[Int.random(in: 0..<snippets.count, using: &generator)].utf8),
                    at: position)
            default:
                let position = Int.random(in: 0...result.count, using: &generator)
                result.insert(contentsOf: Array("key\(position): {a: [b, {c: d}]}\n".utf8), at: position)
            }
        }
        return result
    }

    @Test func mutatedFilesNeverCrashAndEveryFailureNamesTheFile() throws {
        var generator = SeededGenerator(state: 20_261_127)
        let directory = TestFiles.temporaryDirectory()
        let path = directory + "/fuzz.md"
        let slug = Slug("fuzz")!
        let renderer = RoadmapBodyRenderer(
            allowsRawHTML: false,
            links: LinkRewriter(paths: SitePaths(basePath: "/"), slug: slug, published: [slug], drafts: []))
        var failures = 0
        for _ in 0..<3000 {
            let bytes = Self.mutate(Self.seedFile, using: &generator)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            var diagnostics = Diagnostics()
            let file = RoadmapFile.load(path: path, slug: slug, into: &diagnostics)
            if let file, case .success(let text) = InputText.read(path),
                case .success(let split) = FrontMatter.split(text, path: path)
            {
                let (_, bodyDiagnostics) = renderer.render(split.body, source: file.source)
                diagnostics.append(contentsOf: bodyDiagnostics)
            } else {
                #expect(diagnostics.hasErrors, "a file that cannot be loaded must say why")
            }
            if diagnostics.hasErrors { failures += 1 }
            for diagnostic in diagnostics.all {
                #expect(diagnostic.file == path)
                #expect(!diagnostic.message.isEmpty)
                if let line = diagnostic.line { #expect(line >= 1) }
                if let column = diagnostic.column { #expect(column >= 1) }
            }
        }
        #expect(failures > 300, "the mutations should break many files")
    }
}
