import KioskProcedures
import Testing

@Suite("Numbers and dates in words")
struct VietnameseWordsTests {
    @Test(arguments: [
        (0, "không"),
        (1, "một"),
        (4, "bốn"),
        (5, "năm"),
        (10, "mười"),
        (11, "mười một"),
        (14, "mười bốn"),
        (15, "mười lăm"),
        (20, "hai mươi"),
        (21, "hai mươi mốt"),
        (24, "hai mươi tư"),
        (25, "hai mươi lăm"),
        (55, "năm mươi lăm"),
        (91, "chín mươi mốt"),
        (100, "một trăm"),
        (101, "một trăm linh một"),
        (104, "một trăm linh bốn"),
        (105, "một trăm linh năm"),
        (110, "một trăm mười"),
        (115, "một trăm mười lăm"),
        (121, "một trăm hai mươi mốt"),
        (1000, "một nghìn"),
        (1005, "một nghìn không trăm linh năm"),
        (1010, "một nghìn không trăm mười"),
        (1050, "một nghìn không trăm năm mươi"),
        (1985, "một nghìn chín trăm tám mươi lăm"),
        (2000, "hai nghìn"),
        (2026, "hai nghìn không trăm hai mươi sáu"),
        (10_000, "mười nghìn"),
        (15_000, "mười lăm nghìn"),
        (21_000, "hai mươi mốt nghìn"),
        (1_000_000, "một triệu"),
        (1_000_005, "một triệu không trăm linh năm"),
        (1_001_000, "một triệu không trăm linh một nghìn"),
        (1_250_000, "một triệu hai trăm năm mươi nghìn"),
        (1_000_000_000, "một tỷ"),
        (2_005_000_000, "hai tỷ không trăm linh năm triệu"),
        (1_000_000_000_000, "một nghìn tỷ"),
        (-25, "âm hai mươi lăm"),
    ])
    func numbers(number: Int, words: String) {
        #expect(VietnameseNumberWords.words(number) == words)
    }

    @Test func regionalStyles() {
        let south = VietnameseNumberWords.Style(zeroTens: "lẻ", fourAfterTens: "bốn", thousand: "ngàn")
        #expect(VietnameseNumberWords.words(1005, style: south) == "một ngàn không trăm lẻ năm")
        #expect(VietnameseNumberWords.words(24, style: south) == "hai mươi bốn")
        #expect(VietnameseNumberWords.words(14, style: south) == "mười bốn")
    }

    @Test func everyNumberBelowTenThousandHasNoDoubleOrMissingWords() {
        for number in 0..<10_000 {
            let words = VietnameseNumberWords.words(number)
            #expect(!words.isEmpty && !words.contains("  ") && !words.hasSuffix(" ") && !words.hasPrefix(" "))
            #expect(!words.contains("mười mốt") && !words.contains("linh mốt") && !words.contains("nhăm"), "\(number)")
            #expect(!words.contains("mươi năm") && !words.contains("mười năm"), "\(number)")
        }
        // 9 223 372 036 854 775 808: the count of billions is itself read with its groups.
        let smallest = VietnameseNumberWords.words(Int.min)
        #expect(
            smallest.hasPrefix(
                "âm chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ"))
        #expect(smallest.hasSuffix("tỷ tám trăm năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm linh tám"))
    }

    @Test(arguments: [
        (22, 11, 2026, "Ngày hai mươi hai tháng mười một năm hai nghìn không trăm hai mươi sáu"),
        (1, 1, 2000, "Ngày một tháng một năm hai nghìn"),
        (4, 4, 2024, "Ngày bốn tháng tư năm hai nghìn không trăm hai mươi tư"),
        (24, 12, 1985, "Ngày hai mươi tư tháng mười hai năm một nghìn chín trăm tám mươi lăm"),
        (15, 5, 2005, "Ngày mười lăm tháng năm năm hai nghìn không trăm linh năm"),
        (31, 10, 2021, "Ngày ba mươi mốt tháng mười năm hai nghìn không trăm hai mươi mốt"),
        (29, 2, 2024, "Ngày hai mươi chín tháng hai năm hai nghìn không trăm hai mươi tư"),
    ])
    func dates(day: Int, month: Int, year: Int, words: String) throws {
        #expect(try VietnameseDateWords.words(day: day, month: month, year: year) == words)
    }

    @Test func isoDatesAndLowerCase() throws {
        #expect(
            try VietnameseDateWords.words(iso: "2026-11-22", capitalized: false)
                == "ngày hai mươi hai tháng mười một năm hai nghìn không trăm hai mươi sáu")
        #expect(
            try VietnameseDateWords.words(iso: "2026-04-01T08:00:00+07:00").hasSuffix(
                "tháng tư năm hai nghìn không trăm hai mươi sáu"))
    }

    @Test(arguments: [(31, 4, 2026), (29, 2, 2025), (29, 2, 1900), (0, 1, 2026), (1, 13, 2026), (1, 1, 0)])
    func impossibleDatesAreRefused(day: Int, month: Int, year: Int) {
        #expect(throws: VietnameseDateWords.Problem.invalidDate(day: day, month: month, year: year)) {
            try VietnameseDateWords.words(day: day, month: month, year: year)
        }
    }

    @Test func malformedISODatesAreRefused() throws {
        for text in ["2026-4-01", "22/11/2026", "", "+026-11-22", "2026-11-2x"] {
            #expect(throws: VietnameseDateWords.Problem.self) { try VietnameseDateWords.words(iso: text) }
        }
        #expect(try VietnameseDateWords.words(iso: "2000-02-29").hasPrefix("Ngày hai mươi chín tháng hai"))
    }
}
