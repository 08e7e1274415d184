import Foundation
import Testing

@testable import SiteGen

/// The benchmark's topic corpus (scripts/bench_topic_corpus.py), written to the contract by
/// another hand, read by the map parser and the topic loader: no problem is found, and the map
/// order, each topic's parent and its title are the ones the generator wrote down for Hugo; and
/// the benchmark's report of a run over it.
@Suite("Map: the benchmark's topic corpus")
struct TopicCorpusTests {
    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    struct Entry: Decodable {
        var parent: String
        var title: String
    }

    /// A new folder holding the topic corpus of `roadmaps` roadmaps of `topics` topics each.
    static func generate(roadmaps: Int, topics: Int) throws -> String {
        let root = TestFiles.temporaryDirectory()
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: try #require(Self.python))
        generator.arguments = [
            TestFiles.packageRoot + "/scripts/bench_topic_corpus.py", String(roadmaps), String(topics), root,
        ]
        generator.standardOutput = FileHandle.nullDevice
        try generator.run()
        generator.waitUntilExit()
        #expect(generator.terminationStatus == 0)
        return root
    }

    /// `scripts/bench.sh --topics 5x10` (the CI's smoke run) with the test's sitegen: its report
    /// names the pages the topic corpus makes (no FAQ pages), and says its ratios are noise.
    @Test(
        .enabled(
            if: python != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/time"),
            "needs python3 and GNU time"))
    func theBenchmarksReportOfASmallTopicCorpusSaysWhatItBuiltAndThatItsRatiosAreNoise() throws {
        let (status, report) = try TestFiles.run(
            "/bin/bash", [TestFiles.packageRoot + "/scripts/bench.sh", "--topics", "5x10"],
            environment: [
                "BENCH_RUNS": "1", "BENCH_SKIP_HUGO": "1", "BENCH_INSTALL": "0",
                "BENCH_DIR": TestFiles.temporaryDirectory(),
                "SITEGEN_BIN": try #require(CommandLineTests.binary, "build the sitegen product first"),
            ])
        #expect(status == 0)
        let lines = report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let memory = try #require(lines.firstIndex { $0.hasPrefix("sitegen peak memory: ") }, "\(report)")
        try #require(memory + 1 < lines.count)
        // Whether a target is met is judged on the exact ratio, which the rounded one may hide.
        #expect(lines[memory].contains(/^sitegen peak memory: \d+\.\d MB \(target <= 150: met\)$/))
        #expect(
            lines.contains {
                $0.contains(/^sitegen\/floor: wall \d+\.\d{2}x \(target <= 1\.3: (met|not met), \d+\.\d{3}\)$/)
            }, "\(report)")
        #expect(
            lines[memory + 1].contains(
                /^note: a small corpus \(62 pages, \d+\.\d{3} s\): start-up outweighs the work, so the ratios are noise; the targets are for --topics 100x100$/
            ), "under the ratios")
        #expect(
            report.contains(
                """
                sitegen pages: 5 roadmap pages, their 5 related pages (the corpus has no FAQ,
                  so no FAQ pages), 50 topic pages, index.html and 404.html (62 .html files;
                  plus sitemap.xml, feed.xml, robots.txt, assets;
                """), "\(report)")
    }

    @Test(.enabled(if: python != nil, "needs python3"))
    func readsEveryRoadmapAndTopicAsTheGeneratorMeantThem() throws {
        let root = try Self.generate(roadmaps: 4, topics: 30)

        let roadmapsDirectory = root + "/content/roadmaps"
        let slugs = try FileManager.default.contentsOfDirectory(atPath: roadmapsDirectory)
            .filter { $0.hasSuffix(".md") }.map { Slug(String($0.dropLast(3)))! }.sorted()
        var diagnostics = Diagnostics()
        var folders: [Slug: TopicFolder] = [:]
        for slug in slugs {
            folders[slug] = TopicFolder.scan(
                directory: roadmapsDirectory + "/" + slug.value, roadmap: slug, contentRoot: root + "/content",
                into: &diagnostics)
        }
        var order: [String] = []
        for slug in slugs {
            let path = roadmapsDirectory + "/" + slug.value + ".md"
            let split = try FrontMatter.read(path).get()
            let locator = BodyLocator(
                markdown: split.body, source: RoadmapSource(path: path, bodyLineOffset: split.bodyLineOffset))
            let targets = MapTargets(
                roadmap: slug, roadmaps: Set(slugs),
                topics: folders.mapValues { Set($0.topics.map(\.id.topic)) })
            let document = try MarkdownDocument(split.body, allowsRawHTML: false)
            let section = try #require(RoadmapMapParser(targets: targets, locator: locator).parse(document))
            let map = try #require(section.map)
            diagnostics.append(contentsOf: section.diagnostics)
            diagnostics.append(contentsOf: TypedResources.mark(in: document, locator: locator))

            let topics = try #require(folders[slug]).topics.compactMap {
                TopicFile.load(path: $0.path, id: $0.id, into: &diagnostics)
            }
            diagnostics.append(contentsOf: TopicFolder.orphans(topics, map: map, roadmapFile: slug.value + ".md"))
            let expected = try JSONDecoder().decode(
                [String: Entry].self,
                from: Data(contentsOf: URL(fileURLWithPath: root + "/hugo/data/maps/\(slug).json")))
            let titles = Dictionary(uniqueKeysWithValues: topics.map { ($0.id.topic.value, $0.title) })
            for (topic, parent) in map.topicsInOrder {
                order.append("\(slug)/\(topic)")
                #expect(expected[topic.value]?.parent == (parent?.value ?? ""), "\(slug)/\(topic)")
                #expect(expected[topic.value]?.title == titles[topic.value], "\(slug)/\(topic)")
            }
        }
        #expect(diagnostics.all.map { DiagnosticFormatter(workingDirectory: root).compilerStyle($0) } == [])
        #expect(order == TestFiles.read(root + "/topics.txt").split(separator: "\n").map(String.init))
        #expect(order.count == 120)
    }
}
