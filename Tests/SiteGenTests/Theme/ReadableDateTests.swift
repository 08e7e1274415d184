import Foundation
import Testing

@testable import SiteGen

/// Dates written for readers in the site's language, the ISO date kept for machines (issue 14,
/// "Dates shown as raw ISO").
@Suite("Theme: readable dates")
struct ReadableDateTests {
    static let day = Day(year: 2026, month: 4, day: 27)!

    @Test(arguments: [
        ("en", "27 April 2026"), ("en-GB", "27 April 2026"), ("EN_gb", "27 April 2026"), ("en-US", "April 27, 2026"),
        ("en-Latn-US", "April 27, 2026"), ("de-CH", "27. April 2026"), ("fr", "27 avril 2026"),
        ("es-419", "27 de abril de 2026"), ("pt-BR", "27 de abril de 2026"), ("pl", "27 kwietnia 2026"),
        ("ru", "27 апреля 2026\u{202F}г."), ("ja", "2026年4月27日"), ("zh-Hant-TW", "2026年4月27日"), ("ko", "2026년 4월 27일"),
        // Languages the table lacks get the ISO date, not another language's month names.
        ("cs", "2026-04-27"), ("", "2026-04-27"), ("x-klingon", "2026-04-27"),
    ])
    func writesTheDateForTheLanguage(language: String, expected: String) {
        #expect(ReadableDate(language: language).text(Self.day) == expected)
    }

    /// The table is CLDR's long date format, as Foundation (ICU's data) writes it on the machine
    /// where the table was made; a later ICU that changed a form shows up here.
    @Test(arguments: [
        ("en", "en-001"), ("en-US", "en-US"), ("de", "de"), ("es", "es"), ("fr", "fr"), ("it", "it"), ("nl", "nl"),
        ("pt", "pt"), ("sv", "sv"), ("pl", "pl"), ("ru", "ru"), ("tr", "tr"), ("ja", "ja"), ("zh", "zh"), ("ko", "ko"),
    ])
    func everyMonthMatchesFoundationsLongDate(language: String, locale: String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: locale)
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        formatter.dateStyle = .long
        formatter.timeStyle = .none
        let dates = ReadableDate(language: language)
        for month in 1...12 {
            for day in [1, 9, 28] {
                let date = calendar.date(from: DateComponents(year: 2026, month: month, day: day))!
                #expect(dates.text(Day(year: 2026, month: month, day: day)!) == formatter.string(from: date))
            }
        }
    }

    @Test func pagesShowTheReadableDateAndKeepISOInDatetime() {
        let site = TestSite(
            siteYML: "title: T\nbase_url: https://example.org/\nlanguage: fr\n",
            roadmaps: [
                "a": roadmapFile("title: A\nupdated: 2026-08-01\nrelated: [b]"),
                "b": roadmapFile("title: B\nupdated: 2026-02-14"),
            ])
        #expect(site.build().succeeded)
        #expect(site.page("a/index.html").contains("Last updated: <time datetime=\"2026-08-01\">1 août 2026</time>"))
        #expect(site.page("index.html").contains("<time datetime=\"2026-02-14\">14 février 2026</time>"))
        #expect(site.page("a/related/index.html").contains("<time datetime=\"2026-02-14\">14 février 2026</time>"))
        #expect(!site.page("index.html").contains(">2026-"))
    }
}
