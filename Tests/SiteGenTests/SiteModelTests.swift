import Testing

@testable import SiteGen

@Suite("Site model")
struct SiteModelTests {
    @Test func dayIsWrittenWithPaddedFields() {
        #expect(Day(year: 1, month: 2, day: 3)?.description == "0001-02-03")
        #expect(Day(year: 2026, month: 12, day: 31)?.description == "2026-12-31")
        #expect(Day(year: 1970, month: 1, day: 1)?.rfc3339 == "1970-01-01T00:00:00Z")
    }

    @Test func dayFromSecondsStaysInItsRange() {
        #expect(Day(secondsSince1970: 0).description == "1970-01-01")
        #expect(Day(secondsSince1970: 1_767_225_599).description == "2025-12-31")
        #expect(Day(secondsSince1970: -1).description == "1969-12-31")
        #expect(Day(secondsSince1970: Int64.min / 2).description == "0001-01-01")
        #expect(Day(secondsSince1970: Int64.max / 2).description == "9999-12-31")
    }

    @Test func baseURLSplitsIntoOriginAndBasePath() {
        var config = SiteConfig(title: "T", baseURL: "https://example.org/docs?x=1")
        #expect(config.baseURL == "https://example.org/docs?x=1/")
        #expect(config.basePath == "/docs/")
        config.baseURL = "http://host:8080/a/b/"
        #expect(config.basePath == "/a/b/")
        #expect(config.origin == "http://host:8080")
        #expect(config.absoluteURL(forPath: "/a/b/x/") == "http://host:8080/a/b/x/")
        config.baseURL = "https://example.org/"
        #expect(config.basePath == "/")
        #expect(config.origin == "https://example.org")
    }
}
