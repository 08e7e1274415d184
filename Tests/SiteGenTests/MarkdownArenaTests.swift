import CMarkGFM
import Foundation
import MarkdownArena
import Testing

@testable import SiteGen

/// cmark-gfm's per-document arenas (`markdown_arena.h`): blocks as malloc's would be, and
/// bodies rendered from an arena exactly as from cmark-gfm's default allocator. Serialized: one
/// test takes every free arena for a while (tests of other suites then use the default allocator).
@Suite("Markdown arenas", .serialized)
struct MarkdownArenaTests {
    /// An arena's allocator, released when `body` returns; nil when all are in use.
    private static func withArena(_ body: (cmark_mem) -> Void) {
        guard let arena = sitegen_markdown_arena_acquire() else {
            Issue.record("no free arena")
            return
        }
        defer { sitegen_markdown_arena_release(arena) }
        body(arena.assumingMemoryBound(to: cmark_mem.self).pointee)
    }

    @Test func callocZeroesRoomTakenBackFromAFreedBlock() throws {
        Self.withArena { memory in
            let first = memory.calloc(1, 100)!.assumingMemoryBound(to: UInt8.self)
            first.update(repeating: 0xAB, count: 100)
            memory.free(first)
            let second = memory.calloc(10, 10)!.assumingMemoryBound(to: UInt8.self)
            // The room of the last block, freed, is cut again: it must come back zeroed.
            #expect(second == first)
            #expect(UnsafeBufferPointer(start: second, count: 100).allSatisfy { $0 == 0 })
        }
    }

    @Test func blocksAreAlignedAndApart() {
        Self.withArena { memory in
            var blocks: [(UnsafeMutablePointer<UInt8>, Int)] = []
            for size in [1, 7, 16, 17, 100, 4_000, 70_000, 3, 65_536, 200_000, 9] {
                let block = memory.calloc(1, size)!.assumingMemoryBound(to: UInt8.self)
                #expect(Int(bitPattern: block) % 16 == 0, "\(size)")
                block.update(repeating: UInt8(truncatingIfNeeded: size), count: size)
                blocks.append((block, size))
            }
            for (block, size) in blocks {
                let bytes = UnsafeBufferPointer(start: block, count: size)
                #expect(bytes.allSatisfy { $0 == UInt8(truncatingIfNeeded: size) }, "\(size)")
            }
        }
    }

    @Test func reallocKeepsTheBytesWhetherItGrowsInPlaceOrMoves() {
        Self.withArena { memory in
            // Grown in place: the last block.
            var buffer = memory.realloc(nil, 10)!.assumingMemoryBound(to: UInt8.self)
            for index in 0..<10 { buffer[index] = UInt8(index) }
            let grown = memory.realloc(buffer, 1_000)!.assumingMemoryBound(to: UInt8.self)
            #expect(grown == buffer)
            for index in 10..<1_000 { grown[index] = UInt8(truncatingIfNeeded: index) }
            // Moved: another block came after it.
            let other = memory.calloc(1, 32)!.assumingMemoryBound(to: UInt8.self)
            other.update(repeating: 0xCD, count: 32)
            buffer = memory.realloc(grown, 3_000)!.assumingMemoryBound(to: UInt8.self)
            #expect(buffer != grown)
            #expect((0..<1_000).allSatisfy { buffer[$0] == UInt8(truncatingIfNeeded: $0) })
            #expect(UnsafeBufferPointer(start: other, count: 32).allSatisfy { $0 == 0xCD })
            // Past a chunk: a block of its own, moved with its bytes.
            for index in 1_000..<3_000 { buffer[index] = UInt8(truncatingIfNeeded: index) }
            let large = memory.realloc(buffer, 300_000)!.assumingMemoryBound(to: UInt8.self)
            #expect((0..<3_000).allSatisfy { large[$0] == UInt8(truncatingIfNeeded: $0) })
            // Shrunk: the first bytes stay.
            let small = memory.realloc(large, 5)!.assumingMemoryBound(to: UInt8.self)
            #expect((0..<5).allSatisfy { small[$0] == UInt8($0) })
        }
    }

