/// A personal identification number (số định danh cá nhân, printed on the căn cước / CCCD card):
/// 12 digits.
///
/// - digits 1–3: the place-of-birth code, from the 63-province table (``birthProvinces``);
/// - digit 4: century of birth and sex: 0 male / 1 female born 1900–1999, 2 / 3 born 2000–2099,
///   4 / 5 born 2100–2199, 6 / 7 born 2200–2299, 8 / 9 born 1800–1899 (even = male, odd = female);
/// - digits 5–6: the last two digits of the year of birth;
/// - digits 7–12: a random number.
///
/// There is no check digit, so a mistyped random part cannot be caught: the rules catch a wrong
/// length, a code that is no province, and a number that contradicts the sex or year of birth given
/// elsewhere on the form.
public struct PersonalIDNumber: Sendable, Hashable, CustomStringConvertible {
    public enum Sex: String, Sendable, Hashable, CaseIterable {
        case male
        case female
    }

    /// Why a number is refused.
    public enum Problem: Error, Sendable, Equatable {
        /// Something other than the digits 0–9 (spaces included: the form stores the digits only).
        case notDigits
        /// Not 12 digits; the count found.
        case wrongLength(Int)
        /// Digits 1–3 are not a province of the table.
        case unknownBirthProvince(String)
        /// Digit 4 says one sex, the form another.
        case sexMismatch(coded: Sex, given: Sex)
        /// Digit 4 says one century (1900 for the 1900s), the year of birth another.
        case centuryMismatch(coded: Int, birthYear: Int)
        /// Digits 5–6 are not the last two digits of the year of birth.
        case birthYearMismatch(coded: String, birthYear: Int)
    }

    /// The 12 digits.
    public let digits: String
    /// Where the holder was born, by the table of 63 provinces.
    public let birthProvince: BirthProvince

    /// Accepts a number whose form is right (12 digits, a known place-of-birth code); nothing is
    /// compared with other answers here, see ``problems(sex:birthYear:)``.
    public init(_ text: String) throws(Problem) {
        guard text.unicodeScalars.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) else { throw .notDigits }
        guard text.unicodeScalars.count == 12 else { throw .wrongLength(text.unicodeScalars.count) }
        let code = String(text.prefix(3))
        guard let province = Self.birthProvinceByCode[code] else { throw .unknownBirthProvince(code) }
        digits = text
        birthProvince = province
    }

    /// The first problem of `text` as the number of a person of the given sex and year of birth, or nil
    /// when it is acceptable. A nil sex or year skips that comparison (the form has not asked yet).
    public static func validate(_ text: String, sex: Sex? = nil, birthYear: Int? = nil) -> Problem? {
        do {
            return try PersonalIDNumber(text).problems(sex: sex, birthYear: birthYear).first
        } catch {
            return error
        }
    }

    public var description: String { digits }

    private var centuryDigit: Int { digit(at: 3) }

    /// The sex coded in digit 4.
    public var sex: Sex { centuryDigit.isMultiple(of: 2) ? .male : .female }

    /// The first year of the century coded in digit 4: 1800, 1900, 2000, 2100 or 2200.
    public var century: Int { centuryDigit >= 8 ? 1800 : 1900 + 100 * (centuryDigit / 2) }

    /// The year of birth the number codes (century and digits 5–6).
    public var birthYear: Int { century + digit(at: 4) * 10 + digit(at: 5) }

    /// Every contradiction with the sex and year of birth given on the form, in digit order.
    public func problems(sex: Sex?, birthYear: Int?) -> [Problem] {
        var found: [Problem] = []
        if let sex, sex != self.sex { found.append(.sexMismatch(coded: self.sex, given: sex)) }
        if let birthYear {
            if birthYear - floorModulo(birthYear, 100) != century {
                found.append(.centuryMismatch(coded: century, birthYear: birthYear))
            }
            if floorModulo(birthYear, 100) != digit(at: 4) * 10 + digit(at: 5) {
                found.append(.birthYearMismatch(coded: String(Array(digits)[4...5]), birthYear: birthYear))
            }
        }
        return found
    }

    private func digit(at offset: Int) -> Int {
        Int(Array(digits.unicodeScalars)[offset].value) - 0x30
    }

    private func floorModulo(_ value: Int, _ divisor: Int) -> Int {
        ((value % divisor) + divisor) % divisor
    }
}
