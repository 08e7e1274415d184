import Foundation

/// A viewport size, in CSS pixels.
struct Viewport: Sendable, Hashable {
    var width: Int
    var height: Int
    /// Whether the page is shown as on a phone (meta viewport honoured, overlay scrollbars).
    var mobile: Bool

    /// A phone: 390 × 844 (an iPhone 12 to 15), the width issue 12 asks the layout to work at.
    static let phone = Viewport(width: 390, height: 844, mobile: true)
    /// A laptop: 1280 × 800.
    static let desktop = Viewport(width: 1280, height: 800, mobile: false)
}

/// The CSS media type a page is rendered for.
enum MediaType: String, Sendable {
    case screen
    case print
}

/// The user's colour scheme preference (`prefers-color-scheme`).
enum ColorScheme: String, Sendable {
    case light
    case dark
}

extension BrowserPage {
    /// Renders the page at `viewport` (`Emulation.setDeviceMetricsOverride`, device scale 1).
    func setViewport(_ viewport: Viewport) async throws {
        try await send(
            "Emulation.setDeviceMetricsOverride",
            [
                "width": .number(Double(viewport.width)), "height": .number(Double(viewport.height)),
                "deviceScaleFactor": 1, "mobile": .bool(viewport.mobile),
            ])
    }

    /// Renders the page for a media type and colour scheme (`Emulation.setEmulatedMedia`); nil
    /// leaves the browser's own.
    func emulateMedia(_ type: MediaType? = nil, colorScheme: ColorScheme? = nil) async throws {
        var features: [BrowserJSON] = []
        if let colorScheme {
            features.append(["name": "prefers-color-scheme", "value": .string(colorScheme.rawValue)])
        }
        try await send(
            "Emulation.setEmulatedMedia", ["media": .string(type?.rawValue ?? ""), "features": .array(features)])
    }

    /// A PNG of the viewport, or of the whole page when `fullPage` is true.
    func screenshot(fullPage: Bool = false) async throws -> Data {
        var params: [String: BrowserJSON] = ["format": "png"]
        if fullPage {
            let metrics = try await send("Page.getLayoutMetrics")["cssContentSize"]
            params["captureBeyondViewport"] = true
            params["clip"] = [
                "x": 0, "y": 0, "width": metrics["width"], "height": metrics["height"], "scale": 1,
            ]
        }
        let result = try await send("Page.captureScreenshot", .object(params), timeout: .seconds(30))
        guard let base64 = result["data"].string, let data = Data(base64Encoded: base64) else {
            throw BrowserError.page("Page.captureScreenshot gave no image")
        }
        return data
    }
}

/// The width and height a PNG's header gives, or nil when `data` is not a PNG
/// (PNG specification, 5.2 and 11.2.2: the signature, then the IHDR chunk).
func pngSize(_ data: Data) -> (width: Int, height: Int)? {
    let bytes = [UInt8](data.prefix(24))
    guard bytes.count == 24, bytes.prefix(8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
        bytes[12..<16] == [0x49, 0x48, 0x44, 0x52]
    else { return nil }
    let number = { (start: Int) in bytes[start..<start + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (number(16), number(20))
}
