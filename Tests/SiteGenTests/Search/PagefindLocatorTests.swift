import Foundation
import Testing

@testable import SiteGen

/// Which Pagefind a build runs: the one `make deps` pins before any `pagefind` on PATH, so
/// that every machine writes the same index; and where that one is, read the same way by
/// sitegen and by `scripts/install-pagefind.sh`.
@Suite("Search index: which Pagefind")
struct PagefindLocatorTests {
    /// A stand-in Pagefind at `path` that reports `version`.
    static func fake(at path: String, version: String = "1.5.2") {
        TestFiles.write("#!/bin/sh\necho 'pagefind \(version)'\n", to: path)
        chmod(path, 0o755)
    }

    static let pinnedPath = "sitegen/pagefind-bin/pagefind_bin/pagefind"

    @Test func thePinnedInstallComesBeforePATH() throws {
        let root = TestFiles.temporaryDirectory()
        Self.fake(at: root + "/bin/pagefind", version: "1.4.0")
        Self.fake(at: root + "/home/.cache/" + Self.pinnedPath)
        var environment = ["PATH": root + "/bin", "HOME": root + "/home"]
        #expect(try PagefindLocator.locate(environment: environment).get() == root + "/home/.cache/" + Self.pinnedPath)
        environment["SITEGEN_PAGEFIND"] = root + "/bin/pagefind"
        #expect(try PagefindLocator.locate(environment: environment).get() == root + "/bin/pagefind")
        environment["SITEGEN_PAGEFIND"] = nil
        try FileManager.default.removeItem(atPath: root + "/home/.cache")
        #expect(try PagefindLocator.locate(environment: environment).get() == root + "/bin/pagefind", "then PATH")
    }

    @Test func aRelativeXDGCacheHomeIsIgnored() throws {
        let root = TestFiles.temporaryDirectory()
        Self.fake(at: root + "/home/.cache/" + Self.pinnedPath)
        Self.fake(at: root + "/xdg/" + Self.pinnedPath)
        Self.fake(at: root + "/cache/" + Self.pinnedPath)
        let home = root + "/home"
        #expect(
            PagefindLocator.cacheInstall(environment: ["HOME": home, "XDG_CACHE_HOME": root + "/xdg"])
                == root + "/xdg/" + Self.pinnedPath)
        for relative in ["cache", "./cache", ""] {
            #expect(
                PagefindLocator.cacheInstall(environment: ["HOME": home, "XDG_CACHE_HOME": relative])
                    == home + "/.cache/" + Self.pinnedPath, "\(relative)")
        }
    }

    /// The installer, run where its pinned Pagefind is installed under `~/.cache` and
    /// XDG_CACHE_HOME is relative: it finds it there, as sitegen does, and installs nothing
    /// (its PATH has a python3 and an apt-get that fail, so an install would fail).
    @Test func theInstallerReadsXDGCacheHomeAsSitegenDoes() throws {
        let root = TestFiles.temporaryDirectory()
        Self.fake(at: root + "/home/.cache/" + Self.pinnedPath)
        for tool in ["python3", "apt-get"] {
            TestFiles.write("#!/bin/sh\necho \"\(tool) was run\"\nexit 1\n", to: root + "/bin/" + tool)
            chmod(root + "/bin/" + tool, 0o755)
        }
        try FileManager.default.createSymbolicLink(atPath: root + "/bin/id", withDestinationPath: "/usr/bin/id")
        try FileManager.default.createDirectory(atPath: root + "/work/cache", withIntermediateDirectories: true)
        let script = TestFiles.packageRoot + "/scripts/install-pagefind.sh"
        for xdg in ["cache", ""] {
            let result = try TestFiles.run(
                "/bin/bash", [script], in: root + "/work",
                environment: [
                    "PATH": root + "/bin", "HOME": root + "/home", "XDG_CACHE_HOME": xdg, "SITEGEN_PAGEFIND": "",
                ])
            #expect(result.status == 0, "XDG_CACHE_HOME=\(xdg): \(result.output)")
            #expect(result.output == "", "XDG_CACHE_HOME=\(xdg)")
        }
        #expect(TestFiles.tree(root + "/work").isEmpty, "nothing installed under the relative folder")
    }

    /// The installer, run where the cache folder holds another version than the one pinned and
    /// the `pagefind` on PATH is the pinned one: sitegen would run the cache folder's, so it is
    /// installed again there (by a python3 that stands in for pip). With no Pagefind in the
    /// cache folder, the one on PATH is enough.
    @Test func theInstallerReplacesAnotherVersionInTheCacheThoughPATHHasThePinnedOne() throws {
        let root = TestFiles.temporaryDirectory()
        Self.fake(at: root + "/home/.cache/" + Self.pinnedPath, version: "1.4.0")
        Self.fake(at: root + "/bin/pagefind")
        TestFiles.write(
            """
            #!/bin/sh
            PATH=/usr/bin:/bin
            [ "$3" = --version ] && exit 0
            echo "pip $*" >> '\(root)/pip-runs'
            while [ "$1" != --target ]; do shift; done
            mkdir -p "$2/pagefind_bin" && printf '#!/bin/sh\\necho pagefind 1.5.2\\n' > "$2/pagefind_bin/pagefind"
            chmod +x "$2/pagefind_bin/pagefind"

            """, to: root + "/bin/python3")
        chmod(root + "/bin/python3", 0o755)
        for tool in ["id", "rm"] {
            try FileManager.default.createSymbolicLink(
                atPath: root + "/bin/" + tool, withDestinationPath: "/bin/" + tool)
        }
        let script = TestFiles.packageRoot + "/scripts/install-pagefind.sh"
        let environment = ["PATH": root + "/bin", "HOME": root + "/home", "XDG_CACHE_HOME": "", "SITEGEN_PAGEFIND": ""]
        let folder = root + "/home/.cache/sitegen/pagefind-bin"
        let result = try TestFiles.run("/bin/bash", [script], environment: environment)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output == "Installing Pagefind 1.5.2 (PyPI pagefind-bin) into \(folder)\npagefind 1.5.2\n")
        #expect(TestFiles.read(root + "/pip-runs").hasSuffix(" --target \(folder) pagefind-bin==1.5.2\n"))
        #expect(
            try PagefindLocator.locate(environment: environment).get() == folder + "/pagefind_bin/pagefind",
            "sitegen runs the one installed")

        try FileManager.default.removeItem(atPath: root + "/home/.cache")
        try FileManager.default.removeItem(atPath: root + "/pip-runs")
        let onPATH = try TestFiles.run("/bin/bash", [script], environment: environment)
        #expect(onPATH.status == 0)
        #expect(onPATH.output == "", "the pinned version on PATH is enough")
        #expect(!FileManager.default.fileExists(atPath: root + "/pip-runs"))
    }
}
