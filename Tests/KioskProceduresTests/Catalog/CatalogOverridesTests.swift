import Foundation
import KioskProcedures
import Testing

@Suite("Catalog: a commune's overrides")
struct CatalogOverridesTests {
    static let communeJSON = #"""
        {
          "contact": {"phone": "0269 3812 345", "email": "motcua@iaphang.gialai.gov.vn"},
          "procedures": {
            "land-first-registration": {
              "contact": {"phone": "+84 912 345 678"},
              "agency": {"vi": "Ủy ban nhân dân xã Ia Phang"},
              "fee": {"kind": "fixed", "dong": 100000},
              "processingTime": {"kind": "workingDays", "days": 15}
            }
          }
        }
        """#

    @Test func theCommuneContactReachesEveryProcedureAndAProcedureOwnWins() throws {
        let overrides = try CatalogOverrides.decode(Data(Self.communeJSON.utf8))
        let catalog = try CatalogFixtures.shippedCatalog().applying(overrides)

        let birth = try #require(catalog.procedure(id: "birth-3in1"))
        #expect(birth.contact.phone?.digits == "02693812345")
        #expect(birth.contact.email == "motcua@iaphang.gialai.gov.vn")
        #expect(birth.fee == .free)
        #expect(birth.agency["vi"] == "Ủy ban nhân dân")

        let land = try #require(catalog.procedure(id: "land-first-registration"))
        // Field by field: its own phone, the commune's e-mail.
        #expect(land.contact.phone?.digits == "0912345678")
        #expect(land.contact.email == "motcua@iaphang.gialai.gov.vn")
        #expect(land.agency["vi"] == "Ủy ban nhân dân xã Ia Phang")
        #expect(land.agency["en"] == "People's Committee of")
        #expect(land.fee == .fixed(dong: 100_000))
        #expect(land.processingTime == .workingDays(15))
        // What the overrides do not touch stays.
        let shipped = try #require(try CatalogFixtures.shippedCatalog().procedure(id: "land-first-registration"))
        #expect(land.checklist == shipped.checklist)
        #expect(land.names == shipped.names)
    }

    @Test func noOverridesChangeNothing() throws {
        let catalog = try CatalogFixtures.shippedCatalog()
        #expect(try catalog.applying(CatalogOverrides()) == catalog)
        #expect(try catalog.applying(CatalogOverrides.decode(Data("{}".utf8))) == catalog)
    }

    @Test func aContactInTheCatalogIsKeptWhereTheCommuneSetsNothing() throws {
        let catalog = try Catalog.decode(
            CatalogFixtures.catalog(["contact": #"{"email": "a@b.vn", "phone": "0912345678"}"#]))
        let merged = try catalog.applying(CatalogOverrides(contact: Contact(email: "c@d.vn")))
        #expect(merged.procedures[0].contact.phone?.digits == "0912345678")
        #expect(merged.procedures[0].contact.email == "c@d.vn")
    }

    @Test func overridesOfAnUnknownProcedureAreRefused() throws {
        let overrides = try CatalogOverrides.decode(Data(#"{"procedures": {"land-first-registraton": {}}}"#.utf8))
        #expect(throws: CatalogError.unknownProcedure("land-first-registraton")) {
            try CatalogFixtures.shippedCatalog().applying(overrides)
        }
    }

    @Test(arguments: [
        (#"{"contact": {"phone": "113"}}"#, CatalogError.invalidPhone(procedure: nil, value: "113")),
        (#"{"contact": {"email": "no at sign"}}"#, .invalidEmail(procedure: nil, value: "no at sign")),
        (#"{"procedures": {"p": {"contact": {"phone": "09123"}}}}"#, .invalidPhone(procedure: "p", value: "09123")),
        (
            #"{"procedures": {"p": {"fee": {"kind": "perCopy", "dong": 0}}}}"#,
            .invalidFee(procedure: "p", reason: "\"dong\" must be more than 0")
        ),
        (
            #"{"procedures": {"p": {"processingTime": {"kind": "weeks"}}}}"#,
            .invalidProcessingTime(procedure: "p", reason: "kind \"weeks\" is not sameDay or workingDays")
        ),
    ])
    func badOverridesAreRefused(json: String, expected: CatalogError) {
        #expect(throws: expected) { try CatalogOverrides.decode(Data(json.utf8)) }
    }

    @Test func malformedOverridesAreRefused() {
        #expect(throws: CatalogError.self) { try CatalogOverrides.decode(Data("[1, 2]".utf8)) }
        #expect(throws: CatalogError.self) { try CatalogOverrides.decode(Data(#"{"procedures": []}"#.utf8)) }
    }
}
