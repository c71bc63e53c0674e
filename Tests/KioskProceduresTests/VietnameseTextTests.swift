import Foundation
import KioskProcedures
import Testing

@Suite("Vietnamese search keys")
struct VietnameseTextTests {
    @Test(arguments: [
        ("Xã Lũng Cú", "xalungcu"),
        ("lũngcú", "lungcu"),
        ("LUNG CU", "lungcu"),
        ("Đắk Lắk", "daklak"),
        ("đồng hới", "donghoi"),
        ("Hoà", "hoa"),
        ("Hòa", "hoa"),
        ("Phường Văn Miếu - Quốc Tử Giám", "phuongvanmieuquoctugiam"),
        ("Xã Ea M'Droh", "xaeamdroh"),
        ("ƯỚC Ơ Ă Â Ê Ô", "uocoaaeo"),
        ("Khai sinh 3 in 1", "khaisinh3in1"),
        ("  ", ""),
    ])
    func searchKeyFoldsDiacriticsCaseSpacingAndPunctuation(text: String, key: String) {
        #expect(VietnameseText.searchKey(text) == key)
        #expect(VietnameseText.searchKey(text.decomposedStringWithCanonicalMapping) == key, "NFD input")
    }

    @Test func normalizedSpacingGivesNFCWithSingleSpaces() {
        let text = " Nguyễn \t Văn\nAn ".decomposedStringWithCanonicalMapping
        #expect(VietnameseText.normalizedSpacing(text) == "Nguyễn Văn An")
        #expect(VietnameseText.normalizedSpacing(text).unicodeScalars.count == 13)
    }
}
