import Foundation
import Synchronization

/// Runs Pagefind on a built site folder: it reads the folder's HTML (the parts the theme marks
/// `data-pagefind-body`) and writes the search index and its scripts into `pagefind/` inside it.
///
/// The index's files are named by the hashes of their contents, so the same pages give the same
/// bytes (tested by `SearchIndexTests`).
struct PagefindRun {
    /// The binary, from `PagefindLocator`.
    let executable: String

    /// The folder, inside the site, that Pagefind writes (a slug no roadmap may take).
    static let outputFolder = "pagefind"

    /// What an index run found.
    struct Report: Sendable, Equatable {
        /// The pages indexed.
        var pageCount: Int
    }

    /// How long Pagefind may take, by default.
    static let defaultTimeout = 600
    /// The environment variable that sets how long, in seconds.
    static let timeoutKey = "SITEGEN_PAGEFIND_TIMEOUT"
    /// How long a Pagefind asked to stop (SIGTERM) has before it is killed (SIGKILL).
    static let stopGrace = 2.0

    /// How long Pagefind may take, in seconds, from `environment`'s `SITEGEN_PAGEFIND_TIMEOUT`
    /// (a whole number of seconds, at least 1), else `defaultTimeout`; a problem when it is set
    /// to anything else.
    static func timeout(environment: [String: String]) -> Result<Int, PagefindProblem> {
        guard let written = environment[timeoutKey], !written.isEmpty else { return .success(defaultTimeout) }
        guard let seconds = Int(written), seconds > 0 else {
            return .failure(
                PagefindProblem(
                    "\(timeoutKey) is \(Excerpt.quoted(written)), not a whole number of seconds",
                    hint: "set it to the seconds Pagefind may take (\(defaultTimeout) by default), or unset it"))
        }
        return .success(seconds)
    }

    /// How an index run ended.
    enum Outcome: Sendable, Equatable {
        /// Pagefind wrote the index.
        case indexed(Report)
        /// The run was not started, or was ended, because its build is being stopped
        /// (`PagefindProcesses.stopAll`): not a failure of Pagefind's.
        case stopped
        /// Pagefind could not be run, failed, or did not finish in time.
        case failed(PagefindProblem)
    }

    /// Indexes the site in `folder`, giving Pagefind `timeout` seconds (then it is stopped, and
    /// that is the failure); a failure carries what Pagefind printed, shortened. `generation`:
    /// the stops of `runs` the run's build is subject to (`PagefindProcesses.generation`, taken
    /// when the build started), now's by default.
    func index(
        siteFolder folder: String, timeout: Int = defaultTimeout, runs: PagefindProcesses = .shared,
        generation: PagefindProcesses.Generation? = nil
    ) -> Outcome {
        let generation = generation ?? runs.generation
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--site", folder, "--output-subdir", Self.outputFolder, "--quiet"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardInput = FileHandle.nullDevice
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            guard try runs.start(process, in: generation) else { return .stopped }
        } catch {
            return .failed(PagefindProblem("cannot run \(executable): \(error.localizedDescription)"))
        }
        let pid = process.processIdentifier
        let (output, finished) = Self.read(pipe.fileHandleForReading.fileDescriptor, for: Double(timeout))
        if !finished { runs.stop(pid, grace: Self.stopGrace) }
        process.waitUntilExit()
        guard runs.finished(pid, in: generation) else { return .stopped }
        guard finished else {
            return .failed(
                PagefindProblem(
                    "Pagefind did not finish within \(timeout) s and was stopped",
                    hint:
                        "a larger site may need longer: set \(Self.timeoutKey) to more seconds (\(Self.defaultTimeout) "
                        + "by default); or remove `search: true`"))
        }
        let printed = String(decoding: output, as: UTF8.self)
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let how =
                process.terminationReason == .exit
                ? "exited with \(process.terminationStatus)" : "was ended by signal \(process.terminationStatus)"
            let summary = Self.summary(of: printed)
            return .failed(PagefindProblem("Pagefind \(how)" + (summary.isEmpty ? "" : ": \(summary)")))
        }
        let entry = FilePaths.join(FilePaths.join(folder, Self.outputFolder), "pagefind-entry.json")
        guard let pageCount = Self.pageCount(entryFile: entry) else {
            return .failed(PagefindProblem("Pagefind wrote no readable \(Self.outputFolder)/pagefind-entry.json"))
        }
        return .indexed(Report(pageCount: pageCount))
    }

    /// What is written to `descriptor` until every writer closes it (the run is over), for at
    /// most `seconds`; `finished` is false when the time ran out first.
    static func read(_ descriptor: Int32, for seconds: Double) -> (output: [UInt8], finished: Bool) {
        let deadline = Date(timeIntervalSinceNow: seconds)
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { return (output, false) }
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let polled = poll(&ready, 1, Int32(min(left * 1000 + 1, 60_000)))
            if polled < 0, errno != EINTR { return (output, true) }
            guard polled > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                output += buffer[..<count]
            } else if count == 0 || errno != EINTR {
                return (output, true)
            }
        }
    }

    /// The last lines Pagefind printed that say something, at most 3 of at most 160 characters,
    /// joined with ` / `: enough to tell what went wrong without flooding the terminal.
    static func summary(of printed: String) -> String {
        let lines = printed.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return lines.suffix(3).map { $0.count > 160 ? $0.prefix(159) + "…" : $0 }.joined(separator: " / ")
    }

    /// The number of pages `pagefind-entry.json` says were indexed, over every language.
    static func pageCount(entryFile: String) -> Int? {
        guard let data = FileManager.default.contents(atPath: entryFile),
            let entry = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let languages = entry["languages"] as? [String: Any]
        else { return nil }
        return languages.values.reduce(0) { total, language in
            total + (((language as? [String: Any])?["page_count"] as? Int) ?? 0)
        }
    }

    /// Ends every Pagefind run under way, and keeps the builds under way from starting one:
    /// for `SiteBuilder.stopSearchIndexing`.
    static func terminateEveryRunning() {
        PagefindProcesses.shared.stopAll(grace: stopGrace)
    }
}

