import Foundation

/// Date functions. Numbers are days since 1970-01-01: `number('2024-01-15')` is 19737, so
/// `date(today() + 1)` is tomorrow. Wall-clock results use the context's time zone.
extension XPathCall {
    /// today, now, date, date-time, decimal-date-time, decimal-time, format-date, format-date-time.
    func dateFunction() throws(XPathError) -> Value? {
        switch name {
        case "today":
            return .string(XPathDate.dateString(try nowMoment()))
        case "now":
            return .string(XPathDate.dateTimeString(try nowMoment()))
        case "date":
            guard let moment = try moment(0) else { return .string("") }
            return .string(XPathDate.dateString(moment))
        case "date-time":
            guard let moment = try moment(0) else { return .string("") }
            return .string(XPathDate.dateTimeString(moment))
        case "decimal-date-time":
            let text = try string(0)
            return .number(XPathDate.parseDateOrDateTime(text)?.epochDays(in: context.timeZone) ?? .nan)
        case "decimal-time":
            return .number(try decimalTime())
        case "format-date", "format-date-time":
            // Display only: an empty or unreadable value formats as "" rather than failing the screen.
            let value = try value(0)
            let pattern = try string(1)
            guard let moment = try? moment(of: value) else { return .string("") }
            return .string(XPathDate.format(moment, pattern: pattern, withTime: name == "format-date-time"))
        default:
            return nil
        }
    }

    private func nowMoment() throws(XPathError) -> XPathDate.Moment {
        guard let moment = XPathDate.moment(epochSeconds: context.now.timeIntervalSince1970, in: context.timeZone)
        else { throw fail("the injected clock is outside years 1-9999") }
        return moment
    }

    private func moment(_ index: Int) throws(XPathError) -> XPathDate.Moment? {
        try moment(of: try value(index))
    }

    /// The moment a value stands for, in the context's time zone; nil for "" and NaN (an unanswered
    /// question), an error for text that is no date.
    ///
    /// A number counts days since 1970-01-01. For `date()` and `format-date()` the whole days are a
    /// calendar date wherever the terminal is (`date(today() + 1)` is tomorrow in any time zone); for
    /// `date-time()` and `format-date-time()` the number is an instant, so they invert
    /// `decimal-date-time()`.
    private func moment(of value: Value) throws(XPathError) -> XPathDate.Moment? {
        let instant = name == "date-time" || name == "format-date-time"
        if case .number(let days) = value { return try moment(days: days, instant: instant) }
        let text = evaluator.string(value).trimmingCharacters(in: XPathNumberFormat.xpathWhitespace)
        if text.isEmpty { return nil }
        if let parsed = XPathDate.parseDateOrDateTime(text) {
            guard parsed.hasTime else { return parsed }
            return XPathDate.moment(
                epochMilliseconds: parsed.epochMilliseconds(in: context.timeZone), in: context.timeZone)
        }
        let number = XPathNumberFormat.number(from: text, timeZone: context.timeZone)
        guard !number.isNaN else { throw fail("'\(text.prefix(40))' is not a date") }
        return try moment(days: number, instant: instant)
    }

    private func moment(days: Double, instant: Bool) throws(XPathError) -> XPathDate.Moment? {
        guard !days.isNaN else { return nil }
        let outside = fail("\(XPathNumberFormat.string(days)) days is outside years 1-9999")
        if instant {
            guard let moment = XPathDate.moment(epochSeconds: days * 86_400, in: context.timeZone) else {
                throw outside
            }
            return moment
        }
        guard let whole = Self.integer(days.rounded(.down)), XPathDate.dayRange.contains(whole) else { throw outside }
        let civil = XPathDate.civilFromDays(whole)
        return XPathDate.Moment(year: civil.year, month: civil.month, day: civil.day)
    }

    /// `decimal-time('12:00:00.000+07:00')`: the fraction of the day in the context's time zone.
    private func decimalTime() throws(XPathError) -> Double {
        guard let time = XPathDate.parseTime(try string(0)) else { return .nan }
        var seconds = Double(time.hour * 3600 + time.minute * 60 + time.second) + Double(time.millisecond) / 1000
        if let offset = time.offset {
            seconds += Double(context.timeZone.secondsFromGMT(for: context.now) - offset)
        }
        let fraction = (seconds / 86_400).truncatingRemainder(dividingBy: 1)
        return fraction < 0 ? fraction + 1 : fraction
    }
}
