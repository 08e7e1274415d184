import Foundation

/// The answers of earlier link checks, kept in `.sitegen-cache/external-links.json` so that a run
/// only asks about URLs that are new or whose answer has expired.
///
/// The file is JSON with sorted keys, one entry per URL (without its fragment) holding the
/// answer and when it was checked; URLs no server answered are not kept. How long an answer is trusted is decided when it is read, so a
/// change of lifetimes applies to entries already written. A missing, unreadable or
/// other-version file counts as empty: the cache only saves requests, it never decides a result.
struct LinkCheckCache: Sendable, Hashable {
    /// The name of the cache file inside the cache folder.
    static let fileName = "external-links.json"
    /// The format version; a file of another version is ignored.
    static let formatVersion = 1

    /// One URL's answer and when it was asked.
    struct Entry: Codable, Sendable, Hashable {
        /// The kinds of answer, as written in the file.
        enum Result: String, Codable, Sendable {
            case ok
            case moved
            case broken
            case rateLimited = "rate-limited"
            case timeout
        }

        /// When the URL was asked.
        var checked: Date
        /// The kind of answer.
        var result: Result
        /// The HTTP status, for `broken`.
        var status: Int?
        /// The new URL, for `moved`.
        var location: String?

        /// The entry recording `status`, asked at `checked`; nil for a URL no server answered
        /// (no such host, connection refused, ...), which is not kept: asking again costs no
        /// server anything, and a run without network must not leave false failures behind.
        init?(_ status: LinkStatus, checked: Date) {
            self.checked = checked
            switch status {
            case .ok: result = .ok
            case .movedPermanently(let target):
                result = .moved
                location = target
            case .broken(let code):
                result = .broken
                self.status = code
            case .rateLimited: result = .rateLimited
            case .timedOut: result = .timeout
            case .unreachable: return nil
            }
        }

        /// The recorded answer; nil when the entry lacks what its kind needs.
        var linkStatus: LinkStatus? {
            switch result {
            case .ok: .ok
            case .moved: location.map { .movedPermanently(to: $0) }
            case .broken: status.map { .broken(status: $0) }
            case .rateLimited: .rateLimited
            case .timeout: .timedOut
            }
        }
    }

    private struct File: Codable {
        var version: Int
        var links: [String: Entry]
    }

    /// The cached answers, by URL.
    var entries: [String: Entry] = [:]

    /// The cache stored at `path`; empty when there is none or it cannot be used.
    static func load(from path: String) -> LinkCheckCache {
        guard let data = FileManager.default.contents(atPath: path) else { return LinkCheckCache() }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let file = try? decoder.decode(File.self, from: data), file.version == formatVersion else {
            return LinkCheckCache()
        }
        return LinkCheckCache(entries: file.links)
    }

    /// The cache holding only the entries for `urls` that can still be trusted at `now` (see
    /// `Entry.isFresh`).
    func keepingFresh(_ urls: [String], at now: Date, okLifetime: Double, failureLifetime: Double) -> LinkCheckCache {
        var kept = LinkCheckCache()
        for url in urls {
            if let entry = entries[url],
                entry.isFresh(at: now, okLifetime: okLifetime, failureLifetime: failureLifetime)
            {
                kept.entries[url] = entry
            }
        }
        return kept
    }

    /// The file's bytes: pretty-printed JSON with sorted keys, the same for the same entries.
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var data = try encoder.encode(File(version: Self.formatVersion, links: entries))
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Writes the cache to `path` atomically, creating its folder with a `.gitignore` that keeps
    /// the folder out of git.
    func write(to path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let ignore = FilePaths.join(directory, ".gitignore")
            if !FileManager.default.fileExists(atPath: ignore) {
                try Data("# Created by sitegen: this folder is a cache.\n*\n".utf8)
                    .write(to: URL(fileURLWithPath: ignore), options: .atomic)
            }
        }
        try encoded().write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

extension LinkCheckCache.Entry {
    /// Whether the entry can still be trusted at `now`: a success for `okLifetime` seconds after
    /// it was checked, a failure for `failureLifetime`; an entry dated in the future is not.
    func isFresh(at now: Date, okLifetime: Double, failureLifetime: Double) -> Bool {
        guard let status = linkStatus else { return false }
        let age = now.timeIntervalSince(checked)
        return age >= 0 && age < (status.isFailure ? failureLifetime : okLifetime)
    }
}
