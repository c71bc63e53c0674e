import Foundation
import KioskProcedures
import Testing

/// The real choice lists in Assets/admin and the lookups over them.
@Suite("Administrative units")
struct AdministrativeUnitsTests {
    @Test func theFilesHaveThe34ProvincesAnd3321CommunesOfTheReform() throws {
        let units = try AdminFiles.units()
        #expect(units.provinces.count == 34)
        #expect(units.communes.count == 3321)
        #expect(units.provinces.filter { $0.type == "thành phố" }.count == 6)
        #expect(units.communes.filter { $0.type == "đặc khu" }.count == 13)
        #expect(Set(units.communes.map(\.type)) == ["xã", "phường", "đặc khu"])
        #expect(Set(units.provinces.map(\.type)) == ["tỉnh", "thành phố"])
    }

    @Test func everyCommuneBelongsToAListedProvinceAndEveryProvinceHasCommunes() throws {
        let units = try AdminFiles.units()
        for commune in units.communes {
            #expect(commune.parent.flatMap(units.province(code:)) != nil, "\(commune.code) \(commune.name)")
        }
        for province in units.provinces {
            #expect(!units.communes(ofProvince: province.code).isEmpty, "\(province.name)")
        }
        let total = units.provinces.map { units.communes(ofProvince: $0.code).count }.reduce(0, +)
        #expect(total == 3321)
    }

    @Test func codesAreUniqueDigitStringsOfTheOfficialLength() throws {
        let units = try AdminFiles.units()
        let legacy = try #require(units.legacy)
        for (list, length) in [
            (units.provinces, 2), (units.communes, 5), (legacy.provinces, 2), (legacy.districts, 3), (legacy.wards, 5),
        ] {
            #expect(Set(list.map(\.code)).count == list.count)
            #expect(list.allSatisfy { $0.code.count == length && $0.code.allSatisfy(\.isASCII) && Int($0.code) != nil })
        }
    }

    @Test func theFilesAreUTF8InNFCWithTrimmedNames() throws {
        for name in AdminFiles.names {
            let text = try #require(String(data: AdminFiles.data(name), encoding: .utf8), "\(name) is UTF-8")
            #expect(text == text.precomposedStringWithCanonicalMapping, "\(name) is NFC")
            #expect(!text.contains("  ") && !text.contains(" ,") && !text.contains(", "), "\(name) spacing")
            #expect(!text.hasPrefix("\u{FEFF}"), "\(name) has no byte-order mark")
        }
    }

    @Test func theLegacyUnitsAreThe63ProvincesAndTheirDistrictsAndCommunes() throws {
        let legacy = try #require(try AdminFiles.units().legacy)
        #expect(legacy.provinces.count == 63)
        #expect(legacy.districts.count == 696)
        #expect(legacy.wards.count == 10_035)
        #expect(legacy.placeName(ofWard: "00715") == "Xã Lũng Cú, Huyện Đồng Văn, Tỉnh Hà Giang")
        #expect(legacy.districts(ofProvince: "02").contains { $0.name == "Huyện Đồng Văn" })
        #expect(legacy.searchWards("lung cu").map(\.code) == ["00715"])
    }

    @Test func theLegacyProvinceCodesAreThePlaceOfBirthCodesOfThePersonalIDNumber() throws {
        let legacy = try #require(try AdminFiles.units().legacy)
        #expect(legacy.provinces.map { "0" + $0.code } == PersonalIDNumber.birthProvinces.map(\.code))
        for (unit, birth) in zip(legacy.provinces, PersonalIDNumber.birthProvinces) where birth.code != "046" {
            // 046 is "Thừa Thiên Huế" on the ID code table and "Thành phố Huế" since 1 January 2025.
            #expect(VietnameseText.searchKey(unit.shortName) == VietnameseText.searchKey(birth.name), "\(unit.name)")
        }
    }

    @Test func lookupsByCodeAndPlaceNames() throws {
        let units = try AdminFiles.units()
        #expect(units.province(code: "08")?.name == "Tỉnh Tuyên Quang")
        #expect(units.commune(code: "00715")?.name == "Xã Lũng Cú")
        #expect(units.commune(code: "00715")?.shortName == "Lũng Cú")
        #expect(units.placeName(ofCommune: "00715") == "Xã Lũng Cú, Tỉnh Tuyên Quang")
        #expect(units.placeName(ofCommune: "99999") == nil)
        #expect(units.province(code: "8") == nil, "codes keep their leading zeros")
        #expect(units.communes(ofProvince: "02").isEmpty, "Hà Giang is no longer a province")
    }

    @Test(arguments: ["lung cu", "lũngcú", "LUNG CU", "Xã Lũng Cú", "  lung-cu ", "xa lung cu", "lũng cú"])
    func searchIgnoresDiacriticsCaseAndSpacing(query: String) throws {
        let units = try AdminFiles.units()
        #expect(units.searchCommunes(query).first?.name == "Xã Lũng Cú")
        #expect(units.searchCommunes(query, inProvince: "08").map(\.code) == ["00715"])
        #expect(units.searchCommunes(query, inProvince: "01").isEmpty)
    }

    @Test func searchRanksExactNamesBeforeLongerOnes() throws {
        let units = try AdminFiles.units()
        let found = units.searchCommunes("ba dinh", limit: 3)
        #expect(found.first?.name == "Phường Ba Đình")
        #expect(units.searchCommunes("00715").first?.name == "Xã Lũng Cú", "a code finds its commune")
        #expect(units.searchProvinces("ha noi").map(\.code) == ["01"])
        #expect(units.searchProvinces("hoa").isEmpty == false)
        #expect(units.searchCommunes("").isEmpty)
        #expect(units.searchCommunes("lung", limit: 2).count == 2)
    }
}
