import Foundation

/// What a changed file means to the preview: which part of the site must be built again.
enum PreviewChange: Hashable {
    /// A roadmap file of `content/roadmaps/`.
    case roadmap(Slug)
    /// A file in a roadmap's folder, `content/roadmaps/<slug>/`: a topic file or an image.
    case topics(Slug)
    /// A template by name (`partials/head`); nil for a folder of templates, so any may have changed.
    case template(String?)
    /// A file of the theme's assets.
    case asset
    /// Anything else under `content/` (site.yml, a misnamed roadmap file, a folder): a full build.
    case structure
    /// A file of `content/roadmaps/` that is not named as a roadmap and is gone already, such as
    /// an editor's temporary file saved by rename: a full build only if the site has errors
    /// (it may have been a misnamed file that was reported).
    case vanished

    /// What a change to the file at `path` (absolute) means, or nil when it means nothing to the
    /// site: a file outside the two folders, a hidden file, or an editor's temporary or backup file.
    static func of(_ path: String, inputs: SiteInputs) -> PreviewChange? {
        let name = path.split(separator: "/").last.map(String.init) ?? ""
        let templates = inputs.absoluteTemplatesDirectory
        let assets = FilePaths.join(templates, "assets")
        if FilePaths.isInside(path, assets) {
            return isIgnored(name) && path != assets ? nil : .asset
        }
        if FilePaths.isInside(path, templates) {
            if path == templates { return .template(nil) }
            if isIgnored(name) { return nil }
            let relative = String(path.dropFirst(templates.count + 1))
            if relative.hasSuffix(".mustache") { return .template(String(relative.dropLast(".mustache".count))) }
            return name.contains(".") ? nil : .template(nil)
        }
        let content = inputs.absoluteContentDirectory
        guard FilePaths.isInside(path, content) else { return nil }
        if path != content, isIgnored(name) { return nil }
        let roadmaps = FilePaths.join(content, "roadmaps")
        if (path as String).hasPrefix(roadmaps + "/"), name.hasSuffix(".md"),
            path.dropFirst(roadmaps.count + 1) == name, let slug = Slug(String(name.dropLast(3)))
        {
            return .roadmap(slug)
        }
        if path.hasPrefix(roadmaps + "/") {
            let rest = path.dropFirst(roadmaps.count + 1)
            if let slash = rest.firstIndex(of: "/"), let slug = Slug(String(rest[..<slash])) { return .topics(slug) }
        }
        if path.hasPrefix(roadmaps + "/"), !FileManager.default.fileExists(atPath: path) { return .vanished }
        return .structure
    }

    /// Whether a change to a file of this name means nothing to the site (an editor's file).
    static func isIgnored(_ name: String) -> Bool {
        RoadmapFileName.isEditorScratch(name)
    }
}
