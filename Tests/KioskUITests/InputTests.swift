import Foundation
import Testing

@testable import KioskUI

@Suite struct DatePickerTests {
    let today = DateComponentsYMD(year: 2026, month: 9, day: 21)

    @Test func invalidDaysAreClamped() {
        var leap = DatePicker(value: "2024-01-31", today: today)
        leap.adjust(.month, by: 1)
        #expect(leap.iso == "2024-02-29")
        var plain = DatePicker(value: "2023-01-31", today: today)
        plain.adjust(.month, by: 1)
        #expect(plain.iso == "2023-02-28")
        var back = DatePicker(value: "2024-02-29", today: today)
        back.adjust(.year, by: -1)
        #expect(back.iso == "2023-02-28", "29 February of a year with none")
        var april = DatePicker(value: "2024-03-31", today: today)
        april.adjust(.month, by: 1)
        #expect(april.iso == "2024-04-30")
    }

    @Test func dayAndMonthWrapTheYearStopsAtItsEnds() {
        var picker = DatePicker(value: "2000-01-01", today: today)
        picker.adjust(.day, by: -1)
        #expect(picker.iso == "2000-01-31")
        picker.adjust(.month, by: -1)
        #expect(picker.iso == "2000-12-31")
        picker.adjust(.month, by: 1)
        #expect(picker.iso == "2000-01-31")
        picker.adjust(.year, by: -200)
        #expect(picker.year == 1900)
        picker.adjust(.year, by: 500)
        #expect(picker.year == 2026, "no later than this year")
        picker.adjust(.year, by: -10)
        #expect(picker.year == 2016)
    }

    @Test func defaults() {
        #expect(DatePicker(value: nil, today: today).iso == "2026-09-21", "today")
        #expect(DatePicker(value: "2023-02-30", today: today).iso == "2026-09-21", "not a date: today")
        #expect(DatePicker(value: nil, today: today, appearance: "start-1985").iso == "1985-01-01")
        #expect(DatePicker(value: "1990-05-04", today: today, appearance: "start-1985").iso == "1990-05-04")
        #expect(DatePicker(value: "1850-05-04", today: today).year == 1900)
    }

    @Test func monthYearAndYearOnly() {
        let monthYear = DatePicker(value: "1990-05-04", today: today, appearance: "month-year")
        #expect(monthYear.fields == [.month, .year])
        #expect(monthYear.iso == "1990-05-01")
        let year = DatePicker(value: nil, today: today, appearance: "year")
        #expect(year.fields == [.year])
        #expect(year.iso == "2026-01-01")
    }

    @Test func spokenAndNamed() {
        let picker = DatePicker(value: "1985-04-05", today: today)
        #expect(picker.spoken(language: "en") == "5 April 1985")
        #expect(picker.spoken(language: "vi") == "ngày năm tháng tư năm một nghìn chín trăm tám mươi lăm")
        #expect(DatePicker.monthName(4, language: "vi") == "tháng tư")
        #expect(DatePicker.monthName(12, language: "vi") == "tháng mười hai")
        #expect(
            DatePicker(value: "1985-04-05", today: today, appearance: "month-year").spoken(language: "en")
                == "April 1985")
    }
}

@Suite struct NumericEntryTests {
    @Test func idNumbersAreGroupedAsOnTheCard() throws {
        var entry = NumericEntry(format: .idNumber)
        for digit in "0012345678901" { entry.type(digit) }
        #expect(entry.text == "001234567890", "at most 12 digits")
        #expect(entry.display(language: "vi") == "001 234 567 890")
        entry.backspace()
        entry.backspace()
        #expect(entry.display(language: "vi") == "001 234 567 8")
        #expect(NumericEntry("0912345678", format: .phone).display(language: "vi") == "0912 345 678")
        #expect(NumericEntry("09123456789", format: .phone).display(language: "vi") == "0912 345 6789")
        let custom = try #require(NumericEntry.Format.named(in: "numbers group-2-3"))
        #expect(custom.maximumLength == 5)
        #expect(NumericEntry("12345", format: custom).display(language: "en") == "12 345")
        #expect(NumericEntry.Format.named(in: "numbers") == nil)
    }

    @Test func decimals() {
        var entry = NumericEntry(format: .decimal)
        entry.type(".")
        entry.type("5")
        entry.type(".")
        #expect(entry.text == "0.5", "a leading separator gets its zero; a second one is refused")
        #expect(entry.display(language: "vi") == "0,5")
        #expect(entry.display(language: "en") == "0.5")
        var int = NumericEntry(format: .integer)
        let typedSeparator = int.type(".")
        let typedLetter = int.type("a")
        #expect(!typedSeparator && !typedLetter)
        for digit in "12345678901" { int.type(digit) }
        #expect(int.text == "123456789")
        #expect(NumericEntry("1 98.5x", format: .integer).text == "1985", "an earlier value keeps its digits")
    }
}

