import Foundation
import Testing

@testable import SiteGen

/// No message quotes more than a short excerpt of a file, and `site.yml` is not read through a
/// link out of the content folder (issue 15, item 4): a private key or a `.netrc` read by
/// mistake must not end up in a terminal, a CI log or a workflow annotation.
@Suite("Secrets are never quoted")
struct SecretQuotingTests {
    /// A file shaped like an OpenSSH private key; every line but the first and last is secret.
    static let privateKey = """
        -----BEGIN OPENSSH PRIVATE KEY-----
        b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
        QyNTUxOQAAACBSECRETSECRETSECRETSECRETSECRETSECRETSECRETxxxxAAAAJiSECRET
        -----END OPENSSH PRIVATE KEY-----

        """

    /// `.netrc` files, on one line and on several.
    static let netrcFiles = [
        "machine api.example.com login me password SECRET-hunter2\n",
        "machine api.example.com\n  login me\n  password SECRET-hunter2\n",
    ]

    /// `site.yml` texts whose values hold `SECRET` after the first 40 characters of their line,
    /// or on a later line, each reaching a different message.
    static let hostileSiteFiles =
        [privateKey] + netrcFiles + [
            "title: T\nbase_url: https://example.org/\nlanguage: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx SECRET\n",
            "title: T\nbase_url: \"https://example.org/ xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx SECRET\"\n",
            "title: T\nbase_url: https://example.org/\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx SECRET: 1\n",
            "title: T\nbase_url: https://example.org/\nunsafe_html: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx SECRET\n",
            "title: T\nbase_url: https://example.org/\ndescription: \"xxxxx\n  SECRET\ntitle: again\n",
            "title: T\nbase_url: https://example.org/\ndescription: [\"SECRET\n",
            "title: T\ntitle: T\nbase_url: https://example.org/\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx SECRET: 1\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx SECRET: 2\n",
        ]

    @Test(arguments: hostileSiteFiles)
    func aSiteFileIsNeverQuotedBeyondAnExcerpt(_ text: String) throws {
        let site = TestSite(siteYML: text, roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        _ = site.copyTheme()
        for environment in [[:], ["GITHUB_ACTIONS": "true"]] {
            let result = try CommandLineTests().run([], in: site.root, environment: environment)
            #expect(result.stderr.contains("content/site.yml:"), "\(result.stderr)")
            #expect(!result.stderr.contains("SECRET"), "\(result.stderr)")
        }
    }

    @Test func aPrivateKeyAsSiteFileIsReportedWithoutItsText() throws {
        let site = TestSite(siteYML: Self.privateKey)
        _ = site.copyTheme()
        let result = try CommandLineTests().run([], in: site.root, environment: ["GITHUB_ACTIONS": "true"])
        #expect(
            result.stderr == """
                content/site.yml:1:1: error: the YAML is text, not a mapping of keys to values
                  hint: write one `key: value` per line
                ::error file=content/site.yml,line=1,col=1::the YAML is text, not a mapping of keys to values%0Awrite one `key: value` per line
                1 error, 0 warnings

                """)
    }

    @Test(arguments: [privateKey] + netrcFiles)
    func aSiteFileLinkedOutOfTheContentFolderIsNotRead(_ secret: String) throws {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        _ = site.copyTheme()
        let outside = TestFiles.temporaryDirectory() + "/id_ed25519"
        TestFiles.write(secret, to: outside)
        try FileManager.default.removeItem(atPath: site.content + "/site.yml")
        try FileManager.default.createSymbolicLink(atPath: site.content + "/site.yml", withDestinationPath: outside)
        let result = try CommandLineTests().run([], in: site.root, environment: ["GITHUB_ACTIONS": "true"])
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                """
                content/site.yml:1:1: error: `site.yml` is a symbolic link to a file outside the content folder
                  hint: copy the file into the content folder instead
                ::error file=content/site.yml,line=1,col=1::`site.yml` is a symbolic link to a file outside the content folder
                """))
        #expect(!result.stderr.contains("SECRET"))
        #expect(!result.stderr.contains("b3BlbnNzaC1rZXkt"))
    }

    @Test func aSiteFileLinkedInsideTheContentFolderIsRead() throws {
        let site = TestSite(roadmaps: ["a": roadmapFile("title: A\nupdated: 2026-01-01")])
        try FileManager.default.moveItem(atPath: site.content + "/site.yml", toPath: site.content + "/settings.yml")
        try FileManager.default.createSymbolicLink(
            atPath: site.content + "/site.yml", withDestinationPath: site.content + "/settings.yml")
        #expect(site.build().succeeded)
    }

    @Test func frontMatterValuesAreQuotedOnlyInPart() {
        let long = String(repeating: "y", count: 60)
        let site = TestSite(roadmaps: [
            "a": roadmapFile("title: A\nupdated: 2026-01-01\nlevel: \(long)\nrelated: [\(long)]\n\(long): 1")
        ])
        let excerpt = String(repeating: "y", count: 40) + "…"
        #expect(
            site.build().messages == [
                "content/roadmaps/a.md:4:8: error: `level` is `\(excerpt)`; it must be Beginner, Intermediate or Advanced",
                "content/roadmaps/a.md:5:11: error: related roadmap `\(excerpt)` does not exist",
                "content/roadmaps/a.md:6:1: warning: unknown key `\(excerpt)` is ignored",
            ])
    }

    @Test func urlsInBodyMessagesAreQuotedOnlyInPart() {
        let long = String(repeating: "z", count: 60)
        let cut = String(repeating: "z", count: 40) + "…"
        let (_, bodyMessages) = TypedResourceTests.render(
            "[x](\(long).md) ![i](\(long).png)\n", files: [])
        let (_, mapMessages) = MapParserTests.parse("## Roadmap\n\n- [Go](https://example.org/\(long))\n")
        let messages = (bodyMessages + mapMessages).map { $0.split(separator: "\n")[0] }
        #expect(
            messages == [
                "b.md:5:1: error: link to `\(cut)`, but there is no roadmap `\(cut)`",
                "b.md:5:70: error: the image `\(cut)` is missing: there is no file content/roadmaps/\(cut)",
                "backend.md:7:3: error: a map item links to `https://example.org/\(String(cut.dropFirst(20)))`, which is not a topic or roadmap file",
            ])
    }

    @Test(arguments: [
        ("short", "short"), (String(repeating: "é", count: 40), String(repeating: "é", count: 40)),
        (String(repeating: "é", count: 41), String(repeating: "é", count: 40) + "…"), ("one\ntwo", "one…"),
        ("one\r\ntwo", "one…"), ("one\u{2028}two", "one…"), ("", ""),
    ])
    func excerptsKeepTheFirstLineAndFortyCharacters(text: String, excerpt: String) {
        #expect(Excerpt.of(text) == excerpt)
    }
}
