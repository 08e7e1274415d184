/// Finds the word a misspelt one was probably meant to be.
package enum Suggestion {
    /// `did you mean ...?` for a link to a Markdown file that does not exist: the link's path as
    /// written (without its `#fragment`), its file name `name.md` replaced by that of the closest
    /// of `existing`; nil when none is close enough to be what was meant.
    static func fileLink(for name: String, among existing: Set<Slug>, writtenAs path: Substring) -> String? {
        closestSlug(to: name, among: existing).map { fileLink(to: $0, writtenAs: path) }
    }

    /// `did you mean ...?` for a link written as `path` to a file that does not exist: the path
    /// with its file name `name.md` replaced by `closest`'s.
    static func fileLink(to closest: Slug, writtenAs path: Substring) -> String {
        let folder = path.lastIndex(of: "/").map { path[...$0] } ?? ""
        return "did you mean \(Excerpt.quoted(folder + closest.value + ".md"))?"
    }

    /// The slug of `existing` closest to `name` (`closest(to:in:)`), if close enough to be a typo.
    static func closestSlug(to name: String, among existing: Set<Slug>) -> Slug? {
        closest(to: name, in: existing.map(\.value).sorted()).flatMap(Slug.init)
    }

    /// The candidate closest to `word` by edit distance, if it is close enough to be a typo.
    package static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased()
        let length = lowered.unicodeScalars.count
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let candidateLength = candidate.unicodeScalars.count
            // The distance is at least the difference in length: skip what cannot be a typo.
            guard abs(candidateLength - length) <= max(2, candidateLength / 3) else { continue }
            let distance = editDistance(lowered, candidate)
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best, best.distance <= max(2, best.candidate.count / 3), best.distance < word.count else {
            return nil
        }
        return best.candidate
    }

    /// The Levenshtein distance between two strings, by Unicode scalar.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.unicodeScalars)
        let b = Array(rhs.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
