import Foundation
import KioskProcedures
import Testing

@Suite("Names")
struct VietnameseNameTests {
    @Test(arguments: [
        (" nguyễn  văn   an ", "Nguyễn Văn An", "NGUYỄN VĂN AN"),
        ("ĐINH thị hoa", "Đinh Thị Hoa", "ĐINH THỊ HOA"),
        ("đặng ngọc ước", "Đặng Ngọc Ước", "ĐẶNG NGỌC ƯỚC"),
        ("TRƯƠNG ỨNG", "Trương Ứng", "TRƯƠNG ỨNG"),
        ("h'hen niê", "H'Hen Niê", "H'HEN NIÊ"),
        ("ksor h’bia", "Ksor H’Bia", "KSOR H’BIA"),
        ("y-moan ênuôl", "Y-Moan Ênuôl", "Y-MOAN ÊNUÔL"),
        ("giàng a   páo", "Giàng A Páo", "GIÀNG A PÁO"),
        ("", "", ""),
    ])
    func namesAreNormalised(text: String, normalized: String, upper: String) {
        #expect(VietnameseName.normalized(text) == normalized)
        #expect(VietnameseName.normalized(text.decomposedStringWithCanonicalMapping) == normalized, "NFD input")
        #expect(VietnameseName.uppercased(text) == upper)
    }

    @Test func theResultIsNFC() {
        let result = VietnameseName.normalized("nguyễn".decomposedStringWithCanonicalMapping)
        #expect(result.unicodeScalars.count == 6)
        #expect(result == result.precomposedStringWithCanonicalMapping)
    }
}
