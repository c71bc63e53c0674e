import Foundation
import KioskProcedures
import Testing

/// Replacement files from a technician: what is accepted, and the error for what is not.
@Suite("Administrative unit files")
struct AdministrativeUnitsErrorTests {
    let provinces = "name,label,type\n08,Tỉnh Tuyên Quang,tỉnh\n01,Thành phố Hà Nội,thành phố\n"

    func load(provinces: String? = nil, communes: String) throws(AdministrativeUnitsError) -> AdministrativeUnits {
        try AdministrativeUnits(provinces: Data((provinces ?? self.provinces).utf8), communes: Data(communes.utf8))
    }

    @Test func quotedFieldsCRLFAByteOrderMarkAndExtraColumnsAreRead() throws {
        let communes =
            "\u{FEFF}name,label::English (en),label,type,province\r\n"
            + "00715,\"Lung Cu, commune\",\"Xã Lũng Cú\",xã,08\r\n"
            + "00070,x,\"Phường \"\"Hoàn\"\" Kiếm\",phường,01\r\n\r\n"
        let units = try load(communes: communes)
        #expect(units.communes.map(\.name) == ["Xã Lũng Cú", "Phường \"Hoàn\" Kiếm"])
        #expect(units.commune(code: "00715")?.parent == "08")
    }

    @Test func namesAreMadeNFCWithSingleSpaces() throws {
        let decomposed = "Xã  Lũng Cú ".decomposedStringWithCanonicalMapping
        let units = try load(communes: "name,label,type,province\n00715,\(decomposed),Xã,08\n")
        let commune = try #require(units.commune(code: "00715"))
        #expect(commune.name == "Xã Lũng Cú")
        #expect(
            commune.name.unicodeScalars.count == "Xã Lũng Cú".precomposedStringWithCanonicalMapping.unicodeScalars.count
        )
        #expect(commune.type == "xã")
    }

    @Test func aMissingColumnIsRefused() {
        #expect(throws: AdministrativeUnitsError.missingColumn(.communes, column: "province")) {
            try load(communes: "name,label,type\n00715,Xã Lũng Cú,xã\n")
        }
    }

    @Test func aRowWithTheWrongNumberOfFieldsIsRefusedWithItsLine() {
        #expect(throws: AdministrativeUnitsError.wrongFieldCount(.communes, line: 3, expected: 4, found: 5)) {
            try load(communes: "name,label,type,province\n00715,Xã Lũng Cú,xã,08\n00070,Phường, Hoàn Kiếm,phường,01\n")
        }
    }

    @Test func aDuplicateCodeIsRefused() {
        #expect(throws: AdministrativeUnitsError.duplicateCode(.provinces, code: "08")) {
            try load(provinces: provinces + "08,Tỉnh Hà Giang,tỉnh\n", communes: "name,label,type,province\n")
        }
    }

    @Test func aCommuneOfAnUnknownProvinceIsRefused() {
        #expect(throws: AdministrativeUnitsError.unknownParent(.communes, code: "00715", parent: "02")) {
            try load(communes: "name,label,type,province\n00715,Xã Lũng Cú,xã,02\n")
        }
    }

    @Test func anEmptyValueIsRefused() {
        #expect(throws: AdministrativeUnitsError.emptyValue(.communes, line: 2, column: "label")) {
            try load(communes: "name,label,type,province\n00715, ,xã,08\n")
        }
    }

    @Test func brokenCSVIsRefused() {
        #expect(throws: AdministrativeUnitsError.malformedCSV(.communes, line: 2, reason: "a quote is never closed")) {
            try load(communes: "name,label,type,province\n00715,\"Xã Lũng Cú,xã,08\n")
        }
        #expect(throws: AdministrativeUnitsError.malformedCSV(.communes, line: 2, reason: "text after a closing quote"))
        {
            try load(communes: "name,label,type,province\n00715,\"Xã\" Lũng Cú,xã,08\n")
        }
        #expect(throws: AdministrativeUnitsError.empty(.communes)) { try load(communes: "") }
        #expect(throws: AdministrativeUnitsError.notUTF8(.provinces)) {
            try AdministrativeUnits(provinces: Data([0x6E, 0xC3, 0x28]), communes: Data())
        }
    }

    @Test func legacyWardsMustBelongToAListedDistrict() {
        let provinces = Data("name,label,type\n02,Tỉnh Hà Giang,tỉnh\n".utf8)
        let districts = Data("name,label,type,province\n026,Huyện Đồng Văn,huyện,02\n".utf8)
        #expect(throws: AdministrativeUnitsError.unknownParent(.legacyWards, code: "00715", parent: "027")) {
            try LegacyAdministrativeUnits(
                provinces: provinces, districts: districts,
                wards: Data("name,label,type,district\n00715,Xã Lũng Cú,xã,027\n".utf8))
        }
        #expect(throws: AdministrativeUnitsError.missingColumn(.legacyWards, column: "district")) {
            try LegacyAdministrativeUnits(
                provinces: provinces, districts: districts,
                wards: Data("name,label,type,province\n00715,Xã Lũng Cú,xã,02\n".utf8))
        }
    }

    @Test func errorsReadLikeALogLine() {
        #expect(
            AdministrativeUnitsError.wrongFieldCount(.communes, line: 3, expected: 4, found: 5).description
                == "communes.csv line 3: 5 fields, the header has 4")
    }
}
