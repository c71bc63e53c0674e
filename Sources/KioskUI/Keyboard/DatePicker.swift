import KioskProcedures

/// A date chosen on columns of big − and + buttons, one step a tap: day, month, year.
///
/// Conventions:
/// - Years run from 1900 to the current year (the form's own constraint is not known here and is
///   checked when the citizen goes on); the year column also has −10 and +10, so any year is a
///   few taps away.
/// - The picker starts at the question's answer, else at the year an appearance "start-YYYY"
///   names (a form asking for an adult's birth date can say "start-1985"), else at today. What the
///   picker shows is the answer: "next" saves it, untouched or not.
/// - Day and month wrap around (− on the 1st goes to the 31st), the year stops at its ends; a day
///   that does not exist in the new month is clamped (31 January, month + → 28 or 29 February).
/// - Appearance "month-year" hides the day (the value is the 1st), "year" hides day and month
///   (1 January), as in ODK Collect. The value is always "yyyy-mm-dd".
public struct DatePicker: Sendable, Equatable {
    public enum Field: String, Sendable, Hashable, CaseIterable { case day, month, year }

    public private(set) var day: Int
    public private(set) var month: Int
    public private(set) var year: Int
    public let years: ClosedRange<Int>
    /// The columns shown, in order.
    public let fields: [Field]

    public static let firstYear = 1900

    /// A picker on `value` ("yyyy-mm-dd") or, when it is nil or not a date, on the default.
    public init(value: String?, today: DateComponentsYMD, appearance: String? = nil) {
        let tokens = appearance?.split(separator: " ").map(String.init) ?? []
        fields =
            tokens.contains("year")
            ? [.year] : tokens.contains("month-year") ? [.month, .year] : [.day, .month, .year]
        years = Self.firstYear...max(Self.firstYear, today.year)
        var start = today
        if let startYear = tokens.lazy.compactMap({ $0.hasPrefix("start-") ? Int($0.dropFirst(6)) : nil }).first {
            start = DateComponentsYMD(year: startYear, month: 1, day: 1)
        }
        if let value, let parsed = DateComponentsYMD(iso: value) { start = parsed }
        year = min(max(start.year, years.lowerBound), years.upperBound)
        month = fields.contains(.month) ? start.month : 1
        day = fields.contains(.day) ? min(start.day, Self.daysIn(month: month, year: year)) : 1
    }

    /// The value a form stores.
    public var iso: String {
        let pad = { (number: Int, width: Int) in String(repeating: "0", count: max(0, width - String(number).count)) }
        return "\(pad(year, 4))\(year)-\(pad(month, 2))\(month)-\(pad(day, 2))\(day)"
    }

    /// One or more steps on one column.
    public mutating func adjust(_ field: Field, by steps: Int) {
        switch field {
        case .day:
            let days = Self.daysIn(month: month, year: year)
            day = ((day - 1 + steps) % days + days) % days + 1
        case .month:
            month = ((month - 1 + steps) % 12 + 12) % 12 + 1
        case .year:
            year = min(max(year + steps, years.lowerBound), years.upperBound)
        }
        day = min(day, Self.daysIn(month: month, year: year))
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year.isMultiple(of: 4) && !year.isMultiple(of: 100)) || year.isMultiple(of: 400) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The month's name under its number: "tháng tư", "April".
    public static func monthName(_ month: Int, language: String) -> String {
        guard language == "en" else { return "tháng " + (month == 4 ? "tư" : VietnameseNumberWords.words(month)) }
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        return names[(month - 1) % 12]
    }

    /// The date as the voice says it: "ngày năm tháng tư năm một nghìn chín trăm tám mươi lăm",
    /// "5 April 1985" (only the shown columns).
    public func spoken(language: String) -> String {
        if language != "en" {
            let yearWords = "năm " + VietnameseNumberWords.words(year)
            switch fields {
            case [.year]: return yearWords
            case [.month, .year]: return Self.monthName(month, language: language) + " " + yearWords
            default:
                return (try? VietnameseDateWords.words(day: day, month: month, year: year, capitalized: false))
                    ?? iso
            }
        }
        let monthYear = "\(Self.monthName(month, language: language)) \(year)"
        switch fields {
        case [.year]: return String(year)
        case [.month, .year]: return monthYear
        default: return "\(day) \(monthYear)"
        }
    }
}

/// A calendar day, without time or zone.
public struct DateComponentsYMD: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads "yyyy-mm-dd" (a dateTime's time is ignored); nil when it is not a day that exists.
    public init?(iso text: String) {
        let parts = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.map(\.count) == [4, 2, 2], let year = Int(parts[0]), let month = Int(parts[1]),
            let day = Int(parts[2]), (1...12).contains(month),
            (1...DatePicker.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }
}
