import Foundation

/// `build`'s sink: writes every file into a staging folder as soon as it is rendered, and
/// copies the theme's assets there.
struct StagingSink: SiteSink {
    /// The folder written into.
    let staging: StagingDirectory
    /// The output folder as the user named it, for messages.
    let destination: String

    func take(_ roadmap: inout RenderedRoadmap) throws(OutputError) {
        for file in roadmap.pages + roadmap.files {
            try staging.createDirectory(Self.folder(of: file.path))
            try staging.write(file)
        }
        roadmap.pages.removeAll()
        roadmap.files.removeAll()
    }

    func take(_ file: OutputFile, of kind: SiteWideFile) throws(OutputError) {
        try staging.write(file)
    }

    /// Writes the theme's assets as regular files (a link in the theme is never copied as one).
    func take(_ assets: ThemeAssets) throws(OutputError) {
        for file in assets.files {
            try staging.createDirectory(Self.folder(of: file.path))
            try staging.write(file)
        }
    }

    /// The folder of a relative output path (`backend/caching/index.html` → `backend/caching`,
    /// `index.html` → ``): its text up to the last `/`, found without Foundation's path bridging.
    static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }
}
