import Foundation

/// The three levels before 1 July 2025 (63 provinces, their districts and communes), for what old
/// papers say: a place of birth or a home town written before the reform.
public struct LegacyAdministrativeUnits: Sendable {
    private let provinceIndex: UnitIndex
    private let districtIndex: UnitIndex
    private let wardIndex: UnitIndex

    /// Reads legacy-provinces.csv, legacy-districts.csv (parent column `province`) and
    /// legacy-wards.csv (parent column `district`).
    public init(provinces: Data, districts: Data, wards: Data) throws(AdministrativeUnitsError) {
        provinceIndex = try UnitIndex.load(provinces, list: .legacyProvinces, parentColumn: nil)
        districtIndex = try UnitIndex.load(districts, list: .legacyDistricts, parentColumn: "province")
        wardIndex = try UnitIndex.load(wards, list: .legacyWards, parentColumn: "district")
        try districtIndex.requireParents(in: provinceIndex, list: .legacyDistricts)
        try wardIndex.requireParents(in: districtIndex, list: .legacyWards)
    }

    public var provinces: [AdministrativeUnit] { provinceIndex.units }
    public var districts: [AdministrativeUnit] { districtIndex.units }
    /// The commune-level units (xã, phường, thị trấn).
    public var wards: [AdministrativeUnit] { wardIndex.units }

    public func province(code: String) -> AdministrativeUnit? { provinceIndex.unit(code: code) }
    public func district(code: String) -> AdministrativeUnit? { districtIndex.unit(code: code) }
    public func ward(code: String) -> AdministrativeUnit? { wardIndex.unit(code: code) }

    public func districts(ofProvince code: String) -> [AdministrativeUnit] { districtIndex.children(of: code) }
    public func wards(ofDistrict code: String) -> [AdministrativeUnit] { wardIndex.children(of: code) }

    public func searchProvinces(_ query: String, limit: Int = 50) -> [AdministrativeUnit] {
        provinceIndex.search(query, parent: nil, limit: limit)
    }

    public func searchDistricts(_ query: String, inProvince province: String? = nil, limit: Int = 50)
        -> [AdministrativeUnit]
    {
        districtIndex.search(query, parent: province, limit: limit)
    }

    public func searchWards(_ query: String, inDistrict district: String? = nil, limit: Int = 50)
        -> [AdministrativeUnit]
    {
        wardIndex.search(query, parent: district, limit: limit)
    }

    /// "Xã Lũng Cú, Huyện Đồng Văn, Tỉnh Hà Giang": how a form wrote a place before the reform.
    public func placeName(ofWard code: String) -> String? {
        guard let ward = ward(code: code), let district = ward.parent.flatMap(district(code:)),
            let province = district.parent.flatMap(province(code:))
        else { return nil }
        return "\(ward.name), \(district.name), \(province.name)"
    }
}
