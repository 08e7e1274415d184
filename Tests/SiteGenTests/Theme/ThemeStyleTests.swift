import Foundation
import Testing

/// The default stylesheet read as data: its colors in light and dark mode, worked out from the
/// CSS values themselves (issue 14: the focus outline at 3:1 against every background).
@Suite("Theme: stylesheet colors")
struct ThemeStyleTests {
    /// One declaration of the stylesheet, with the at-rules and selectors around it.
    struct Declaration {
        var property: String
        var value: String
        var context: [String]

        var isDark: Bool { context.contains { $0.contains("prefers-color-scheme: dark") } }
        var isPrint: Bool { context.contains { $0.hasPrefix("@media print") } }
    }

    static let css = TestFiles.read(TestFiles.defaultTheme + "/assets/style.css")

    /// Every declaration of `css`, in order (comments dropped; enough CSS for this stylesheet).
    static func declarations(_ css: String) -> [Declaration] {
        let text = css.replacing(/\/\*[\s\S]*?\*\//, with: "")
        var result: [Declaration] = []
        var context: [String] = []
        var pending = ""
        for character in text {
            switch character {
            case "{":
                context.append(pending.trimmingCharacters(in: .whitespacesAndNewlines))
                pending = ""
            case "}", ";":
                if let colon = pending.firstIndex(of: ":"), !context.isEmpty {
                    result.append(
                        Declaration(
                            property: pending[..<colon].trimmingCharacters(in: .whitespacesAndNewlines),
                            value: pending[pending.index(after: colon)...].trimmingCharacters(
                                in: .whitespacesAndNewlines),
                            context: context))
                }
                pending = ""
                if character == "}" { _ = context.popLast() }
            default:
                pending.append(character)
            }
        }
        return result
    }

    /// The custom properties in light or dark mode (dark: the light values with the dark
    /// mode's own on top).
    static func properties(dark: Bool) -> [String: String] {
        var values: [String: String] = [:]
        for declaration in declarations(css) where declaration.property.hasPrefix("--") && !declaration.isPrint {
            if !declaration.isDark || dark { values[declaration.property] = declaration.value }
        }
        return values
    }

    /// The custom properties and hex colors a value uses.
    static func colors(in value: String) -> (variables: [String], literals: [String]) {
        (
            value.matches(of: /var\((--[a-z0-9-]+)/).map { String($0.1) },
            value.matches(of: /#[0-9a-fA-F]{3,8}\b/).map { String($0.0) }
        )
    }

    /// WCAG 2.1 relative luminance of `#rrggbb`.
    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16)!
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { Double($0) / 255 }
        let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    /// WCAG 2.1 contrast ratio of two `#rrggbb` colors.
    static func contrast(_ first: String, _ second: String) -> Double {
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    @Test func everyFocusOutlineUsesTheOneFocusColor() {
        let outlines = Self.declarations(Self.css).filter { $0.property.hasPrefix("outline") }
        #expect(!outlines.isEmpty)
        for outline in outlines where outline.property != "outline-offset" && outline.property != "outline-width" {
            let (variables, literals) = Self.colors(in: outline.value)
            #expect(variables == ["--focus"] && literals.isEmpty, "\(outline.context.last ?? ""): \(outline.value)")
        }
    }

    @Test(arguments: [false, true])
    func theFocusColorStandsOutFromEveryBackground(dark: Bool) throws {
        let properties = Self.properties(dark: dark)
        let focus = try #require(properties["--focus"])
        // The theme's surfaces: the page, cards and code, and the map's boxes and branches.
        let backgrounds = properties.filter { $0.key == "--bg" || $0.key == "--surface" || $0.key.hasSuffix("-bg") }
        #expect(backgrounds.count >= 6)
        // And any color a rule paints a background with directly.
        var painted = backgrounds
        for declaration in Self.declarations(Self.css)
        where declaration.property.hasPrefix("background") && declaration.isDark == dark && !declaration.isPrint {
            for literal in Self.colors(in: declaration.value).literals { painted[literal] = literal }
        }
        for (name, color) in painted.sorted(by: { $0.key < $1.key }) {
            let ratio = Self.contrast(focus, color)
            #expect(ratio >= 3, "focus \(focus) on \(name) \(color): \(ratio):1 (\(dark ? "dark" : "light"))")
        }
    }

    /// Inline code's box stands out from the page, and its side padding is narrower than a space:
    /// with a box barely darker than the page (1.08:1) and 0.3em each side, the padding read as a
    /// space beside the code, "( GET" for the sample's "(`GET` is safe".
    @Test(arguments: [false, true])
    func inlineCodesPaddingReadsAsItsBoxNotAsASpace(dark: Bool) throws {
        let properties = Self.properties(dark: dark)
        let code = try #require(
            Self.declarations(Self.css).first { $0.context == ["code"] && $0.property == "background" })
        let variable = try #require(Self.colors(in: code.value).variables.first)
        let box = try #require(properties[variable])
        let page = try #require(properties["--bg"])
        let ratio = Self.contrast(box, page)
        #expect(ratio >= 1.15, "code \(box) on the page \(page): \(ratio):1 (\(dark ? "dark" : "light"))")
        let padding = try #require(
            Self.declarations(Self.css).first { $0.context == ["code"] && $0.property == "padding" })
        let side = try #require(padding.value.split(separator: " ").last?.wholeMatch(of: /([0-9.]+)em/)?.1)
        #expect(try #require(Double(side)) <= 0.2, "a space is about 0.25em of the page's text: \(padding.value)")
    }

    @Test func contrastMatchesWCAGsExamples() {
        #expect(abs(Self.contrast("#000000", "#ffffff") - 21) < 0.001)
        #expect(abs(Self.contrast("#f29900", "#ffffff") - 2.25) < 0.01, "the issue's figure")
        #expect(abs(Self.contrast("#777777", "#ffffff") - 4.48) < 0.01)
    }
}
