/// Draft codes: digits a citizen can type on a numeric pad, the last one a Luhn check digit, so
/// one mistyped or two swapped digits are caught before a lookup.
public enum DraftCode {
    /// A code of `digits` random digits plus the check digit.
    public static func make<G: RandomNumberGenerator>(digits: Int = 7, using generator: inout G) -> String {
        let body = (0..<digits).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
        return body + String(checkDigit(for: body))
    }

    /// Whether `code` is all digits with a correct check digit.
    public static func isValid(_ code: String) -> Bool {
        guard code.count >= 2, code.allSatisfy(\.isASCII), code.allSatisfy(\.isNumber),
            let last = code.last?.wholeNumberValue
        else { return false }
        return checkDigit(for: String(code.dropLast())) == last
    }

    static func checkDigit(for body: String) -> Int {
        var sum = 0
        for (index, character) in body.reversed().enumerated() {
            var digit = character.wholeNumberValue ?? 0
            if index % 2 == 0 {
                digit *= 2
                if digit > 9 { digit -= 9 }
            }
            sum += digit
        }
        return (10 - sum % 10) % 10
    }
}
