import Foundation

/// `sitegen check`: the build's loading and validation, then a build into a temporary folder
/// whose internal links and fragments are all resolved. Nothing is written to the output folder.
public struct SiteChecker: Sendable {
    /// What to check; `outputDirectory` only names the pages in messages.
    public var options: BuildOptions

    /// A checker for the given options.
    public init(options: BuildOptions) {
        self.options = options
    }

    /// Every problem found; the check passed when there is no error among them.
    public func check() -> Diagnostics {
        let builder = SiteBuilder(options: options)
        var diagnostics = Diagnostics()
        let inputs: SiteBuilder.Inputs
        do {
            inputs = try builder.loadInputs(into: &diagnostics)
        } catch {
            return error.diagnostics
        }
        let scratch = NSTemporaryDirectory() + "/sitegen-check-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let staging: StagingDirectory
        do {
            staging = try StagingDirectory.create(for: scratch + "/public")
        } catch {
            diagnostics.error(error.description, at: SourceLocation(file: scratch))
            return diagnostics
        }
        _ = builder.write(inputs, to: staging, into: &diagnostics)
        let links = InternalLinkCheck(
            siteDirectory: staging.path, basePath: inputs.content.site.config.basePath,
            reportedDirectory: options.outputDirectory)
        diagnostics.append(contentsOf: links.run())
        staging.discard()
        return options.warningsAsErrors ? diagnostics.promotingWarnings() : diagnostics
    }
}
