import Foundation

@testable import SiteGen

/// Writes the Swift file that carries the default theme's files into the binary
/// (`Sources/DefaultTheme/DefaultThemeFiles.swift`), from the theme's folder.
///
/// SwiftPM's `.embedInCode` resources cannot carry a folder tree: it names each file's bytes
/// after the file's name alone (`partials/head.mustache` and `head.mustache` would both be
/// `head_mustache`), and gives no list of them, so a file added to the theme would need code
/// to be found. This file keeps every path and lists every file. `EmbeddedThemeTests` fails
/// while it is stale, and writes it again with `SITEGEN_RECORD_THEME=1`.
enum EmbeddedThemeSource {
    /// The Swift source for the files of `folder` (every regular file but hidden ones and
    /// editors' scratch files), sorted by path. Text is written as raw string literals, so a
    /// change to the theme reads as a diff; other files (not UTF-8, or with control characters
    /// the compiler would change or refuse, such as CR) as Base64.
    static func swiftFile(for files: [String: [UInt8]]) -> String {
        var lines = [
            "// swift-format-ignore-file",
            "// Generated from the default theme's folder: do not edit. After changing the theme, run",
            "//   SITEGEN_RECORD_THEME=1 swift test --filter EmbeddedThemeTests",
            "// (EmbeddedThemeTests fails while this file is stale). SwiftPM's .embedInCode cannot carry",
            "// a folder tree: it names each file by its name alone and does not list them.",
            "import Foundation",
            "",
            "/// The default theme, built into sitegen.",
            "package enum DefaultThemeFiles {",
            "    /// Every file of the default theme, by its path in the theme's folder",
            "    /// (`layout.mustache`, `partials/head.mustache`, `assets/style.css`).",
            "    package static let files: [String: [UInt8]] = [",
        ]
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) {
            lines.append("        \(quoted(path)): " + literal(bytes) + ",")
        }
        lines += [
            "    ]",
            "",
            "    private static func text(_ text: String) -> [UInt8] { Array(text.utf8) }",
            "",
            "    private static func base64(_ text: String) -> [UInt8] {",
            "        Array(Data(base64Encoded: text, options: .ignoreUnknownCharacters)!)",
            "    }",
            "}",
            "",
        ]
        return lines.joined(separator: "\n")
    }

    /// The files of the theme folder at `directory`, by path relative to it.
    static func files(in directory: String) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for (path, data) in TestFiles.tree(directory) {
            let names = path.split(separator: "/")
            guard !names.contains(where: { $0.hasPrefix(".") || RoadmapFileName.isEditorScratch(String($0)) })
            else { continue }
            files[path] = [UInt8](data)
        }
        return files
    }

    private static func literal(_ bytes: [UInt8]) -> String {
        guard let text = String(validating: bytes, as: UTF8.self), text.unicodeScalars.allSatisfy(isPlain) else {
            let encoded = Data(bytes).base64EncodedString(options: .lineLength76Characters)
                .replacingOccurrences(of: "\r\n", with: "\n")
            return "base64(\n\"\"\"\n\(encoded)\n\"\"\")"
        }
        var hashes = "#"
        while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
        return "text(\n\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes))"
    }

    /// Whether a character is written as it is in a raw string literal: not a control character
    /// (but line feed and tab) and not a bidirectional control, which the compiler warns about.
    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\n" || scalar == "\t" { return true }
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return false }
        return !(0x202A...0x202E).contains(scalar.value) && !(0x2066...0x2069).contains(scalar.value)
            && scalar.value != 0x200E && scalar.value != 0x200F && scalar.value != 0x2028 && scalar.value != 0x2029
    }

    private static func quoted(_ path: String) -> String {
        "\"" + path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
