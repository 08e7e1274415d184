import Foundation
import Synchronization
import Testing

@testable import SiteGen

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `sitegen serve` end to end: a real server on a free port, pages fetched over HTTP, files
/// edited on disk, the reload event and the new page seen, errors shown over the last good page.
@Suite("Preview: serving")
struct ServeEndToEndTests {
    /// A site with its own theme and a running preview of it.
    struct Running {
        let site: TestSite
        let session: PreviewSession
        var http: RawHTTP { RawHTTP(port: session.port) }
    }

    /// Runs a preview of a site with its own theme (roadmaps `a` and `b`) for as long as `body`
    /// runs, then cancels it and waits until it has stopped.
    static func withPreview<Result>(
        siteYML: String = "title: Test Roadmaps\nbase_url: https://example.org/\n", polling: Int? = nil,
        _ body: (Running) async throws -> Result
    ) async throws -> Result {
        let site = TestSite(
            siteYML: siteYML,
            roadmaps: [
                "a": roadmapFile("title: Alpha\nupdated: 2026-01-01\nrelated: [b]"),
                "b": roadmapFile("title: Beta\nupdated: 2026-01-02"),
            ])
        _ = site.copyTheme()
        let session = try PreviewSession(
            inputs: SiteInputs(contentDirectory: site.content, templatesDirectory: site.root + "/templates"),
            port: 0, polling: polling, workingDirectory: site.root)
        let executor = ThreadTaskExecutor(name: "preview session")
        defer { executor.stop() }
        return try await withThrowingTaskGroup(of: Void.self, returning: Result.self) { group in
            group.addTask(executorPreference: executor) { await session.run() }
            defer { group.cancelAll() }
            #expect(try await waitUntil { session.isRunning })
            return try await body(Running(site: site, session: session))
        }
    }

    /// Fetches a URL with Foundation's HTTP client.
    static func fetch(_ url: String) async throws -> (status: Int, type: String?, text: String) {
        let session = URLSession(configuration: .ephemeral)
        defer { session.finishTasksAndInvalidate() }
        let (data, response) = try await session.data(from: URL(string: url)!)
        let http = try #require(response as? HTTPURLResponse)
        return (
            http.statusCode, http.value(forHTTPHeaderField: "Content-Type"), String(decoding: data, as: UTF8.self)
        )
    }

    /// Polls `condition` every 10 ms for up to `seconds`.
    static func eventually(within seconds: Double = 5, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return try condition()
    }

    /// Polls `condition` every 5 ms for up to `seconds` without holding a thread of the task
    /// pool, where other tests' blocking calls may hold every thread (two on two cores) for many
    /// seconds. The server's and the watcher's runs, which start and join their threads, run on
    /// a thread of their own (`ThreadTaskExecutor`), so they start even then.
    static func waitUntil(within seconds: Double = 60, _ condition: () -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while ContinuousClock.now < deadline {
            if condition() { return true }
            try await Task.sleep(for: .milliseconds(5))
        }
        return condition()
    }

    @Test func editARoadmapAndSeeTheReloadEventAndTheNewPage() async throws {
        try await Self.withPreview { running in
            let page = try await Self.fetch(running.session.address + "a/")
            #expect(page.status == 200)
            #expect(page.type == "text/html; charset=utf-8")
            #expect(page.text.contains("<h1>Alpha</h1>"))
            #expect(page.text.contains("new EventSource(\"/__sitegen/events\")"))

            let events = try EventStreamReader(port: running.session.port)
            let first = try #require(events.next())
            running.site.addRoadmap("b", roadmapFile("title: Beta Two\nupdated: 2026-01-02"))
            let second = try #require(events.next())
            #expect(second != first)
            let related = try await Self.fetch(running.session.address + "a/")
            #expect(related.text.contains("Beta Two"))
            #expect(related.text.contains("const version = \"\(second)\";"))
            let index = try await Self.fetch(running.session.address)
            #expect(index.text.contains("Beta Two"))
        }
    }

