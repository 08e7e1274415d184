import Foundation

/// Temporary folders and file helpers for tests.
enum TestFiles {
    /// `Tests/SiteGenTests`, where fixtures and golden files live.
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().path
    /// The package root.
    static let packageRoot = URL(fileURLWithPath: testsDirectory).deletingLastPathComponent()
        .deletingLastPathComponent().path
    /// The fixtures folder.
    static let fixtures = testsDirectory + "/Fixtures"
    /// The default theme's folder, the one place its files are written (they are built into
    /// the binary from it: `DefaultThemeFiles`).
    static let defaultTheme = packageRoot + "/Sources/DefaultTheme/templates"
    /// The generated Swift file that carries the default theme's files into the binary.
    static let defaultThemeSwift = packageRoot + "/Sources/DefaultTheme/DefaultThemeFiles.swift"

    /// A new, empty folder under the system's temporary folder.
    static func temporaryDirectory() -> String {
        var template = Array((NSTemporaryDirectory() + "/sitegen-test-XXXXXX").utf8CString)
        let path = template.withUnsafeMutableBufferPointer { buffer in
            String(cString: mkdtemp(buffer.baseAddress!)!)
        }
        return URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Writes `text` to `path`, creating its folders.
    static func write(_ text: String, to path: String) {
        write(Data(text.utf8), to: path)
    }

    /// Writes `data` to `path`, creating its folders.
    static func write(_ data: Data, to path: String) {
        try! FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! data.write(to: URL(fileURLWithPath: path))
    }

    /// The text of a file.
    static func read(_ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }

    /// Every regular file under `directory`, by path relative to it, with its bytes.
    static func tree(_ directory: String) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return files }
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = directory + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }

    /// Copies a folder.
    static func copy(_ source: String, to destination: String) {
        try! FileManager.default.createDirectory(
            atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! FileManager.default.copyItem(atPath: source, toPath: destination)
    }

    /// Runs `executable` with `arguments` (in `directory`, with `environment` over the test's
    /// own); its exit status and what it printed on standard output and error together.
    static func run(
        _ executable: String, _ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]
    ) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
