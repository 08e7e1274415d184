import Foundation

/// A temporary folder beside the output folder that a build writes into; swapped in for the
/// output folder only when the whole build succeeded, removed otherwise.
public struct StagingDirectory: Sendable {
    /// The name of the file that marks a folder as sitegen's output.
    public static let markerName = ".sitegen-output"

    /// The temporary folder.
    public let path: String
    /// The output folder it replaces.
    public let destination: String

    /// Creates an empty staging folder beside `destination`, removing any left by an earlier,
    /// interrupted build.
    public static func create(for destination: String) throws(OutputError) -> StagingDirectory {
        let parent = (destination as NSString).deletingLastPathComponent
        let name = (destination as NSString).lastPathComponent
        removeLeftovers(in: parent, of: name)
        let path = FilePaths.join(parent, ".\(name).sitegen-tmp-\(getpid())")
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        } catch {
            throw OutputError("cannot create the folder \(path): \(error.localizedDescription)")
        }
        return StagingDirectory(path: path, destination: destination)
    }

    /// Creates a folder (and its parents) inside the staging folder.
    public func createDirectory(_ relativePath: String) throws(OutputError) {
        guard !relativePath.isEmpty else { return }
        let full = FilePaths.join(path, relativePath)
        if mkdir(full, 0o755) == 0 || errno == EEXIST { return }
        do {
            try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
        } catch {
            throw OutputError("cannot create the folder \(full): \(error.localizedDescription)")
        }
    }

    /// Writes one file; its folder must exist.
    public func write(_ file: OutputFile) throws(OutputError) {
        let result = file.contents.withUnsafeBytes { bytes in
            Result { () throws(OutputError) in try write(bytes: bytes, to: file.path) }
        }
        try result.get()
    }

    /// Writes bytes to a file inside the staging folder; its folder must exist.
    public func write(bytes: UnsafeRawBufferPointer, to relativePath: String) throws(OutputError) {
        let full = FilePaths.join(path, relativePath)
        let descriptor = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputError("cannot write \(full): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError("cannot write \(full): \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }

    /// Copies the folders and files of `listing`, a listing of the folder `source`, into
    /// `relativePath` inside the staging folder, as regular files (never as links); returns the
    /// number of files copied.
    func copy(_ listing: ThemeFiles.Listing, from source: String, to relativePath: String) throws(OutputError) -> Int {
        try createDirectory(relativePath)
        for folder in listing.folders {
            try createDirectory(FilePaths.join(relativePath, folder))
        }
        for file in listing.files {
            let sourcePath = FilePaths.join(source, file)
            guard let data = FileManager.default.contents(atPath: sourcePath) else {
                throw OutputError("cannot read \(sourcePath)")
            }
            let result = data.withUnsafeBytes { bytes in
                Result { () throws(OutputError) in try write(bytes: bytes, to: FilePaths.join(relativePath, file)) }
            }
            try result.get()
        }
        return listing.files.count
    }

    /// Marks the folder as sitegen's output, then puts it in place of the destination.
    public func commit() throws(OutputError) {
        try write(
            OutputFile(
                path: Self.markerName,
                contents: "This folder is written by sitegen and replaced by every build; do not edit it.\n"))
        let parent = (destination as NSString).deletingLastPathComponent
        let name = (destination as NSString).lastPathComponent
        let previous = FilePaths.join(parent, ".\(name).sitegen-old-\(getpid())")
        let hadPrevious = FileManager.default.fileExists(atPath: destination)
        if hadPrevious, rename(destination, previous) != 0 {
            throw OutputError("cannot replace \(destination): \(String(cString: strerror(errno)))")
        }
        if rename(path, destination) != 0 {
            let reason = String(cString: strerror(errno))
            if hadPrevious { rename(previous, destination) }
            throw OutputError("cannot move the new site into \(destination): \(reason)")
        }
        if hadPrevious { try? FileManager.default.removeItem(atPath: previous) }
    }

    /// Removes the staging folder and everything in it.
    public func discard() {
        try? FileManager.default.removeItem(atPath: path)
    }

    private static func removeLeftovers(in parent: String, of name: String) {
        guard let siblings = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for sibling in siblings
        where sibling.hasPrefix(".\(name).sitegen-tmp-") || sibling.hasPrefix(".\(name).sitegen-old-") {
            try? FileManager.default.removeItem(atPath: FilePaths.join(parent, sibling))
        }
    }
}

/// A failure to write the output; the message names the path and the reason.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
