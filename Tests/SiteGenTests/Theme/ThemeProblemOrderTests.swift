import Foundation
import Testing

@testable import SiteGen

/// A theme's problems come out in the same order on every run, whatever order a dictionary of
/// its templates is walked in.
@Suite("Theme: problems in a stable order")
struct ThemeProblemOrderTests {
    @Test func unreadableTemplatesAreReportedInNameOrder() throws {
        let templates = TestFiles.temporaryDirectory() + "/templates"
        let names = (0..<8).map { "partials/broken-\($0)" }
        for name in names {
            TestFiles.write(Data([0x7B, 0x7B, 0xFF, 0x7D, 0x7D]), to: "\(templates)/\(name).mustache")
        }
        var diagnostics = Diagnostics()
        #expect(Theme.load(directory: templates, into: &diagnostics) == nil)
        #expect(
            diagnostics.all.map(\.file) == names.map { "\(templates)/\($0).mustache" },
            "in the order the diagnostics were collected, before any sorting for print")
    }
}
