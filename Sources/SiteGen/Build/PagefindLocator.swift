import Foundation

/// Finds the Pagefind binary (https://pagefind.app), which `build` runs to write the search
/// index of a site with `search: true`.
///
/// The places tried, in order, the first that holds an executable file winning:
/// 1. `SITEGEN_PAGEFIND`, a path to the binary (when set, only it is tried: a wrong path is an
///    error rather than silently another binary);
/// 2. `$XDG_CACHE_HOME/sitegen/pagefind-bin/pagefind_bin/pagefind` (`~/.cache/...` when
///    `XDG_CACHE_HOME` is unset or, against the XDG specification, relative), where
///    `scripts/install-pagefind.sh` (`make deps`) installs the pinned version of the PyPI
///    package `pagefind-bin`: first, so that the index is the same bytes on every machine that
///    ran it, whatever other Pagefind it has;
/// 3. `pagefind` on `PATH` (installed by npm, cargo, pipx, or by hand);
/// 4. the package `pagefind_bin` of `python3` (`pip install pagefind-bin`), whose
///    `get_executable()` names the binary it ships.
enum PagefindLocator {
    /// The environment variable that names the binary.
    static let environmentKey = "SITEGEN_PAGEFIND"

    /// How to install Pagefind, for the message of a build that cannot find it: the pinned
    /// version, into the folder `cacheInstall` names for `environment` (the one looked in first),
    /// with `pip install --target`, which changes no system Python (so Debian 12's externally
    /// managed one too); `--upgrade` replaces another version already there.
    static func installHint(environment: [String: String]) -> String {
        let binary = cacheInstall(environment: environment) ?? "~/.cache/sitegen/pagefind-bin/pagefind_bin/pagefind"
        let folder = String(binary.dropLast("/pagefind_bin/pagefind".count))
        return "install the version sitegen pins where it looks first: `python3 -m pip install --upgrade --target "
            + "\(shellWord(folder)) pagefind-bin==\(pinnedVersion)` (what `make deps` does in sitegen's "
            + "repository; it changes no system Python), or put a `pagefind` on PATH, or name the binary in "
            + "SITEGEN_PAGEFIND; or remove `search: true`"
    }

    /// `text` as one word for a POSIX shell: as it is when it holds only safe characters (a
    /// leading `~` then still expands), else in single quotes, each `'` written `'\''`.
    private static func shellWord(_ text: String) -> String {
        let safe = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/._~+-")
        guard text.contains(where: { !safe.contains($0) }) else { return text }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The Pagefind version `scripts/install-pagefind.sh` installs.
    static let pinnedVersion = "1.5.2"

    /// Where the binary is, or why it was not found (a sentence for an error message).
    static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Result<String, PagefindProblem> {
        if let named = environment[environmentKey], !named.isEmpty {
            return isExecutable(named)
                ? .success(named)
                : .failure(PagefindProblem("\(environmentKey) names \(named), which is not an executable file"))
        }
        if let cache = cacheInstall(environment: environment), isExecutable(cache) { return .success(cache) }
        for folder in (environment["PATH"] ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = FilePaths.join(String(folder), "pagefind")
            if isExecutable(candidate) { return .success(candidate) }
        }
        if let shipped = pythonPackageBinary(environment: environment), isExecutable(shipped) {
            return .success(shipped)
        }
        return .failure(PagefindProblem("the Pagefind binary is not installed"))
    }

    /// Where `make deps` installs `pagefind-bin` (`pip install --target`), or nil without a home.
    /// A relative `XDG_CACHE_HOME` is invalid (the XDG Base Directory specification) and ignored,
    /// as `scripts/install-pagefind.sh` ignores it.
    static func cacheInstall(environment: [String: String]) -> String? {
        let cache: String
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            cache = xdg
        } else if let home = environment["HOME"], !home.isEmpty {
            cache = FilePaths.join(home, ".cache")
        } else {
            return nil
        }
        return FilePaths.join(cache, "sitegen/pagefind-bin/pagefind_bin/pagefind")
    }

    /// The binary that `python3`'s package `pagefind_bin` ships, or nil when there is none.
    private static func pythonPackageBinary(environment: [String: String]) -> String? {
        guard
            let run = ProcessRunner.run(
                "python3", ["-c", "import pagefind_bin; print(pagefind_bin.get_executable())"], in: "/",
                environment: ["PATH": environment["PATH"] ?? ""]),
            run.status == 0
        else { return nil }
        let path = String(decoding: run.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return path.hasPrefix("/") ? path : nil
    }

    private static func isExecutable(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }
}

/// Why Pagefind could not index a site: a sentence for an error message, and its fix when it
/// is not the usual one.
struct PagefindProblem: Error, Sendable, Equatable {
    var message: String
    var hint: String?

    init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }
}
