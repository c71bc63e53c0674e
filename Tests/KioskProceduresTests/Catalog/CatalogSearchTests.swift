import KioskProcedures
import Testing

@Suite("Catalog: keyword search")
struct CatalogSearchTests {
    @Test(arguments: [
        ("khai sinh", "birth-3in1"), ("khaisinh", "birth-3in1"), ("KHAI SINH", "birth-3in1"),
        ("  khai   sinh ", "birth-3in1"), ("Khai-sinh", "birth-3in1"), ("toi muon lam khai sinh cho con", "birth-3in1"),
        ("nhập hộ khẩu", "birth-3in1"), ("bao hiem y te", "birth-3in1"), ("newborn", "birth-3in1"),
        ("so do", "land-first-registration"), ("sổ đỏ", "land-first-registration"), ("sodo", "land-first-registration"),
        ("SỔ ĐỎ", "land-first-registration"), ("dat dai", "land-first-registration"),
        ("đất", "land-first-registration"),
        ("red book", "land-first-registration"), ("Land", "land-first-registration"),
        ("ban sao", "birth-certificate-copy"), ("trích lục", "birth-certificate-copy"),
        ("trich luc khai sinh", "birth-certificate-copy"),
        ("copy", "birth-certificate-copy"),
    ])
    func findsItsProcedureFirst(query: String, expected: String) throws {
        let results = try CatalogFixtures.shippedCatalog().search(query)
        #expect(results.first?.id == expected, "\(query): \(results.map(\.id))")
    }

    @Test func bothBirthProceduresMatchKhaiSinhAndTheLandOneDoesNot() throws {
        let ids = try CatalogFixtures.shippedCatalog().search("khai sinh").map(\.id)
        #expect(ids == ["birth-3in1", "birth-certificate-copy"])
    }

    @Test func nothingMatchesNonsenseAndEverythingMatchesNothing() throws {
        let catalog = try CatalogFixtures.shippedCatalog()
        #expect(catalog.search("xyzzy").isEmpty)
        #expect(catalog.search("qq").isEmpty)
        #expect(catalog.search("").map(\.id) == catalog.procedures.map(\.id))
        #expect(catalog.search(" - ").map(\.id) == catalog.procedures.map(\.id))
    }

    /// Ties keep the catalog's order; a keyword equal to the query beats one that only contains it.
    @Test func rankingPrefersWholeKeywordsThenCatalogOrder() throws {
        let catalog = Catalog(procedures: [
            Procedure(id: "a", forms: ["a"], icon: "i", names: ["vi": "Giấy tờ nhà đất"], agency: ["vi": "A"]),
            Procedure(
                id: "b", forms: ["b"], icon: "i", names: ["vi": "Khác"], keywords: ["vi": ["đất"]], agency: ["vi": "B"]),
            Procedure(id: "c", forms: ["c"], icon: "i", names: ["vi": "Đất rừng"], agency: ["vi": "C"]),
        ])
        #expect(catalog.search("dat").map(\.id) == ["b", "c", "a"])
        #expect(catalog.search("giay").map(\.id) == ["a"])
    }
}
