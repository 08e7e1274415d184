import CMarkGFM
import Foundation

/// Checks that the local images a body shows exist, so that a build reports a missing image at
/// the line that shows it instead of writing a page with a broken picture.
///
/// A local image is one whose URL is relative (`backend/diagram.png`, `./backend/a%20b.png`):
/// it names a file relative to `content/roadmaps/`, the roadmap file's folder, for a roadmap
/// and for its topics alike (docs/authoring.md#images-and-other-files: such files in
/// `content/roadmaps/<slug>/` are copied beside the pages). Percent escapes are decoded; a
/// `?query` or `#fragment` is ignored.
enum LocalImages {
    /// An error for each local image under `root` that is not one of `files` (paths relative to
    /// `content/roadmaps/`, such as `backend/diagram.png`: the non-Markdown files of the roadmap
    /// folders). `topicFolder`: the roadmap whose folder holds the body's file, when it is a
    /// topic file, whose images are also read from that folder (as GitHub reads them).
    static func check(_ root: CMarkNode, files: Set<String>, locator: BodyLocator, topicFolder: Slug? = nil)
        -> [Diagnostic]
    {
        var problems: [Diagnostic] = []
        MarkdownNode.visitLinks(root) { node, url, isImage in
            guard isImage,
                let problem = problem(with: url, at: node, files: files, locator: locator, topicFolder: topicFolder)
            else { return }
            problems.append(problem)
        }
        return problems
    }

    /// The error for the image `node` showing `url`, when it is a local image that is not one of
    /// `files`; nil otherwise (see `check`).
    static func problem(
        with url: String, at node: CMarkNode, files: Set<String>, locator: BodyLocator, topicFolder: Slug?
    ) -> Diagnostic? {
        guard ContentPath.isRelative(url) else { return nil }
        let path = ContentPath.split(url).path
        let decoded = String(path).removingPercentEncoding ?? String(path)
        if let topicFolder, let beside = ContentPath.components(Substring(topicFolder.value + "/" + decoded)),
            files.contains(beside.joined(separator: "/"))
        {
            return nil
        }
        guard let components = ContentPath.components(Substring(decoded)) else {
            return .error(
                "the image \(Excerpt.quoted(url)) is outside content/roadmaps/, so it is not part of the site",
                at: locator.location(of: node), hint: "put the image in the roadmap's folder")
        }
        let relative = components.joined(separator: "/")
        guard !files.contains(relative) else { return nil }
        let folder = components.count > 1 ? components[0] : "<slug>"
        return .error(
            "the image \(Excerpt.quoted(url)) is missing: there is no file content/roadmaps/\(Excerpt.of(relative))",
            at: locator.location(of: node),
            hint: "put the image in content/roadmaps/\(folder)/ and write its path from content/roadmaps/, "
                + "such as `\(folder)/\(components[components.count - 1])`")
    }
}
