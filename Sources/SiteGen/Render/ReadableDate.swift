/// Dates written out for readers of the site's language: `27 April 2026` (`en`, `en-GB`),
/// `April 27, 2026` (`en-US`), `27. April 2026` (`de`), `2026年4月27日` (`ja`)…
///
/// The forms are CLDR's long date format ("d MMMM y" and its kin) for a few languages, kept
/// here as a table rather than asked of Foundation's `DateFormatter`: that one reads ICU's
/// data, which differs between ICU versions and between Linux and macOS, and a build must be
/// byte-identical on every machine. `ReadableDateTests` checks the table against Foundation.
/// A language the table lacks gets the ISO date (`2026-04-27`), which any reader can read,
/// rather than month names in another language.
struct ReadableDate: Sendable {
    /// How one language writes a date.
    private struct Form: Sendable {
        /// The month names, January first, as they stand in a date (some languages inflect them).
        var months: [String]
        /// The date from its year, month name (or number, for `numeric`) and day.
        var write: @Sendable (_ year: Int, _ month: String, _ day: Int) -> String
        /// Whether the month is written as its number (`2026年4月27日`).
        var numeric = false
    }

    private let form: Form?

    /// The dates of pages in `language`, an HTML `lang` value (BCP 47: `en`, `en-US`, `pt-BR`,
    /// `zh-Hant-TW`); the case of the tag and `_` for `-` are accepted.
    init(language: String) {
        let subtags = language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" })
        let primary = subtags.first.map(String.init) ?? ""
        // The region is the first subtag of two letters or three digits after the language.
        let region = subtags.dropFirst().first { $0.count == 2 || ($0.count == 3 && $0.allSatisfy(\.isNumber)) }
        if primary == "en", region == "us" {
            form = Form(months: Self.english) { year, month, day in "\(month) \(day), \(year)" }
        } else {
            form = Self.forms[primary]
        }
    }

    /// `day` written out, or as `YYYY-MM-DD` in a language the table lacks.
    func text(_ day: Day) -> String {
        guard let form else { return day.description }
        return form.write(day.year, form.numeric ? String(day.month) : form.months[day.month - 1], day.day)
    }

    private static let english = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    private static let dayMonthYear: @Sendable (Int, String, Int) -> String = { year, month, day in
        "\(day) \(month) \(year)"
    }
    private static let dayDeMonthDeYear: @Sendable (Int, String, Int) -> String = { year, month, day in
        "\(day) de \(month) de \(year)"
    }

    /// The forms by primary language subtag.
    private static let forms: [String: Form] = [
        "en": Form(months: english, write: dayMonthYear),
        "de": Form(
            months: [
                "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                "November", "Dezember",
            ], write: { year, month, day in "\(day). \(month) \(year)" }),
        "es": Form(
            months: [
                "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                "noviembre", "diciembre",
            ], write: dayDeMonthDeYear),
        "fr": Form(
            months: [
                "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre",
            ], write: dayMonthYear),
        "it": Form(
            months: [
                "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                "ottobre", "novembre", "dicembre",
            ], write: dayMonthYear),
        "nl": Form(
            months: [
                "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                "november", "december",
            ], write: dayMonthYear),
        "pt": Form(
            months: [
                "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
                "novembro", "dezembro",
            ], write: dayDeMonthDeYear),
        "sv": Form(
            months: [
                "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                "november", "december",
            ], write: dayMonthYear),
        "pl": Form(
            months: [
                "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                "października", "listopada", "grudnia",
            ], write: dayMonthYear),
        "ru": Form(
            months: [
                "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                "ноября", "декабря",
            ], write: { year, month, day in "\(day) \(month) \(year)\u{202F}г." }),
        "tr": Form(
            months: [
                "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
                "Aralık",
            ], write: dayMonthYear),
        "ja": Form(months: [], write: { year, month, day in "\(year)年\(month)月\(day)日" }, numeric: true),
        "zh": Form(months: [], write: { year, month, day in "\(year)年\(month)月\(day)日" }, numeric: true),
        "ko": Form(months: [], write: { year, month, day in "\(year)년 \(month)월 \(day)일" }, numeric: true),
    ]
}
