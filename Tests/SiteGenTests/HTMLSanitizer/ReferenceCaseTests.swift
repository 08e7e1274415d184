import Foundation
import Testing

@testable import HTMLSanitizer

/// The test cases of the sanitizers GitHub's Markdown goes through (rgrove/sanitize's tests,
/// html-pipeline's `SanitizationFilter` tests), written as data in
/// `Fixtures/html-sanitizer/reference-cases.json`: each case names its source, the policy
/// (one of the file's named policies, or one written in the case), the input and the
/// reference's output. Where our output differs on purpose, the case gives `ours` and `why`.
@Suite("HTML sanitizer: reference cases")
struct ReferenceCaseTests {
    struct Case {
        var source: String
        var policy: HTMLSanitizerPolicy
        var html: String
        var expected: String
        var ours: String?
    }

    static let cases: [Case] = {
        let path = TestFiles.fixtures + "/html-sanitizer/reference-cases.json"
        let data = FileManager.default.contents(atPath: path) ?? Data()
        let file = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        let named = file["policies"] as? [String: Any] ?? [:]
        var policies: [String: HTMLSanitizerPolicy] = ["github": .gitHub]
        for (name, spec) in named {
            policies[name] = policy(spec as? [String: Any] ?? [:], base: HTMLSanitizerPolicy())
        }
        return (file["cases"] as? [[String: Any]] ?? []).map { entry in
            let policy: HTMLSanitizerPolicy
            if let name = entry["policy"] as? String {
                policy = policies[name] ?? HTMLSanitizerPolicy()
            } else {
                let spec = entry["policy"] as? [String: Any] ?? [:]
                let base = (spec["merge"] as? String).flatMap { policies[$0] } ?? HTMLSanitizerPolicy()
                policy = Self.policy(spec, base: base)
            }
            return Case(
                source: entry["source"] as? String ?? "", policy: policy, html: entry["html"] as? String ?? "",
                expected: entry["expected"] as? String ?? "", ours: entry["ours"] as? String)
        }
    }()

    /// A policy written as the sanitize gem's configuration hash, over `base`.
    static func policy(_ spec: [String: Any], base: HTMLSanitizerPolicy) -> HTMLSanitizerPolicy {
        var policy = base
        if let elements = spec["elements"] as? [String] { policy.elements = Set(elements) }
        if let more = spec["elements+"] as? [String] { policy.elements.formUnion(more) }
        for (element, names) in spec["attributes"] as? [String: [String]] ?? [:] {
            if element == "all" {
                policy.globalAttributes = Set(names)
            } else {
                policy.attributes[element] = Set(names)
            }
        }
        for (element, rules) in spec["protocols"] as? [String: [String: [String]]] ?? [:] {
            for (attribute, schemes) in rules {
                policy.urlRules[element, default: [:]][attribute] = URLRule(
                    schemes: Set(schemes.filter { $0 != "relative" }), allowsRelative: schemes.contains("relative"))
            }
        }
        if let added = spec["addAttributes"] as? [String: [String: String]] { policy.addedAttributes = added }
        if let all = spec["removeContents"] as? Bool { policy.removesAllContents = all }
        if let names = spec["removeContents"] as? [String] { policy.contentRemovingElements = Set(names) }
        return policy
    }

    @Test func theFileHoldsTheCases() {
        #expect(Self.cases.count >= 190)
    }

    @Test func matchesTheReferenceOrTheRecordedDifference() {
        for (index, testCase) in Self.cases.enumerated() {
            let output = HTMLFragmentSanitizer.sanitize(testCase.html, policy: testCase.policy)
            #expect(
                output == (testCase.ours ?? testCase.expected),
                "case \(index): \(testCase.source)\n  input: \(testCase.html.debugDescription)")
        }
    }

    /// Every output is safe to sanitize again and comes out the same (the round-trip property
    /// of sanitize's tests): what the sanitizer writes, it reads back as written.
    @Test func outputIsAFixedPoint() {
        for (index, testCase) in Self.cases.enumerated() {
            let once = HTMLFragmentSanitizer.sanitize(testCase.html, policy: testCase.policy)
            let twice = HTMLFragmentSanitizer.sanitize(once, policy: testCase.policy)
            #expect(twice == once, "case \(index): \(testCase.source)")
        }
    }
}
