import Foundation
import Synchronization
import Testing

@testable import PreviewServer

#if canImport(Glibc)
    import Glibc
#endif

/// The preview's HTTP server under hostile clients, on 127.0.0.1: slow clients (slowloris),
/// requests for other host names (DNS rebinding), bare-LF requests, and a stop by cancellation.
@Suite("Preview: the HTTP server")
struct PreviewServerTests {
    /// Runs a server answering `200 page` (and an event stream at `/events`) for as long as
    /// `body` runs, then cancels it.
    static func withServer<Result>(
        limits: HTTPServer.Limits = HTTPServer.Limits(), _ body: (HTTPServer, RawHTTP) async throws -> Result
    ) async throws -> Result {
        let server = try HTTPServer(host: "127.0.0.1", port: 0, limits: limits) { request in
            request.target == "/events" ? .eventStream : .response(.text(200, "page"))
        }
        let executor = ThreadTaskExecutor(name: "preview server")
        defer { executor.stop() }
        return try await withThrowingTaskGroup(of: Void.self, returning: Result.self) { group in
            group.addTask(executorPreference: executor) { await server.run() }
            defer { group.cancelAll() }
            #expect(try await ServeEndToEndTests.waitUntil { server.isRunning })
            return try await body(server, RawHTTP(port: server.port))
        }
    }

    /// Connections that each sent the start of a request head and then send one more byte of
    /// it every `interval` on a thread of their own, as a slowloris attack does, until closed.
    final class SlowClients: Sendable {
        private let descriptors: [Int32]
        private let stopped = Atomic(false)
        private let finished = DispatchSemaphore(value: 0)

        init(count: Int, http: RawHTTP, interval: Double) throws {
            PreviewServerTests.allowManyDescriptors()
            descriptors = try (0..<count).map { _ in
                let descriptor = try http.connect()
                RawHTTP.send("GET / HTTP/1.1\r\n", on: descriptor)
                return descriptor
            }
            Thread.detachNewThread { [self] in
                while !stopped.load(ordering: .relaxed) {
                    for descriptor in descriptors { RawHTTP.send("X", on: descriptor) }
                    Thread.sleep(forTimeInterval: interval)
                }
                finished.signal()
            }
        }

        /// The number of connections the server has not closed (nor answered).
        var openCount: Int {
            descriptors.count { descriptor in
                var pending = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                return poll(&pending, 1, 0) == 0
            }
        }

        /// Stops sending, then closes the connections.
        func close() {
            stopped.store(true, ordering: .relaxed)
            finished.wait()
            for descriptor in descriptors { Glibc.close(descriptor) }
        }
    }

    /// Raises the limit of open descriptors to the most allowed: the slow clients and the
    /// server's ends of their connections are in this one process.
    static func allowManyDescriptors() {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = limit.rlim_max
        setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }

    /// Issue 15, item 8 (with a head deadline longer than the test, so that the slow clients
    /// hold their connections throughout).
    @Test func requestsAreServedWhile256SlowClientsHoldConnections() async throws {
        try await Self.withServer(limits: HTTPServer.Limits(headTimeout: .seconds(60))) { _, http in
            let slow = try SlowClients(count: 256, http: http, interval: 0.2)
            defer { slow.close() }
            try await Task.sleep(for: .milliseconds(300))
            for _ in 0..<20 {
                #expect(try http.exchange("GET / HTTP/1.1\r\nHost: \(http.host)\r\n\r\n", timeout: 2).status == 200)
            }
            #expect(slow.openCount == 256)
        }
    }

    /// Issue 15, item 8: the deadline is for the whole head, however steadily its bytes come.
    @Test func aRequestHeadThatTricklesInIsCutOffAtItsDeadline() async throws {
        try await Self.withServer(limits: HTTPServer.Limits(headTimeout: .milliseconds(300))) { _, http in
            let slow = try SlowClients(count: 3, http: http, interval: 0.05)
            defer { slow.close() }
            #expect(ServeEndToEndTests.eventually(within: 3) { slow.openCount == 0 })
            let descriptor = try http.connect(timeout: 3)
            defer { close(descriptor) }
            RawHTTP.send("GET / HTTP/1.1\r\n", on: descriptor)
            #expect(try RawHTTP.parse(RawHTTP.receiveResponse(on: descriptor)).status == 408)
        }
    }

