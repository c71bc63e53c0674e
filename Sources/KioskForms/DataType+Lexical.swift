import Foundation

extension DataType {
    /// The canonical form of a trimmed, non-empty value of this type, or nil when it is not one.
    ///
    /// Canonical forms are what ODK servers expect in a submission: an int without sign or leading
    /// zeros ("+007" -> "7"), a decimal without redundant zeros ("1.50" -> "1.5"), a date as it was
    /// given (yyyy-mm-dd, checked to exist). Choice types are checked against a question's items
    /// in `Question.canonicalValue(_:)`; here they only need to be text.
    func canonical(_ value: String) -> String? {
        switch self {
        case .string, .barcode, .select1, .select: value
        case .int: Self.canonicalInt(value)
        case .decimal: Self.canonicalDecimal(value)
        case .date: Self.isDate(Substring(value)) ? value : nil
        case .time: Self.isTime(Substring(value)) ? value : nil
        case .dateTime: Self.isDateTime(value) ? value : nil
        case .boolean: Self.canonicalBoolean(value)
        case .geopoint: Self.canonicalGeopoint(value)
        }
    }

    /// Splits an optional sign from ASCII digits; nil unless both parts are well formed.
    private static func signAndDigits(_ value: Substring) -> (negative: Bool, digits: Substring)? {
        var digits = value
        var negative = false
        if let sign = digits.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        // ASCII only: Character.isNumber would also take "٣" or "½", which no server reads as int.
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return (negative, digits)
    }

    static func canonicalInt(_ value: String) -> String? {
        guard let (negative, digits) = signAndDigits(Substring(value)), let number = Int(digits) else {
            return nil
        }
        return String(negative ? -number : number)
    }

    /// Decimals are normalised as text, never through Double, so "0.1" stays exactly "0.1".
    static func canonicalDecimal(_ value: String) -> String? {
        let parts = value.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var sign = ""
        var whole = parts[0]
        if let first = whole.first, first == "+" || first == "-" {
            sign = first == "-" ? "-" : ""
            whole = whole.dropFirst()
        }
        let fraction = parts.count == 2 ? parts[1] : ""
        let isDigits = { (text: Substring) in text.allSatisfy { $0.isASCII && $0.isNumber } }
        guard !(whole.isEmpty && fraction.isEmpty), isDigits(whole), isDigits(fraction) else { return nil }
        let trimmedWhole = whole.drop { $0 == "0" }
        var trimmedFraction = fraction
        while trimmedFraction.last == "0" { trimmedFraction = trimmedFraction.dropLast() }
        let digits =
            (trimmedWhole.isEmpty ? "0" : String(trimmedWhole))
            + (trimmedFraction.isEmpty ? "" : "." + trimmedFraction)
        return digits == "0" ? "0" : sign + digits
    }

    /// yyyy-mm-dd, a day that exists in the proleptic Gregorian calendar, year 0001 to 9999.
    static func isDate(_ value: Substring) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = number(parts[0]), let month = number(parts[1]), let day = number(parts[2]),
            year >= 1, (1...12).contains(month), day >= 1
        else { return false }
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// hh:mm, hh:mm:ss or hh:mm:ss.fff, then optionally Z or ±hh:mm.
    static func isTime(_ value: Substring) -> Bool {
        var clock = value
        if clock.hasSuffix("Z") {
            clock = clock.dropLast()
        } else if clock.count > 6, let sign = clock.dropLast(5).last, sign == "+" || sign == "-" {
            let offset = clock.suffix(5)
            clock = clock.dropLast(6)
            let zone = offset.split(separator: ":", omittingEmptySubsequences: false)
            guard zone.count == 2, zone[0].count == 2, zone[1].count == 2,
                let hours = number(zone[0]), let minutes = number(zone[1]), hours <= 14, minutes < 60
            else { return false }
        }
        let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts[0].count == 2, parts[1].count == 2,
            let hours = number(parts[0]), let minutes = number(parts[1]), hours < 24, minutes < 60
        else { return false }
        guard parts.count == 3 else { return true }
        let seconds = parts[2].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard seconds[0].count == 2, let whole = number(seconds[0]), whole < 60 else { return false }
        return seconds.count == 1 || (!seconds[1].isEmpty && number(seconds[1]) != nil)
    }

    static func isDateTime(_ value: String) -> Bool {
        let parts = value.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        return parts.count == 2 && isDate(parts[0]) && isTime(parts[1])
    }

    static func canonicalBoolean(_ value: String) -> String? {
        switch value {
        case "true", "1": "true"
        case "false", "0": "false"
        default: nil
        }
    }

    /// "lat lon [altitude [accuracy]]" with latitude and longitude in range and accuracy >= 0.
    static func canonicalGeopoint(_ value: String) -> String? {
        let parts = value.split(whereSeparator: \.isWhitespace).map { canonicalDecimal(String($0)) }
        guard (2...4).contains(parts.count), parts.allSatisfy({ $0 != nil }) else { return nil }
        let numbers = parts.compactMap(\.self)
        guard let latitude = Double(numbers[0]), let longitude = Double(numbers[1]),
            abs(latitude) <= 90, abs(longitude) <= 180
        else { return nil }
        if numbers.count == 4, let accuracy = Double(numbers[3]), accuracy < 0 { return nil }
        return numbers.joined(separator: " ")
    }

    private static func number(_ digits: Substring) -> Int? {
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }
}
