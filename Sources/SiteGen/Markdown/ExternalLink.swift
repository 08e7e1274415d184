/// An http(s) link or image written in a roadmap's Markdown, with where it is written.
struct ExternalLink: Sendable, Hashable {
    /// Whether the URL is a link's target or an image's source.
    enum Kind: String, Sendable, Hashable {
        case link
        case image
    }

    /// The URL as written (after Markdown unescaping).
    var url: String
    /// Where the link or image starts in the roadmap file.
    var location: SourceLocation
    /// Whether it is a link or an image.
    var kind: Kind

    /// The URL that is requested: the written one without its fragment, which is never sent.
    var requestURL: String {
        guard let mark = url.firstIndex(of: "#") else { return url }
        return String(url[..<mark])
    }

    /// The fragment, with its `#`, or an empty string.
    var fragment: String {
        guard let mark = url.firstIndex(of: "#") else { return "" }
        return String(url[mark...])
    }

    /// Whether `url` is an absolute http or https URL (the scheme in any case).
    static func isExternal(_ url: String) -> Bool {
        let lowercased = url.prefix(8).lowercased()
        return lowercased.hasPrefix("http://") || lowercased.hasPrefix("https://")
    }
}