@Suite struct ChoiceFilterTests {
    let communes = ["Xã Lũng Cú", "Thị trấn Đồng Văn", "Xã Đắk Lắk", "Xã Cán Tỷ", "Phường Cù Lao"]

    @Test func diacriticsCaseAndSpacingAreIgnored() {
        for query in ["lung cu", "LŨNGCÚ", "lũng-cú", "Lung  Cu"] {
            #expect(ChoiceFilter.matches(communes, query: query) == [0], "\(query)")
        }
        #expect(ChoiceFilter.matches(communes, query: "dak") == [2], "đ is d")
        #expect(ChoiceFilter.matches(communes, query: "") == Array(communes.indices))
        #expect(ChoiceFilter.matches(communes, query: "qqq").isEmpty)
    }

    @Test func startsComeFirstThenWordStartsThenTheRest() {
        // "cu": "Cù Lao" starts a word late... every one ranks by where it matches.
        let labels = ["Xã Lũng Cú", "Cù Lao", "Bắc Mê", "Xã Nậm Cúc"]
        #expect(ChoiceFilter.matches(labels, query: "cu") == [1, 0, 3])
        #expect(ChoiceFilter.matches(labels, query: "ngcu") == [0], "inside a word")
    }

    @Test func ethnicGroups() {
        let labels = Fixtures.ethnicGroups.map(\.label)
        let value = { (query: String) in
            ChoiceFilter.matches(labels, query: query).map { Fixtures.ethnicGroups[$0].value }
        }
        #expect(value("ede").first == "e_de")
        #expect(value("bana").first == "ba_na")
        #expect(value("mong").first == "mong")
        #expect(value("gia rai").first == "gia_rai")
    }
}

@Suite struct KeyboardLayoutTests {
    static let alphabet = Array("aăâbcdđeêghiklmnoôơpqrstuưvxyfjwz").map(String.init)

    @Test(arguments: [true, false])
    func everyLetterAndToneOnce(compact: Bool) {
        let keys = KeyboardLayout.rows(compact: compact, capitals: false, telex: false).flatMap(\.self)
        let letters = keys.compactMap { key -> String? in
            if case .key(let letter) = key.action, letter.first?.isLetter == true { return letter }
            return nil
        }
        #expect(letters == Self.alphabet)
        #expect(Set(keys.map(\.id)).count == keys.count, "ids are unique")
        #expect(
            keys.compactMap { if case .tone(let tone) = $0.action { tone } else { nil } } == VietnameseTone.allCases)
        for id in ["key.space", "key.backspace", "key.left", "key.right", "key.shift", "key.apostrophe"] {
            #expect(keys.contains { $0.id == id }, "\(id)")
        }
        let widest = KeyboardLayout.rows(compact: compact, capitals: false, telex: false).map {
            $0.reduce(0) { $0 + $1.units }
        }
        #expect(widest.max() == (compact ? 11 : 12))
        #expect(keys.contains { $0.id == "key.telex" } == !compact)
    }

    @Test func capitalsShowOnTheKeys() {
        let keys = KeyboardLayout.rows(compact: true, capitals: true, telex: nil).flatMap(\.self)
        #expect(keys.first { $0.id == "key.đ" }?.label == "Đ")
        #expect(keys.first { $0.id == "key.ư" }?.label == "Ư")
        #expect(keys.first { $0.id == "tone.nga" }?.label == "ã")
    }

    @Test(arguments: [(1280, 800, 217.0), (800, 480, 154.0), (1920, 1080, 476.0)])
    func keysAreBigOnEveryPanel(width: Int, height: Int, widthMM: Double) throws {
        let metrics = Metrics(widthPixels: width, heightPixels: height, widthMM: widthMM)
        var walker = try Walker(metrics)
        walker.press("language.vi")
        walker.press("procedure.all-types")
        let screen = walker.screen
        let keys = screen.elements.filter { $0.id?.hasPrefix("key.") == true || $0.id?.hasPrefix("tone.") == true }
        #expect(keys.count == (metrics.size.height / metrics.pixelsPerMM < 110 ? 44 : 46))
        for key in keys {
            #expect(key.frame.width / metrics.pixelsPerMM >= 12, "\(key.id ?? "")")
            #expect(key.frame.height / metrics.pixelsPerMM >= 12, "\(key.id ?? "")")
            #expect(key.frame.width / metrics.pixelsPerMM <= 30 * 4 + 6, "\(key.id ?? "")")
        }
        #expect(screen.element(id: "button.next")?.action == .next)
        #expect(screen.element(id: "key.a")?.action == .key("a"))
    }
}
