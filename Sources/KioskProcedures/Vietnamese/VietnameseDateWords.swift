/// A date in words, as the birth registration declaration and the birth certificate write the date of
/// birth under its figures ("ghi bằng chữ"):
/// 22/11/2026 → "Ngày hai mươi hai tháng mười một năm hai nghìn không trăm hai mươi sáu".
///
/// The conventions:
/// - day, month and year are read by ``VietnameseNumberWords`` in its standard style, so 24 is
///   "hai mươi tư", 21 "hai mươi mốt", 15 "mười lăm", 2005 "hai nghìn không trăm linh năm";
/// - the fourth month is always "tháng tư" (never "tháng bốn"), whatever the style; the first is
///   "tháng một" (the civil calendar; "tháng giêng" is the lunar first month) and the twelfth
///   "tháng mười hai" ("tháng chạp" is lunar too);
/// - days are written without the colloquial "mồng" (ngày mồng một), and without commas between the
///   parts;
/// - the first word is capitalised ("Ngày …"), as the line starts a field; ``words(day:month:year:)``
///   with `capitalized: false` gives the lower-case phrase for use inside a sentence.
public enum VietnameseDateWords {
    public enum Problem: Error, Sendable, Equatable {
        /// Not a date of the Gregorian calendar (31 April, 29 February 2025, month 13, year 0).
        case invalidDate(day: Int, month: Int, year: Int)
    }

    /// The date in words; refuses a day that does not exist.
    public static func words(day: Int, month: Int, year: Int, capitalized: Bool = true) throws(Problem) -> String {
        guard year >= 1, (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else {
            throw .invalidDate(day: day, month: month, year: year)
        }
        let monthWords = month == 4 ? "tư" : VietnameseNumberWords.words(month)
        let text =
            "ngày \(VietnameseNumberWords.words(day)) tháng \(monthWords) năm \(VietnameseNumberWords.words(year))"
        return capitalized ? "N" + text.dropFirst() : text
    }

    /// Reads an ISO date as forms store it, "2026-11-22" (a dateTime's time part is ignored).
    public static func words(iso text: String, capitalized: Bool = true) throws(Problem) -> String {
        let parts = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard text.count >= 10, parts.map(\.count) == [4, 2, 2],
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { throw .invalidDate(day: 0, month: 0, year: 0) }
        return try words(day: day, month: month, year: year, capitalized: capitalized)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year.isMultiple(of: 4) && !year.isMultiple(of: 100)) || year.isMultiple(of: 400) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
