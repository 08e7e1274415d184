import Foundation

/// Which redirects the link checker follows.
///
/// Only redirects to http and https URLs: any other target (`file:`, `ftp:`, `javascript:`) is
/// reported as what it is. And never nearer this machine than the link itself: a link whose
/// server is on the internet is not followed to an address on a private network or on this
/// machine, nor one on a private network to this machine, so that a page on the internet cannot
/// make the checker ask a service of this machine or its network (`AddressReach`; the address
/// judged is the one connected to, not a name). A link to this machine, such as a test server's,
/// may redirect anywhere.
enum RedirectPolicy {
    /// The URL a redirect to `location` (absolute) leads to, or why it is not followed.
    static func target(of location: String) -> Result<URL, Refusal> {
        guard let components = URLComponents(string: location), let scheme = components.scheme?.lowercased(),
            let url = components.url
        else { return .failure(Refusal("it redirects to \(location), which is not a valid URL")) }
        guard scheme == "http" || scheme == "https" else {
            return .failure(
                Refusal("it redirects to \(location), and only redirects to http and https URLs are followed"))
        }
        guard let host = components.host, !host.isEmpty else {
            return .failure(Refusal("it redirects to \(location), which has no host"))
        }
        return .success(url)
    }

    /// Why a redirect to `location`, whose server is at `target`, is not followed from a link
    /// whose server is at `origin`.
    static func refusal(of location: String, at target: AddressReach, from origin: AddressReach) -> Refusal {
        let place = target == .loopback ? "this machine" : "a private network"
        let from = origin == .global ? "public" : "private-network"
        return Refusal(
            "it redirects to \(location), an address on \(place), and a link to a \(from) address is not followed there"
        )
    }

    /// Why a redirect is not followed, as the report says it.
    struct Refusal: Error, Sendable, Equatable {
        var reason: String

        init(_ reason: String) {
            self.reason = reason
        }
    }
}