/// The Pagefind processes of the runs under way, so that they can be ended at once: by the
/// handler of `build`'s SIGINT and SIGTERM, before it removes the staging folder Pagefind
/// writes, or by a program that builds with `SiteBuilder` and wants a build to stop.
///
/// A stop ends the runs of the builds under way (those that took their `generation` before
/// it), and keeps them from starting another; a build started after it runs Pagefind as usual.
/// A run starts its process under this lock and records it before letting go, and `stopAll`
/// takes the lock too: so a stop that comes while a run is starting ends the process it
/// starts, and one that comes before keeps it from starting at all; nothing is left running
/// after the build has gone. Each process is signalled with its process group (Foundation puts
/// a child in a group of its own), so what Pagefind starts ends with it.
final class PagefindProcesses: Sendable {
    /// The runs of this process.
    static let shared = PagefindProcesses()

    /// The stops a build is subject to: those after it started.
    struct Generation: Sendable, Equatable {
        fileprivate let stops: Int
    }

    private struct State {
        var running: Set<Int32> = []
        /// The stops so far.
        var stops = 0
    }

    private let state = Mutex(State())

    /// For a build that starts now: a stop from now on ends its runs, one before does not.
    var generation: Generation {
        state.withLock { Generation(stops: $0.stops) }
    }

    /// Starts `process` and records it, unless the runs of `generation` were stopped (then
    /// false, and it is not started).
    func start(_ process: Process, in generation: Generation) throws -> Bool {
        try state.withLock { state in
            guard state.stops == generation.stops else { return false }
            try Self.runUnblocked(process)
            state.running.insert(process.processIdentifier)
            return true
        }
    }

    /// Starts `process` with no signal blocked. A child starts with the signals its parent's
    /// thread blocks blocked, and the threads of Swift's concurrency block nearly all: started
    /// from one of them, Pagefind would never get the SIGTERM that asks it to stop.
    private static func runUnblocked(_ process: Process) throws {
        var none = sigset_t()
        var blocked = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, &blocked)
        defer { pthread_sigmask(SIG_SETMASK, &blocked, nil) }
        try process.run()
    }

    /// Forgets a process that has ended; false when the runs of `generation` were stopped (it
    /// may have ended because of that).
    func finished(_ pid: Int32, in generation: Generation) -> Bool {
        state.withLock { state in
            state.running.remove(pid)
            return state.stops == generation.stops
        }
    }

    /// Ends the runs under way, waiting until each has exited, and keeps their builds from
    /// starting another.
    func stopAll(grace: Double) {
        let running = state.withLock { state in
            state.stops += 1
            return state.running
        }
        for pid in running.sorted() { stop(pid, grace: grace) }
    }

    /// Asks `pid` (with its group) to stop, kills it when it has not exited within `grace`
    /// seconds, and waits until it is gone (a zombie left for its `Process` to collect). Then
    /// kills what is left of its group: a process Pagefind started that ignores SIGTERM would
    /// otherwise keep writing into the site folder, and keep the output pipe open.
    func stop(_ pid: Int32, grace: Double) {
        if kill(-pid, SIGTERM) != 0 { kill(pid, SIGTERM) }
        if !Self.waitForExit(pid, seconds: grace) {
            if kill(-pid, SIGKILL) != 0 { kill(pid, SIGKILL) }
            _ = Self.waitForExit(pid, seconds: grace)
        }
        // The group alone, not `pid` as above: its `Process` may have collected it by now, and
        // its number could be another process's. A group's number is not reused while a member
        // lives; once the group is empty and the leader collected, a new group could take the
        // number in the moment before this call (a known, very unlikely race: pidfd_open would
        // close it, at the cost of Linux 5.3+ only).
        kill(-pid, SIGKILL)
    }

    /// Whether `pid` exited within `seconds` (a zombie, or collected by its `Process`).
    private static func waitForExit(_ pid: Int32, seconds: Double) -> Bool {
        let deadline = Date(timeIntervalSinceNow: seconds)
        repeat {
            if !isRunning(pid) { return true }
            usleep(10_000)
        } while deadline.timeIntervalSinceNow > 0
        return false
    }

    /// Whether `pid` is running: it exists and is not a zombie (`/proc/<pid>/stat`'s state `Z`).
    private static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first != "Z"
    }
}
