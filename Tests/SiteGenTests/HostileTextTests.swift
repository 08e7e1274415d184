import Foundation
import Testing

@testable import SiteGen

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Text from content stays inert wherever it lands: HTML text and attributes, JSON-LD inside
/// `<script>`, and the XML of the sitemap and the feed.
@Suite("Hostile text")
struct HostileTextTests {
    static let hostile = "Rock</script><script>alert(\"x\")</script> & 'q' ]]> \u{2028} <!-- end"

    func buildHostileSite() throws -> TestSite {
        let yamlText = RoadmapScaffold.yamlQuoted(Self.hostile)
        let site = TestSite(
            siteYML: "title: \(yamlText)\nbase_url: https://example.org/\ndescription: \(yamlText)\n",
            roadmaps: [
                "rock": roadmapFile(
                    "title: \(yamlText)\ndescription: \(yamlText)\nupdated: 2026-01-01",
                    body: "## FAQ\n\n### \(Self.hostile.replacing("<", with: "\\<"))\n\nAnswer.\n")
            ])
        let result = site.build()
        #expect(result.succeeded, "\(result.messages)")
        return site
    }

    @Test func htmlTextAndAttributesAreEscaped() throws {
        let site = try buildHostileSite()
        for page in ["index.html", "rock/index.html", "rock/faq/index.html", "rock/related/index.html", "404.html"] {
            let html = site.page(page)
            #expect(!html.contains("<script>alert"), "\(page)")
            #expect(!html.contains("<!-- end"), "\(page)")
            #expect(
                html.contains("Rock&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"),
                "\(page)")
        }
        #expect(
            site.page("rock/index.html").contains(
                "<meta name=\"description\" content=\"Rock&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)"))
    }

    @Test func jsonLDCannotBreakOutOfItsScript() throws {
        let site = try buildHostileSite()
        for page in ["rock/index.html", "rock/faq/index.html"] {
            let html = site.page(page)
            let scripts = html.matches(of: /<script type="application\/ld\+json">(.*?)<\/script>/).map { String($0.1) }
            #expect(scripts.count == 1, "\(page)")
            let script = try #require(scripts.first)
            #expect(!script.contains("<"))
            #expect(!script.contains("\u{2028}"))
            let json = try #require(try JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: Any])
            #expect((json["name"] as? String)?.hasPrefix(Self.hostile) == true)
        }
        let faq = site.page("rock/faq/index.html")
        let script = try #require(faq.firstMatch(of: /<script type="application\/ld\+json">(.*?)<\/script>/)?.1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: Any])
        let question = try #require((json["mainEntity"] as? [[String: Any]])?.first)
        #expect(question["name"] as? String == Self.hostile)
    }

    final class TextCollector: NSObject, XMLParserDelegate {
        var texts: [String] = []
        var current = ""
        func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }
        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            texts.append(current)
            current = ""
        }
    }

    @Test func feedAndSitemapAreWellFormedXML() throws {
        let site = try buildHostileSite()
        for file in ["feed.xml", "sitemap.xml"] {
            let parser = XMLParser(data: Data(site.page(file).utf8))
            let collector = TextCollector()
            parser.delegate = collector
            #expect(parser.parse(), "\(file) parses")
            if file == "feed.xml" {
                #expect(collector.texts.contains { $0.contains(Self.hostile) })
            }
        }
    }
}
