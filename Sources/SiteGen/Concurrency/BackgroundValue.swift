import Dispatch

/// A value made on a global-queue thread while the caller goes on with other work; `value`
/// waits for it. For a few milliseconds of work that would otherwise leave the second core idle:
/// the theme while the content loads (`LoadedSite.load`), the sitemap while the index page
/// renders (`SiteRenderer.render(into:)`). Not waited for, the value is made and dropped.
final class BackgroundValue<Value: Sendable>: Sendable {
    private let result = ParallelResults<Value>(count: 1)
    private let made = DispatchGroup()

    /// Starts making the value with `make`.
    init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async(group: made) { [result] in result.set(0, make()) }
    }

    /// The value, once made (this waits until it is).
    var value: Value {
        made.wait()
        return result.values[0]
    }
}
