import Testing

@testable import PreviewServer

/// Reading request heads: where a head ends (CRLF or bare LF lines) and what RFC 9112 refuses.
@Suite("Preview: request heads")
struct HTTPRequestTests {
    /// The request parsed from `text`, or nil when it is refused.
    static func parsed(_ text: String) -> HTTPRequest? {
        try? HTTPRequest.parse(head: Array(text.utf8)).get()
    }

    @Test func headsEndAtAnEmptyLineWhateverTheLineEnds() {
        let cases: [(String, Int?)] = [
            ("GET / HTTP/1.1\r\nHost: a\r\n\r\n", 27),
            ("GET / HTTP/1.1\nHost: a\n\n", 24),
            ("GET / HTTP/1.1\r\nHost: a\n\r\nbody", 26),
            ("GET / HTTP/1.1\nHost: a\r\n\n", 25),
            ("GET / HTTP/1.1\r\nHost: a\r\n", nil),
            ("GET / HTTP/1.1\r\nHost: a\r\n\r", nil),
            ("GET / HTTP/1.1\rHost: a\r\r", nil),
        ]
        for (text, end) in cases {
            #expect(HTTPRequest.headEnd(in: Array(text.utf8), from: 0) == end, "\(text.debugDescription)")
        }
    }

    @Test func requestLineAndHostAreRead() {
        #expect(
            Self.parsed("GET /a?x=1 HTTP/1.1\r\nHost:  127.0.0.1:8080 \r\nAccept: */*\r\n\r\n")
                == HTTPRequest(method: "GET", target: "/a?x=1", host: "127.0.0.1:8080"))
        #expect(Self.parsed("HEAD / HTTP/1.1\nhOsT: localhost:1\n\n")?.host == "localhost:1")
        #expect(Self.parsed("GET / HTTP/1.0\r\n\r\n")?.isHTTP11 == false)
        #expect(Self.parsed("GET / HTTP/1.0\r\n\r\n")?.host == nil)
    }

    @Test func malformedHeadsAreRefused() {
        for text in [
            "GET /a\r\n\r\n", "GET /a HTTP/2\r\n\r\n", "get /a HTTP/1.1\r\n\r\n", "GET  /a HTTP/1.1\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\rX: b\r\n\r\n", "GET / HTTP/1.1\r\nHost : a\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n", "GET / HTTP/1.1\r\nno colon\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", "GET / HTTP/1.1\r\nX: a\u{0}b\r\n\r\n", "\r\n\r\n",
        ] {
            #expect(Self.parsed(text) == nil, "\(text.debugDescription)")
        }
    }

    @Test func loopbackServersAnswerOnlyLoopbackNamesWithTheirPort() {
        let hosts = AllowedHosts(isLoopback: true, port: 8080)
        for allowed in ["127.0.0.1:8080", "localhost:8080", "LocalHost:8080", "[::1]:8080"] {
            #expect(hosts.allows(allowed), "\(allowed)")
        }
        for refused in [
            "evil.example:8080", "evil.example", "127.0.0.1", "localhost", "127.0.0.1:8081",
            "localhost.evil.example:8080",
            "127.0.0.2:8080", "[::1]", "", "127.0.0.1:8080.evil.example",
        ] {
            #expect(!hosts.allows(refused), "\(refused)")
        }
        #expect(!hosts.allows(nil))
        #expect(AllowedHosts(isLoopback: true, port: 80).allows("localhost"))
        #expect(AllowedHosts(isLoopback: false, port: 8080).allows("roadmaps.lan:8080"))
        #expect(AllowedHosts(isLoopback: false, port: 8080).allows(nil))
    }
}
