import Foundation

/// Runs a helper program and collects what it prints.
enum ProcessRunner {
    /// The result of a finished program.
    struct Output {
        var status: Int32
        var output: [UInt8]
    }

    /// Runs `program` (looked up on PATH) with `arguments` in `directory`; nil if it cannot start.
    static func run(
        _ program: String, _ arguments: [String], in directory: String, environment: [String: String] = [:]
    ) -> Output? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, output: [UInt8](data))
    }
}
