import Foundation

/// Number to string and string to number, as XPath 1.0 sections 4.2 and 4.4 define them.
enum XPathNumberFormat {
    /// XPath's string of a number: integers without ".0", no exponent, "NaN", "Infinity", "-Infinity".
    static func string(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == 0 { return "0" }
        if value.rounded() == value, abs(value) < 1e15, let integer = Int64(exactly: value) {
            return String(integer)
        }
        return expandExponent(value.description)
    }

    /// Rewrites Swift's shortest representation ("1.5e-07", "1e+20") without an exponent.
    private static func expandExponent(_ text: String) -> String {
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text }
        let mantissa = text[..<e]
        guard let exponent = Int(text[text.index(after: e)...]) else { return text }
        let negative = mantissa.hasPrefix("-")
        let unsigned = negative ? mantissa.dropFirst() : mantissa[...]
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        let whole = parts.first.map(String.init) ?? ""
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        var digits = whole + fraction
        // Position of the decimal point within `digits` after shifting; bounded by Double's exponent range.
        var point = whole.count + exponent
        if point <= 0 {
            digits = String(repeating: "0", count: -point + 1) + digits
            point = 1
        } else if point > digits.count {
            digits += String(repeating: "0", count: point - digits.count)
        }
        let integerPart = String(digits.prefix(point))
        var fractionPart = String(digits.dropFirst(point))
        while fractionPart.hasSuffix("0") { fractionPart.removeLast() }
        let body = fractionPart.isEmpty ? integerPart : integerPart + "." + fractionPart
        return negative ? "-" + body : body
    }

    /// XPath's number of a string: optional whitespace, optional minus, digits with an optional dot.
    /// ODK extension: a date or dateTime string gives days since 1970-01-01 UTC. Anything else is NaN.
    static func number(from text: String, timeZone: TimeZone) -> Double {
        let trimmed = text.trimmingCharacters(in: xpathWhitespace)
        if let value = plainNumber(trimmed) { return value }
        if let moment = XPathDate.parseDateOrDateTime(trimmed) { return moment.epochDays(in: timeZone) }
        return .nan
    }

    static let xpathWhitespace = CharacterSet(charactersIn: " \t\r\n")

    private static func plainNumber(_ text: String) -> Double? {
        var digits = 0
        var dots = 0
        for (offset, char) in text.unicodeScalars.enumerated() {
            switch char {
            case "-" where offset == 0: continue
            case "0"..."9": digits += 1
            case ".": dots += 1
            default: return nil
            }
        }
        guard digits > 0, dots <= 1 else { return nil }
        var normalized = text
        if normalized.hasSuffix(".") { normalized += "0" }
        if normalized.hasPrefix(".") { normalized = "0" + normalized }
        if normalized.hasPrefix("-.") { normalized = "-0" + normalized.dropFirst() }
        return Double(normalized)
    }
}
