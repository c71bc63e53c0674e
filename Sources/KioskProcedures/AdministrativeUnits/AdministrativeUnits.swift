import Foundation

/// The provinces and communes since the reform of 1 July 2025 (34 provinces, 3,321 communes), and
/// optionally the three levels before it, read from the choice-list files in Assets/admin.
///
/// Pure: the caller reads the files and hands over their bytes, so a technician's replacement files
/// and test fixtures load the same way. A malformed file is refused with an
/// ``AdministrativeUnitsError`` naming the file and line.
public struct AdministrativeUnits: Sendable {
    private let provinceIndex: UnitIndex
    private let communeIndex: UnitIndex
    /// The units before 1 July 2025, for fields copied from old papers (place of birth, home town).
    public let legacy: LegacyAdministrativeUnits?

    /// Reads provinces.csv and communes.csv (and takes the legacy units when given).
    public init(provinces: Data, communes: Data, legacy: LegacyAdministrativeUnits? = nil)
        throws(AdministrativeUnitsError)
    {
        provinceIndex = try UnitIndex.load(provinces, list: .provinces, parentColumn: nil)
        communeIndex = try UnitIndex.load(communes, list: .communes, parentColumn: "province")
        try communeIndex.requireParents(in: provinceIndex, list: .communes)
        self.legacy = legacy
    }

    /// Every province, in file order (by code).
    public var provinces: [AdministrativeUnit] { provinceIndex.units }

    /// Every commune, in file order (by code).
    public var communes: [AdministrativeUnit] { communeIndex.units }

    public func province(code: String) -> AdministrativeUnit? {
        provinceIndex.unit(code: code)
    }

    public func commune(code: String) -> AdministrativeUnit? {
        communeIndex.unit(code: code)
    }

    /// The communes of a province, in file order; empty for an unknown code.
    public func communes(ofProvince code: String) -> [AdministrativeUnit] {
        communeIndex.children(of: code)
    }

    /// Provinces whose name matches, ignoring diacritics, case and spacing ("tuyen quang"), best match
    /// first. Abbreviations ("TQ", "HCM") are not known.
    public func searchProvinces(_ query: String, limit: Int = 50) -> [AdministrativeUnit] {
        provinceIndex.search(query, parent: nil, limit: limit)
    }

    /// Communes whose name matches ("lung cu", "lũngcú", "LUNG CU" find Xã Lũng Cú), optionally only
    /// those of one province, best match first.
    public func searchCommunes(_ query: String, inProvince province: String? = nil, limit: Int = 50)
        -> [AdministrativeUnit]
    {
        communeIndex.search(query, parent: province, limit: limit)
    }

    /// "Xã Lũng Cú, Tỉnh Tuyên Quang": how a form writes a place after the reform.
    public func placeName(ofCommune code: String) -> String? {
        guard let commune = commune(code: code), let province = commune.parent.flatMap(province(code:)) else {
            return nil
        }
        return "\(commune.name), \(province.name)"
    }
}
