/// The link and image URLs a page never gets, whatever `unsafe_html` says: cmark-gfm's own
/// rule (`_scan_dangerous_url` in its `scanners.re`, which its HTML renderer applies only
/// without `CMARK_OPT_UNSAFE`), read the way a browser reads a URL's scheme.
///
/// Dangerous are the schemes `javascript:`, `vbscript:`, `file:` and `data:`, except
/// `data:image/png`, `gif`, `jpeg` and `webp`, in any case. As the WHATWG URL parser does
/// before it reads the scheme, leading spaces and control characters are skipped and tabs and
/// line breaks are ignored, so `java&#9;script:` is caught too.
enum DangerousURL {
    private static let schemes = ["javascript:", "vbscript:", "file:", "data:"]
    private static let safeData = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]

    /// The dangerous scheme `url` starts with, lowercased with its colon (`javascript:`), or nil
    /// when the URL may be linked.
    ///
    /// Read on UTF-8 bytes when the first 15 scalars that count are ASCII, as nearly every URL's
    /// are (the Unicode-aware lowercasing and prefix tests of `schemeByCharacters` were 4% of a
    /// topic corpus build); by `schemeByCharacters` otherwise.
    static func scheme(of url: String) -> String? {
        var start: (UInt64, UInt64) = (0, 0)
        let count = withUnsafeMutableBytes(of: &start) { buffer -> Int? in
            var count = 0
            for byte in url.utf8.drop(while: { $0 <= 0x20 }) where byte != 0x09 && byte != 0x0A && byte != 0x0D {
                guard byte < 0x80 else { return nil }
                buffer[count] = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
                count += 1
                if count == 15 { break }
            }
            return count
        }
        guard let count else { return schemeByCharacters(of: url) }
        return withUnsafeBytes(of: &start) { buffer in
            let lowered = buffer.prefix(count)
            guard let scheme = asciiSchemes.first(where: { lowered.starts(with: $0) }) else { return nil }
            if scheme.count == 5, safeASCIIData.contains(where: { lowered.starts(with: $0) }) { return nil }
            return String(decoding: scheme, as: UTF8.self)
        }
    }

    private static let asciiSchemes = schemes.map { Array($0.utf8) }
    private static let safeASCIIData = safeData.map { Array($0.utf8) }

    /// `scheme(of:)`'s answer worked out on Unicode scalars and characters, for any URL.
    static func schemeByCharacters(of url: String) -> String? {
        var start = ""
        for scalar in url.unicodeScalars.drop(while: { $0.value <= 0x20 })
        where scalar != "\t" && scalar != "\n" && scalar != "\r" {
            start.unicodeScalars.append(scalar)
            if start.unicodeScalars.count >= 15 { break }
        }
        let lowered = start.lowercased()
        guard let scheme = schemes.first(where: lowered.hasPrefix) else { return nil }
        if scheme == "data:", safeData.contains(where: lowered.hasPrefix) { return nil }
        return scheme
    }

    /// The warning for a link or image with a dangerous URL, left out of the page.
    static func warning(_ scheme: String, isImage: Bool, at location: SourceLocation) -> Diagnostic {
        .warning(
            isImage
                ? "image with a `\(scheme)` URL is left out; its description is shown instead"
                : "link to a `\(scheme)` URL is left out; its text is shown without a link",
            at: location,
            hint: "pages link only to web addresses and site paths; images must be files or PNG, GIF, JPEG or WebP data"
        )
    }
}
