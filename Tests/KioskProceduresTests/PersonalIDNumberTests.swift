import KioskProcedures
import Testing

/// Builds numbers by the rule, independently of the code under test.
enum IDNumbers {
    /// Digit 4 for a sex and year of birth: 0/1 for the 1900s, 2/3 for the 2000s, 4/5, 6/7, and 8/9 for
    /// the 1800s; even for men.
    static func centuryDigit(sex: PersonalIDNumber.Sex, year: Int) -> Int {
        let base =
            switch year / 100 {
            case 18: 8
            case 19: 0
            case 20: 2
            case 21: 4
            default: 6
            }
        return base + (sex == .male ? 0 : 1)
    }

    static func make(province: String, sex: PersonalIDNumber.Sex, year: Int, random: String = "123456") -> String {
        let yy = year % 100
        return province + "\(centuryDigit(sex: sex, year: year))" + (yy < 10 ? "0\(yy)" : "\(yy)") + random
    }
}

@Suite("Personal ID numbers")
struct PersonalIDNumberTests {
    @Test func numbersBuiltByTheRuleAreAcceptedForEveryProvinceSexAndCentury() throws {
        for province in PersonalIDNumber.birthProvinces {
            for sex in PersonalIDNumber.Sex.allCases {
                for year in [1850, 1900, 1985, 1999, 2000, 2007, 2026, 2150, 2299] {
                    let text = IDNumbers.make(province: province.code, sex: sex, year: year)
                    #expect(PersonalIDNumber.validate(text, sex: sex, birthYear: year) == nil, "\(text)")
                    let number = try PersonalIDNumber(text)
                    #expect(number.sex == sex)
                    #expect(number.birthYear == year)
                    #expect(number.birthProvince == province)
                }
            }
        }
    }

    @Test func theTableHasThe63ProvinceCodesWithTheirGaps() {
        let codes = PersonalIDNumber.birthProvinces.map(\.code)
        #expect(codes.count == 63)
        #expect(codes.first == "001" && codes.last == "096")
        #expect(Set(codes).count == 63)
        #expect(codes == codes.sorted())
        for gap in ["000", "003", "005", "097", "099"] { #expect(!codes.contains(gap)) }
        #expect(PersonalIDNumber.birthProvinces.first { $0.code == "002" }?.name == "Hà Giang")
    }

    @Test func decodesTheFields() throws {
        let number = try PersonalIDNumber("008305012345")
        #expect(number.birthProvince.name == "Tuyên Quang")
        #expect(number.sex == .female)
        #expect(number.century == 2000)
        #expect(number.birthYear == 2005)
        #expect(number.description == "008305012345")
    }

    @Test func wrongLength() {
        #expect(PersonalIDNumber.validate("00130501234") == .wrongLength(11))
        #expect(PersonalIDNumber.validate("0013050123456") == .wrongLength(13))
        #expect(PersonalIDNumber.validate("") == .wrongLength(0))
    }

    @Test func notDigits() {
        #expect(PersonalIDNumber.validate("00130501234a") == .notDigits)
        #expect(PersonalIDNumber.validate("001 305 012345") == .notDigits)
        #expect(PersonalIDNumber.validate("００１３０５０１２３４５") == .notDigits, "full-width digits")
        #expect(PersonalIDNumber.validate("-01305012345") == .notDigits)
    }

    @Test func unknownBirthProvince() {
        #expect(PersonalIDNumber.validate("003305012345") == .unknownBirthProvince("003"))
        #expect(PersonalIDNumber.validate("000305012345") == .unknownBirthProvince("000"))
        #expect(PersonalIDNumber.validate("097305012345") == .unknownBirthProvince("097"))
        #expect(PersonalIDNumber.validate("101305012345") == .unknownBirthProvince("101"))
    }

    @Test func sexMismatch() {
        let woman = IDNumbers.make(province: "066", sex: .female, year: 1985)
        #expect(PersonalIDNumber.validate(woman, sex: .male) == .sexMismatch(coded: .female, given: .male))
        #expect(PersonalIDNumber.validate(woman, sex: .female) == nil)
        #expect(PersonalIDNumber.validate(woman) == nil, "no sex given, nothing compared")
    }

    @Test func centuryMismatch() {
        let bornIn1985 = IDNumbers.make(province: "066", sex: .male, year: 1985)
        #expect(
            PersonalIDNumber.validate(bornIn1985, birthYear: 2085) == .centuryMismatch(coded: 1900, birthYear: 2085))
        #expect(
            PersonalIDNumber.validate(bornIn1985, birthYear: 1885) == .centuryMismatch(coded: 1900, birthYear: 1885))
    }

    @Test func birthYearMismatch() throws {
        let bornIn1985 = IDNumbers.make(province: "066", sex: .male, year: 1985)
        #expect(
            PersonalIDNumber.validate(bornIn1985, birthYear: 1986) == .birthYearMismatch(coded: "85", birthYear: 1986))
        let number = try PersonalIDNumber(bornIn1985)
        #expect(
            number.problems(sex: .female, birthYear: 2086) == [
                .sexMismatch(coded: .male, given: .female), .centuryMismatch(coded: 1900, birthYear: 2086),
                .birthYearMismatch(coded: "85", birthYear: 2086),
            ])
    }
}
