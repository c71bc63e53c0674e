import Foundation

/// Dates as ODK stores them ("2024-01-15", "2024-01-15T08:30:00.000+07:00", "08:30:00.000+07:00") and
/// the proleptic Gregorian arithmetic behind `number()`, `date()` and `format-date()`.
///
/// Pure arithmetic on purpose: no Calendar, no locale, no clock. Time zones come from the caller.
public enum XPathDate {
    /// Coordinated Universal Time.
    public static let utc = TimeZone(secondsFromGMT: 0) ?? TimeZone.current

    /// A calendar date with an optional time of day and offset, as written in the instance.
    struct Moment: Equatable {
        var year: Int
        var month: Int
        var day: Int
        var hour = 0
        var minute = 0
        var second = 0
        var millisecond = 0
        /// Seconds east of UTC; nil when the text had none (a plain date, or a local dateTime).
        var offset: Int?
        var hasTime = false

        /// Days since 1970-01-01 UTC. A plain date counts whole days; a dateTime without an offset is
        /// read in `timeZone`.
        func epochDays(in timeZone: TimeZone) -> Double {
            guard hasTime else { return Double(XPathDate.daysFromCivil(year: year, month: month, day: day)) }
            return Double(epochMilliseconds(in: timeZone)) / 86_400_000
        }

        /// Milliseconds since the epoch, exact (years 1-9999 keep this far inside Int).
        func epochMilliseconds(in timeZone: TimeZone) -> Int {
            let days = XPathDate.daysFromCivil(year: year, month: month, day: day)
            let local = days * 86_400_000 + (hour * 3600 + minute * 60 + second) * 1000 + millisecond
            let shift =
                offset ?? timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local) / 1000))
            return local - shift * 1000
        }
    }

    // MARK: - Civil arithmetic (Howard Hinnant's days_from_civil / civil_from_days)

    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Civil date of a day count; callers keep `days` within ±3,000,000 (years 0001-9999 and a margin).
    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 0 = Sunday ... 6 = Saturday; 1970-01-01 was a Thursday.
    static func weekday(days: Int) -> Int {
        ((days % 7) + 7 + 4) % 7
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The widest day count turned back into a date: years 0001 to 9999.
    static let dayRange = daysFromCivil(year: 1, month: 1, day: 1)...daysFromCivil(year: 9999, month: 12, day: 31)

    /// The instant `milliseconds` after the epoch as wall-clock time in `timeZone`; nil outside years 1-9999.
    static func moment(epochMilliseconds milliseconds: Int, in timeZone: TimeZone) -> Moment? {
        let limit = 400_000_000_000_000  // a little over ±10,000 years, far from Int overflow
        guard abs(milliseconds) < limit else { return nil }
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
        let local = milliseconds + offset * 1000
        let days = local >= 0 ? local / 86_400_000 : (local + 1) / 86_400_000 - 1
        guard dayRange.contains(days) else { return nil }
        let time = local - days * 86_400_000
        let civil = civilFromDays(days)
        return Moment(
            year: civil.year, month: civil.month, day: civil.day, hour: time / 3_600_000, minute: time / 60_000 % 60,
            second: time / 1000 % 60, millisecond: time % 1000, offset: offset, hasTime: true)
    }

    /// The instant `seconds` after the epoch, to the millisecond, as wall-clock time in `timeZone`.
    static func moment(epochSeconds seconds: Double, in timeZone: TimeZone) -> Moment? {
        let milliseconds = (seconds * 1000).rounded()
        guard milliseconds.isFinite, abs(milliseconds) < 4e14, let exact = Int(exactly: milliseconds) else {
            return nil
        }
        return moment(epochMilliseconds: exact, in: timeZone)
    }

    // MARK: - Parsing

    /// "yyyy-mm-dd" or "yyyy-mm-ddThh:mm[:ss[.fff]][Z|±hh:mm]"; nil for anything else.
    static func parseDateOrDateTime(_ text: String) -> Moment? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 10, scalars.count <= 40 else { return nil }
        var reader = DigitReader(scalars: scalars)
        guard let year = reader.digits(4), reader.skip("-"), let month = reader.digits(2), reader.skip("-"),
            let day = reader.digits(2), (1...12).contains(month), year >= 1,
            (1...daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        var moment = Moment(year: year, month: month, day: day)
        if reader.atEnd { return moment }
        guard reader.skip("T"), let time = parseTime(&reader) else { return nil }
        moment.hour = time.hour
        moment.minute = time.minute
        moment.second = time.second
        moment.millisecond = time.millisecond
        moment.offset = time.offset
        moment.hasTime = true
        return moment
    }

    /// A time of day with optional seconds, fraction and offset.
    struct TimeOfDay: Equatable {
        var hour: Int
        var minute: Int
        var second: Int
        var millisecond: Int
        var offset: Int?
    }

    /// "hh:mm[:ss[.fff]][Z|±hh:mm]"; nil for anything else.
    static func parseTime(_ text: String) -> TimeOfDay? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count <= 30 else { return nil }
        var reader = DigitReader(scalars: scalars)
        return parseTime(&reader)
    }

    private static func parseTime(_ reader: inout DigitReader) -> TimeOfDay? {
        guard let hour = reader.digits(2), reader.skip(":"), let minute = reader.digits(2), hour <= 24, minute <= 59
        else { return nil }
        var time = TimeOfDay(hour: hour, minute: minute, second: 0, millisecond: 0, offset: nil)
        if reader.skip(":") {
            guard let second = reader.digits(2), second <= 60 else { return nil }
            time.second = second
            if reader.skip(".") {
                var fraction = 0
                var count = 0
                while let digit = reader.digits(1) {
                    if count < 3 { fraction = fraction * 10 + digit }
                    count += 1
                }
                guard count > 0 else { return nil }
                for _ in count..<max(count, 3) { fraction *= 10 }
                time.millisecond = fraction
            }
        }
        if reader.skip("Z") {
            time.offset = 0
        } else if let sign = reader.sign() {
            guard let hours = reader.digits(2), hours <= 14 else { return nil }
            _ = reader.skip(":")
            guard let minutes = reader.digits(2), minutes <= 59 else { return nil }
            time.offset = sign * (hours * 3600 + minutes * 60)
        }
        return reader.atEnd ? time : nil
    }

    /// Reads fixed-width digit groups and separators from unicode scalars.
    private struct DigitReader {
        let scalars: [Unicode.Scalar]
        var index = 0

        var atEnd: Bool { index == scalars.count }

        mutating func digits(_ count: Int) -> Int? {
            guard index + count <= scalars.count else { return nil }
            var value = 0
            for scalar in scalars[index..<index + count] {
                guard scalar >= "0", scalar <= "9" else { return nil }
                value = value * 10 + Int(scalar.value - 48)
            }
            index += count
            return value
        }

        mutating func skip(_ char: Unicode.Scalar) -> Bool {
            guard index < scalars.count, scalars[index] == char else { return false }
            index += 1
            return true
        }

        mutating func sign() -> Int? {
            if skip("+") { return 1 }
            if skip("-") { return -1 }
            return nil
        }
    }
}
