import Foundation

/// One level of units (the provinces, or the communes, ...) with its lookups and search keys.
struct UnitIndex: Sendable {
    let units: [AdministrativeUnit]
    private let positionByCode: [String: Int]
    private let positionsByParent: [String: [Int]]
    private let fullKeys: [String]
    private let shortKeys: [String]

    /// Codes must be unique; the caller has checked.
    init(_ units: [AdministrativeUnit]) {
        self.units = units
        var positionByCode: [String: Int] = [:]
        var positionsByParent: [String: [Int]] = [:]
        for (position, unit) in units.enumerated() {
            positionByCode[unit.code] = position
            if let parent = unit.parent { positionsByParent[parent, default: []].append(position) }
        }
        self.positionByCode = positionByCode
        self.positionsByParent = positionsByParent
        fullKeys = units.map { VietnameseText.searchKey($0.name) }
        shortKeys = units.map { VietnameseText.searchKey($0.shortName) }
    }

    func unit(code: String) -> AdministrativeUnit? {
        positionByCode[code].map { units[$0] }
    }

    func children(of parent: String) -> [AdministrativeUnit] {
        (positionsByParent[parent] ?? []).map { units[$0] }
    }

    /// Units whose name contains the query once both are folded by ``VietnameseText/searchKey(_:)``,
    /// best first: the code itself, then a name equal to the query, then names that start with it,
    /// then the rest, each group in file order.
    func search(_ query: String, parent: String?, limit: Int) -> [AdministrativeUnit] {
        let key = VietnameseText.searchKey(query)
        let code = query.trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty, limit > 0 else { return [] }
        let candidates: [Int] = parent.map { positionsByParent[$0] ?? [] } ?? Array(units.indices)
        var ranked: [(rank: Int, position: Int)] = []
        for position in candidates {
            let full = fullKeys[position]
            let short = shortKeys[position]
            let rank: Int
            if units[position].code == code {
                rank = 0
            } else if short == key || full == key {
                rank = 1
            } else if short.hasPrefix(key) || full.hasPrefix(key) {
                rank = 2
            } else if full.contains(key) {
                rank = 3
            } else {
                continue
            }
            ranked.append((rank, position))
        }
        ranked.sort { ($0.rank, $0.position) < ($1.rank, $1.position) }
        return ranked.prefix(limit).map { units[$0.position] }
    }
}
