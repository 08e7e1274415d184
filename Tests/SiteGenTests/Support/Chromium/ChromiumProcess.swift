import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A Chromium process started with `--remote-debugging-pipe`: it reads DevTools Protocol
/// messages on its descriptor 3 and writes them on its descriptor 4.
///
/// Started with posix_spawn because Foundation's `Process` cannot place pipes at descriptors 3
/// and 4. The process leads a process group of its own, so that its helpers (zygote, renderers,
/// GPU) are killed with it.
struct ChromiumProcess: Sendable {
    /// The browser's process id (and its process group's).
    let pid: pid_t
    /// Where this process writes the messages Chromium reads (its descriptor 3).
    let toBrowser: Int32
    /// Where this process reads the messages Chromium writes (its descriptor 4).
    let fromBrowser: Int32

    /// Starts `executable` with `arguments`; its standard error goes to `logPath`.
    static func spawn(executable: String, arguments: [String], logPath: String) throws -> ChromiumProcess {
        let commands = try makePipe()  // parent writes [1], browser reads [0] as fd 3
        let replies = try makePipe()  // browser writes [1] as fd 4, parent reads [0]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, logPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, commands.read, 3)
        posix_spawn_file_actions_adddup2(&actions, replies.write, 4)
        if let closeFrom = closeFromAction {
            // Leaves the browser none of this process's other descriptors (sockets of other tests).
            _ = closeFrom(&actions, 5)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK))

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        close(commands.read)
        close(replies.write)
        guard status == 0 else {
            close(commands.write)
            close(replies.read)
            throw BrowserError.launch("cannot start \(executable): \(String(cString: strerror(status)))")
        }
        _ = fcntl(commands.write, F_SETFL, fcntl(commands.write, F_GETFL) | O_NONBLOCK)
        return ChromiumProcess(pid: pid, toBrowser: commands.write, fromBrowser: replies.read)
    }

    /// Whether the process has exited (and is reaped).
    func hasExited() -> Bool {
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        return result == pid || (result < 0 && errno == ECHILD)
    }

    /// Closes the pipe (Chromium quits when it reads its end), waits up to `grace` for the
    /// process to exit, then kills its process group.
    func stop(grace: Duration = .seconds(3)) {
        close(toBrowser)
        let deadline = ContinuousClock.now + grace
        while ContinuousClock.now < deadline {
            if hasExited() { break }
            usleep(20_000)
        }
        kill(-pid, SIGKILL)
        if !hasExited() {
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
        }
        close(fromBrowser)
    }

    /// A pipe whose two descriptors are at 10 or above and close on exec, so that neither can
    /// be one of the numbers 3 and 4 they are copied to, nor leak into other children.
    private static func makePipe() throws -> (read: Int32, write: Int32) {
        var descriptors: [Int32] = [0, 0]
        guard pipe(&descriptors) == 0 else { throw BrowserError.launch("pipe failed: \(errno)") }
        let moved = descriptors.map { descriptor -> Int32 in
            let copy = fcntl(descriptor, F_DUPFD_CLOEXEC, 10)
            close(descriptor)
            return copy
        }
        guard moved.allSatisfy({ $0 >= 0 }) else {
            moved.filter { $0 >= 0 }.forEach { close($0) }
            throw BrowserError.launch("fcntl failed: \(errno)")
        }
        return (moved[0], moved[1])
    }

    private typealias CloseFromAction =
        @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32)
        -> Int32

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's Glibc
    /// module does not declare (it needs `_GNU_SOURCE`); nil where the C library lacks it.
    private static let closeFromAction: CloseFromAction? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
        else { return nil }
        return unsafeBitCast(symbol, to: CloseFromAction.self)
    }()
}