    /// Random callocs, reallocs and frees (mostly of the last block, as cmark-gfm's buffers grow
    /// and are freed) against a model of the live blocks: each keeps its bytes and never overlaps
    /// another, new room is zeroed, every block is aligned. (From the arena's review, where a
    /// free that took back any block, not only the last, failed here.)
    @Test func randomCallsKeepEveryLiveBlockAsAModelSaysItIs() {
        var random = FuzzTests.SeededGenerator(state: 0x5EED_A7E7A)
        func below(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        Self.withArena { memory in
            var live: [(pointer: UnsafeMutablePointer<UInt8>, size: Int, fill: UInt8)] = []
            func intact(_ block: (pointer: UnsafeMutablePointer<UInt8>, size: Int, fill: UInt8)) -> Bool {
                UnsafeBufferPointer(start: block.pointer, count: block.size).allSatisfy { $0 == block.fill }
            }
            for step in 0..<4_000 {
                let size = below(100) < 3 ? 60_000 + below(100_000) : below(100) < 20 ? below(5_000) : below(200)
                let operation = below(10)
                if operation < 4 || live.isEmpty {
                    let pointer = memory.calloc(1, size)!.assumingMemoryBound(to: UInt8.self)
                    #expect(Int(bitPattern: pointer) % 16 == 0)
                    #expect(UnsafeBufferPointer(start: pointer, count: size).allSatisfy { $0 == 0 }, "step \(step)")
                    let fill = UInt8(truncatingIfNeeded: step | 1)
                    pointer.update(repeating: fill, count: size)
                    live.append((pointer, size, fill))
                } else if operation < 8 {
                    let index = below(100) < 60 ? live.count - 1 : below(live.count)
                    let old = live.remove(at: index)
                    let pointer = memory.realloc(old.pointer, size)!.assumingMemoryBound(to: UInt8.self)
                    #expect(Int(bitPattern: pointer) % 16 == 0)
                    let kept = min(old.size, size)
                    #expect(
                        UnsafeBufferPointer(start: pointer, count: kept).allSatisfy { $0 == old.fill }, "step \(step)")
                    pointer.update(repeating: old.fill, count: size)
                    live.append((pointer, size, old.fill))
                } else {
                    memory.free(live.remove(at: below(100) < 60 ? live.count - 1 : below(live.count)).pointer)
                }
                if step % 97 == 0 {
                    for block in live where !intact(block) { Issue.record("step \(step): a block was overwritten") }
                }
            }
            for block in live where !intact(block) { Issue.record("a block was overwritten") }
        }
    }

    /// Every body of the fixtures, and one that takes cmark-gfm through tables, task lists,
    /// footnotes, typed resources, raw HTML (sanitized and kept), a learn list and a block past
    /// an arena's chunk, renders the same from an arena as from the default allocator.
    @Test func bodiesRenderAsWithTheDefaultAllocator() throws {
        var texts = try FileManager.default.subpathsOfDirectory(atPath: TestFiles.fixtures)
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".txt") }.sorted()
            .map { TestFiles.read(TestFiles.fixtures + "/" + $0) }
        texts.append(Self.everything)
        #expect(texts.count > 10)
        let renderers = [false, true].map { allowsRawHTML in
            var renderer = RoadmapBodyRenderer(
                allowsRawHTML: allowsRawHTML,
                links: LinkRewriter(
                    paths: SitePaths(basePath: "/"), slug: Slug("backend")!, published: [Slug("backend")!], drafts: []))
            renderer.topicTitles = [Slug("caching")!: "Caching"]
            return renderer
        }
        let source = RoadmapSource(path: "backend.md", bodyLineOffset: 0)
        func renderAll() -> [RoadmapBody] {
            renderers.flatMap { renderer in texts.map { renderer.render($0, source: source).0 } }
        }
        let fromArenas = renderAll()
        // Every arena taken (tests running beside this one may hold some): the default allocator.
        var taken: [UnsafeMutableRawPointer] = []
        while let arena = sitegen_markdown_arena_acquire() { taken.append(arena) }
        let fromDefault = renderAll()
        for arena in taken { sitegen_markdown_arena_release(arena) }
        #expect(taken.count > 0)
        #expect(fromArenas == fromDefault)
        #expect(fromArenas.last?.sections.contains { $0.html.contains("resource-type-video") } == true)
    }

    private static let everything: String = {
        var text = "# Backend\n\nIntro with a footnote[^1] and <b>bold</b> <script>x</script>.\n\n"
        text += "## What you'll learn\n\n- Caching\n- Tables\n\n## Tables\n\n| a | b |\n|---|:-:|\n"
        text += String(repeating: "| ~~x~~ | www.example.com |\n", count: 300)
        text += "\n## Tasks\n\n- [ ] one\n- [x] **two**\n- [ ]\n\n## Resources\n\n"
        text +=
            "- [@video@Talk](https://example.org/v)\n- [@article@](https://example.org/a)\n- [@nope@X](https://x.org)\n\n"
        text += "<div><p>open\n\n## Big\n\n```\n" + String(repeating: "0123456789abcdef ", count: 9_000) + "\n```\n\n"
        text += "[^1]: The note.\n"
        return text
    }()
}
