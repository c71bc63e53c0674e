extension XPathDate {
    private static let monthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    private static let dayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    static func pad(_ value: Int, _ width: Int, radix: Int = 10) -> String {
        let digits = String(value, radix: radix)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// "yyyy-mm-dd".
    static func dateString(_ moment: Moment) -> String {
        "\(pad(moment.year, 4))-\(pad(moment.month, 2))-\(pad(moment.day, 2))"
    }

    /// "yyyy-mm-ddThh:mm:ss.fff+hh:mm", the ODK dateTime form (offset kept, not normalised to UTC).
    static func dateTimeString(_ moment: Moment) -> String {
        let offset = moment.offset ?? 0
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return dateString(moment) + "T\(pad(moment.hour, 2)):\(pad(moment.minute, 2)):\(pad(moment.second, 2))"
            + ".\(pad(moment.millisecond, 3))\(sign)\(pad(minutes / 60, 2)):\(pad(minutes % 60, 2))"
    }

    /// The `format-date` / `format-date-time` pattern language of the ODK spec.
    ///
    /// `%Y %y %m %n %b %d %e %a` and, with `withTime`, `%H %h %M %S %3`; an unknown or time directive
    /// in format-date is copied as written. Month and day names are English abbreviations, as in
    /// JavaRosa without a form locale.
    static func format(_ moment: Moment, pattern: String, withTime: Bool) -> String {
        var output = ""
        var escaped = false
        let days = daysFromCivil(year: moment.year, month: moment.month, day: moment.day)
        for char in pattern {
            guard escaped else {
                if char == "%" { escaped = true } else { output.append(char) }
                continue
            }
            escaped = false
            switch char {
            case "Y": output += pad(moment.year, 4)
            case "y": output += pad(moment.year % 100, 2)
            case "m": output += pad(moment.month, 2)
            case "n": output += String(moment.month)
            case "b": output += monthNames[(moment.month - 1) % 12]
            case "d": output += pad(moment.day, 2)
            case "e": output += String(moment.day)
            case "a": output += dayNames[weekday(days: days)]
            case "H" where withTime: output += pad(moment.hour, 2)
            case "h" where withTime: output += String(moment.hour)
            case "M" where withTime: output += pad(moment.minute, 2)
            case "S" where withTime: output += pad(moment.second, 2)
            case "3" where withTime: output += pad(moment.millisecond, 3)
            default: output += "%" + String(char)
            }
        }
        if escaped { output += "%" }
        return output
    }
}
