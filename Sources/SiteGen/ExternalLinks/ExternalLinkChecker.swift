import Foundation

/// Checks every http(s) link and image written in roadmap files, for `sitegen check --external`
/// (given to `SiteChecker.check(external:)`, which hands it the links the render recorded).
///
/// Each distinct URL is asked once, however many places use it, and every place that uses a
/// broken URL is reported, at its `path:line:column`. Requests run concurrently within two
/// bounds, overall and per host, each with a timeout; answers are kept in a cache file so a
/// later run asks only about new URLs, expired answers and URLs no server answered at all. A
/// broken link (an error status, no such host, no answer in time, a redirect that is not
/// followed) is an error; a permanent
/// redirect is a warning that names the new URL; a server that answers 429 Too Many Requests
/// gets a warning that the link could not be checked.
public struct ExternalLinkChecker: Sendable {
    /// The folder holding the cache file (`external-links.json`); relative to the working folder
    /// unless absolute.
    public var cacheDirectory: String
    /// How long one link may take to answer, its redirects and a GET after a failed HEAD included.
    public var timeout: Duration
    /// The most requests running at once.
    public var maxConcurrent: Int
    /// The most requests running at once to one host.
    public var maxPerHost: Int
    /// How long a working link's answer is trusted before it is asked again.
    public var okLifetime: Duration
    /// How long a failure is trusted before it is asked again.
    public var failureLifetime: Duration
    /// The time recorded in the cache for answers of this run, and against which entries expire.
    public var now: Date
    /// Sends the requests.
    var client = HTTPClient()

    /// Why no link can be checked on this machine, for one error before any is tried (every
    /// link would otherwise be reported broken): libcurl, which sends the requests and is
    /// loaded only now, is missing, too old or does not start. Nil when links can be checked.
    public static var unavailability: String? {
        HTTPClient.libraryProblem.map {
            "external links cannot be checked: \($0); install libcurl 7.85 or later (Debian: libcurl4)"
        }
    }

    /// A checker; the defaults suit a CI run: 10 s per link, 8 requests at once, 2 per host,
    /// working links trusted for 7 days and failures for 1.
    public init(
        cacheDirectory: String = ".sitegen-cache",
        timeout: Duration = .seconds(10),
        maxConcurrent: Int = 8,
        maxPerHost: Int = 2,
        okLifetime: Duration = .seconds(7 * 24 * 60 * 60),
        failureLifetime: Duration = .seconds(24 * 60 * 60),
        now: Date = Date()
    ) {
        self.cacheDirectory = cacheDirectory
        self.timeout = timeout
        self.maxConcurrent = maxConcurrent
        self.maxPerHost = maxPerHost
        self.okLifetime = okLifetime
        self.failureLifetime = failureLifetime
        self.now = now
    }

    /// The path of the cache file.
    public var cachePath: String { FilePaths.join(cacheDirectory, LinkCheckCache.fileName) }

    /// Checks the links of every roadmap file (`<slug>.md`, drafts included) in
    /// `contentDirectory`'s `roadmaps` folder.
    func check(contentDirectory: String) async -> ExternalLinkReport {
        let directory = FilePaths.join(contentDirectory, "roadmaps")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let files = names.filter { if case .roadmap = RoadmapFileName($0) { true } else { false } }.sorted()
        return await check(roadmapFiles: files.map { FilePaths.join(directory, $0) })
    }

    /// Checks the links of the given roadmap files; a file that cannot be read or has no front
    /// matter is skipped (loading the content reports it).
    func check(roadmapFiles: [String]) async -> ExternalLinkReport {
        await check(roadmapFiles.flatMap(Self.links(inRoadmapFile:)))
    }

    /// The external links of the roadmap file at `path`, in the order they are written; none when
    /// the file cannot be read or has no front matter (loading the content reports that).
    static func links(inRoadmapFile path: String) -> [ExternalLink] {
        guard case .success(let frontMatter) = FrontMatter.read(path) else { return [] }
        let source = RoadmapSource(path: path, bodyLineOffset: frontMatter.bodyLineOffset)
        return ExternalLinkFinder.links(inBody: frontMatter.body, source: source)
    }

    /// Checks the given links, found in roadmap bodies.
    ///
    /// The cache file is rewritten with the answers for these links' URLs only.
    func check(_ written: [ExternalLink]) async -> ExternalLinkReport {
        var diagnostics = Diagnostics()
        let links = validLinks(written, into: &diagnostics)
        let urls = Array(Set(links.map(\.requestURL))).sorted()
        let cache = LinkCheckCache.load(from: cachePath)
        var answers = cache.keepingFresh(
            urls, at: now, okLifetime: okLifetime.seconds, failureLifetime: failureLifetime.seconds)
        let toAsk = urls.filter { answers.entries[$0] == nil }
        let asked = await ask(toAsk)
        for (url, status) in asked {
            answers.entries[url] = LinkCheckCache.Entry(status, checked: now)
        }
        if answers != cache || !urls.isEmpty {
            do {
                try answers.write(to: cachePath)
            } catch {
                diagnostics.warning(
                    "cannot write the link cache: \(error.localizedDescription)",
                    at: SourceLocation(file: cachePath), hint: "every link is asked again on the next run")
            }
        }
        for link in links {
            let status = asked[link.requestURL] ?? answers.entries[link.requestURL]?.linkStatus
            if let diagnostic = status?.diagnostic(for: link, timeout: timeout.seconds) {
                diagnostics.append(diagnostic)
            }
        }
        return ExternalLinkReport(
            diagnostics: diagnostics, linkCount: links.count, urlCount: urls.count, requestedCount: toAsk.count)
    }

    /// The links less those whose URL has no host, which are reported.
    private func validLinks(_ links: [ExternalLink], into diagnostics: inout Diagnostics) -> [ExternalLink] {
        links.filter { link in
            guard URL(string: link.requestURL)?.host?.isEmpty ?? true else { return true }
            diagnostics.error("\(link.kind.rawValue) \(link.url) is not a valid URL", at: link.location)
            return false
        }
    }

    /// Asks about every URL, concurrently within the bounds.
    private func ask(_ urls: [String]) async -> [String: LinkStatus] {
        guard !urls.isEmpty else { return [:] }
        let probe = HTTPProbe(client: client, timeout: timeout)
        let limiter = RequestLimiter(maxTotal: maxConcurrent, maxPerHost: maxPerHost)
        return await withTaskGroup(of: (String, LinkStatus).self) { group in
            for url in urls {
                let host = URL(string: url)?.host?.lowercased() ?? ""
                group.addTask {
                    await limiter.acquire(host: host)
                    let status = await probe.status(of: url)
                    await limiter.release(host: host)
                    return (url, status)
                }
            }
            var statuses: [String: LinkStatus] = [:]
            for await (url, status) in group { statuses[url] = status }
            return statuses
        }
    }
}

extension Duration {
    /// The duration in seconds, with its fraction.
    var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}