    @Test func brokenFileShowsTheOverlayOnTheLastGoodPageUntilFixed() async throws {
        try await Self.withPreview { running in
            let events = try EventStreamReader(port: running.session.port)
            _ = try #require(events.next())
            running.site.addRoadmap(
                "a",
                roadmapFile("title: Alpha Broken\nupdated: 2026-01-01\nrelated: [b, \"<img src=x onerror=alert(1)>\"]")
            )
            _ = try #require(events.next())
            let broken = try await Self.fetch(running.session.address + "a/")
            #expect(broken.status == 200)
            #expect(broken.text.contains("<h1>Alpha</h1>"))
            #expect(broken.text.contains("id=\"sitegen-overlay\""))
            #expect(
                broken.text.contains(
                    "content/roadmaps/a.md:4:14: error: related roadmap `&lt;img src=x onerror=alert(1)&gt;` does not exist"
                ))
            #expect(!broken.text.contains("<img src=x"))

            running.site.addRoadmap("a", roadmapFile("title: Alpha Fixed\nupdated: 2026-01-01\nrelated: [b]"))
            _ = try #require(events.next())
            let fixed = try await Self.fetch(running.session.address + "a/")
            #expect(fixed.text.contains("<h1>Alpha Fixed</h1>"))
            #expect(!fixed.text.contains("sitegen-overlay"))
        }
    }

    @Test func servedPagesAreTheBuiltPagesWithOnlyTheScriptAdded() async throws {
        try await Self.withPreview { running in
            let output = running.site.root + "/public"
            _ = try SiteBuilder(
                inputs: SiteInputs(
                    contentDirectory: running.site.content, templatesDirectory: running.site.root + "/templates"),
                outputDirectory: output
            ).build()
            let built = TestFiles.read(output + "/a/index.html")
            #expect(!built.contains("sitegen-live-reload"))
            let served = try running.http.request("/a/").text
            let version = running.session.snapshot.version
            #expect(
                served
                    == String(
                        decoding: LiveReload.inject(into: Array(built.utf8), version: version, problems: []),
                        as: UTF8.self)
            )
        }
    }

    @Test func contentTypesFoldersAnd404() async throws {
        try await Self.withPreview { running in
            TestFiles.write(
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", to: running.site.root + "/templates/assets/logo.svg")
            running.session.filesChanged([running.site.root + "/templates/assets/logo.svg"])
            let expected = [
                "/": "text/html; charset=utf-8", "/b/related/": "text/html; charset=utf-8",
                "/assets/style.css": "text/css; charset=utf-8", "/assets/logo.svg": "image/svg+xml",
                "/feed.xml": "application/xml", "/sitemap.xml": "application/xml",
                "/robots.txt": "text/plain; charset=utf-8",
            ]
            for (target, type) in expected {
                let response = try running.http.request(target)
                #expect(response.status == 200, "\(target)")
                #expect(response.headers["content-type"] == type, "\(target)")
            }
            let folder = try running.http.request("/a")
            #expect(folder.status == 301)
            #expect(folder.headers["location"] == "/a/")
            let missing = try running.http.request("/no-such-page/")
            #expect(missing.status == 404)
            #expect(missing.text.contains("Page not found"))
            #expect(try running.http.request("/a/", method: "HEAD").body.isEmpty)
        }
    }

    @Test func pathsThatEscapeTheSiteAreRefused() async throws {
        try await Self.withPreview { running in
            let outside = running.site.root + "/secret.txt"
            TestFiles.write("root:secret", to: outside)
            try FileManager.default.createSymbolicLink(
                atPath: running.site.root + "/templates/assets/secret.txt", withDestinationPath: outside)
            try FileManager.default.createSymbolicLink(
                atPath: running.site.root + "/templates/assets/up", withDestinationPath: running.site.root)
            running.session.filesChanged([running.site.root + "/templates/assets/secret.txt"])
            #expect(running.session.snapshot.site?.files.keys.contains { $0.contains("secret") } == false)
            for target in [
                "/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt", "/assets/%2E%2E/%2e%2e/secret.txt",
                "/assets/..%2f..%2fsecret.txt", "//secret.txt", "/assets/secret.txt", "/assets/up/secret.txt",
                "/assets/up/content/site.yml", running.site.root + "/secret.txt",
            ] {
                let response = try running.http.request(target)
                #expect(response.status == 400 || response.status == 404, "\(target)")
                #expect(!response.text.contains("root:secret"), "\(target)")
            }
        }
    }

    @Test func basePathOfTheSiteIsServed() async throws {
        try await Self.withPreview(siteYML: "title: T\nbase_url: https://example.org/docs/\n") { (running) throws in
            #expect(running.session.address.hasSuffix("/docs/"))
            #expect(try running.http.request("/docs/a/").status == 200)
            #expect(try running.http.request("/docs/a/").text.contains("href=\"/docs/b/\""))
            #expect(try running.http.request("/").headers["location"] == "/docs/")
            #expect(try running.http.request("/a/").status == 404)
        }
    }

    @Test func manyConcurrentRequestsAndClientsThatDrop() async throws {
        try await Self.withPreview { running in
            let http = running.http
            for _ in 0..<20 {
                let descriptor = try http.connect()
                RawHTTP.send("GET /a/ HTT", on: descriptor)
                close(descriptor)
            }
            for _ in 0..<20 { close(try http.connect()) }
            let dropped = try EventStreamReader(port: running.session.port)
            _ = dropped.next()
            dropped.disconnect()
            #expect(Self.eventually { running.session.listeningPageCount == 0 })

            let failures = Mutex(0)
            DispatchQueue.concurrentPerform(iterations: 64) { index in
                let target = ["/", "/a/", "/b/related/", "/assets/style.css"][index % 4]
                if (try? http.request(target).status) != 200 { failures.withLock { $0 += 1 } }
            }
            #expect(failures.withLock { $0 } == 0)
        }
    }

    @Test func pollingFindsChangesToo() async throws {
        try await Self.withPreview(polling: 20) { running in
            let events = try EventStreamReader(port: running.session.port)
            _ = try #require(events.next())
            running.site.addRoadmap("a", roadmapFile("title: Alpha Polled\nupdated: 2026-01-01\nrelated: [b]"))
            _ = try #require(events.next())
            #expect(try running.http.request("/a/").text.contains("<h1>Alpha Polled</h1>"))
        }
    }

    /// Issue 11, item 3: one cancellation stops the server, the watcher and the rebuilds.
    @Test func cancellingTheRunStopsServingWatchingAndRebuilding() async throws {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: Alpha\nupdated: 2026-01-01")])
        _ = site.copyTheme()
        let rebuilds = Atomic(0)
        let session = try PreviewSession(
            inputs: SiteInputs(contentDirectory: site.content, templatesDirectory: site.root + "/templates"),
            port: 0, workingDirectory: site.root
        ) { _ in rebuilds.add(1, ordering: .relaxed) }
        let finished = Atomic(false)
        let executor = ThreadTaskExecutor(name: "preview session")
        defer { executor.stop() }
        let running = Task(executorPreference: executor) {
            await session.run()
            finished.store(true, ordering: .relaxed)
        }
        #expect(try await Self.waitUntil { session.isRunning })
        let http = RawHTTP(port: session.port)
        let events = try EventStreamReader(port: session.port)
        _ = try #require(events.next())
        site.addRoadmap("a", roadmapFile("title: Alpha Two\nupdated: 2026-01-01"))
        _ = try #require(events.next())
        #expect(try http.request("/a/").text.contains("Alpha Two"))
        #expect(Self.eventually { rebuilds.load(ordering: .relaxed) == 1 })

        running.cancel()
        #expect(try await Self.waitUntil { finished.load(ordering: .relaxed) })
        #expect(events.next(within: 1) == nil)
        #expect(throws: (any Error).self) { try http.connect() }
        let version = session.snapshot.version
        site.addRoadmap("a", roadmapFile("title: Alpha Three\nupdated: 2026-01-01"))
        try await Task.sleep(for: .milliseconds(300))
        #expect(rebuilds.load(ordering: .relaxed) == 1)
        #expect(session.snapshot.version == version)
    }
}