    /// Past `maximumConnections`, the connection that has waited longest for its head makes room.
    @Test func aFullServerClosesTheOldestSlowClientForANewOne() async throws {
        try await Self.withServer(limits: HTTPServer.Limits(maximumConnections: 4)) { _, http in
            let slow = try SlowClients(count: 6, http: http, interval: 0.1)
            defer { slow.close() }
            #expect(ServeEndToEndTests.eventually { slow.openCount == 4 })
            #expect(try http.request("/").status == 200)
            #expect(ServeEndToEndTests.eventually { slow.openCount == 3 })
        }
    }

    /// Issue 15, item 9.
    @Test func onlyLoopbackHostNamesWithThePortAreAnswered() async throws {
        try await Self.withServer { server, http in
            let port = server.port
            for host in ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)", "LOCALHOST:\(port)"] {
                let response = try http.exchange("GET / HTTP/1.1\r\nHost: \(host)\r\n\r\n")
                #expect(response.status == 200, "\(host)")
            }
            for host in [
                "evil.example:\(port)", "evil.example", "127.0.0.1", "localhost:1", "127.0.0.1.nip.io:\(port)",
            ] {
                for target in ["/", "/events"] {
                    let response = try http.exchange("GET \(target) HTTP/1.1\r\nHost: \(host)\r\n\r\n")
                    #expect(response.status == 421, "\(host) \(target)")
                    #expect(!response.text.contains("page"))
                }
            }
            #expect(server.eventStreamCount == 0)
            #expect(try http.exchange("GET / HTTP/1.1\r\n\r\n").status == 400)
            #expect(try http.exchange("GET / HTTP/1.0\r\n\r\n").status == 421)
        }
    }

    /// Issue 15, item 10: bare LF line ends are answered at once, a stray CR refused at once.
    @Test func bareLineFeedRequestsAreAnsweredAtOnce() async throws {
        try await Self.withServer { _, http in
            for head in ["GET / HTTP/1.1\nHost: \(http.host)\n\n", "GET / HTTP/1.1\r\nHost: \(http.host)\n\r\n"] {
                #expect(try http.exchange(head, timeout: 2).status == 200, "\(head.debugDescription)")
            }
            let stray = try http.exchange("GET / HTTP/1.1\r\nHost: \(http.host)\rX: 1\r\n\r\n", timeout: 2)
            #expect(stray.status == 400)
        }
    }

    /// Issue 11, item 3: cancelling the task that runs the server closes the listener, the
    /// connections being read and the event streams.
    @Test func cancellingTheRunClosesEverything() async throws {
        let server = try HTTPServer(host: "127.0.0.1", port: 0) { request in
            request.target == "/events" ? .eventStream : .response(.text(200, "page"))
        }
        let http = RawHTTP(port: server.port)
        let finished = Atomic(false)
        let executor = ThreadTaskExecutor(name: "preview server")
        defer { executor.stop() }
        let running = Task(executorPreference: executor) {
            await server.run()
            finished.store(true, ordering: .relaxed)
        }
        #expect(try await ServeEndToEndTests.waitUntil { server.isRunning })
        #expect(try http.request("/").status == 200)
        let stream = try http.connect()
        defer { close(stream) }
        RawHTTP.send("GET /events HTTP/1.1\r\nHost: \(http.host)\r\n\r\n", on: stream)
        #expect(ServeEndToEndTests.eventually { server.eventStreamCount == 1 })
        let slow = try SlowClients(count: 2, http: http, interval: 0.1)
        defer { slow.close() }

        running.cancel()
        #expect(try await ServeEndToEndTests.waitUntil { finished.load(ordering: .relaxed) })
        #expect(slow.openCount == 0)
        #expect(server.eventStreamCount == 0)
        #expect(throws: (any Error).self) { try http.connect() }
    }
}
