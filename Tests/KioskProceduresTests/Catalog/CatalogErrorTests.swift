import Foundation
import KioskProcedures
import SeededRandom
import Testing

/// A catalog comes from a technician's file: whatever it holds, reading it gives a catalog or a
/// typed error that names the place, never a trap.
@Suite("Catalog: malformed catalogs")
struct CatalogErrorTests {
    static let item = #""id": "x", "picture": "x", "words": {"vi": "Chữ"}"#

    static let cases: [(name: String, data: Data, expected: CatalogError)] = [
        ("not JSON", Data("{\"procedures\": [".utf8), .malformed("")),
        ("not UTF-8", Data([0xFF, 0xFE, 0x00]), .malformed("")),
        ("no procedures", Data("{}".utf8), .malformed("")),
        ("a number for a name", CatalogFixtures.catalog(["names": #"{"vi": 3}"#]), .malformed("")),
        ("no fee", CatalogFixtures.catalog(["fee": nil]), .malformed("")),
        ("version 2", CatalogFixtures.catalog(top: #""version": 2,"#), .unsupportedVersion(2)),
        (
            "upper case id", CatalogFixtures.catalog(["id": #""Birth 3in1""#]),
            .invalidName(procedure: "Birth 3in1", field: "id", value: "Birth 3in1")
        ),
        ("empty id", CatalogFixtures.catalog(["id": #""""#]), .invalidName(procedure: "", field: "id", value: "")),
        ("no form", CatalogFixtures.catalog(["forms": "[]"]), .noForm(procedure: "p")),
        (
            "a path as form", CatalogFixtures.catalog(["forms": #"["../x"]"#]),
            .invalidName(procedure: "p", field: "form", value: "../x")
        ),
        (
            "a path as template", CatalogFixtures.catalog(["printTemplates": #"["a/b"]"#]),
            .invalidName(procedure: "p", field: "print template", value: "a/b")
        ),
        (
            "no Vietnamese name", CatalogFixtures.catalog(["names": #"{"en": "Birth"}"#]),
            .missingVietnamese(procedure: "p", field: "names")
        ),
        (
            "blank Vietnamese agency", CatalogFixtures.catalog(["agency": #"{"vi": "  "}"#]),
            .missingVietnamese(procedure: "p", field: "agency")
        ),
        (
            "unknown fee kind", CatalogFixtures.catalog(["fee": #"{"kind": "cheap"}"#]),
            .invalidFee(procedure: "p", reason: "")
        ),
        (
            "per copy without amount", CatalogFixtures.catalog(["fee": #"{"kind": "perCopy"}"#]),
            .invalidFee(procedure: "p", reason: "")
        ),
        (
            "negative fee", CatalogFixtures.catalog(["fee": #"{"kind": "fixed", "dong": -5}"#]),
            .invalidFee(procedure: "p", reason: "")
        ),
        (
            "zero days", CatalogFixtures.catalog(["processingTime": #"{"kind": "workingDays", "days": 0}"#]),
            .invalidProcessingTime(procedure: "p", reason: "")
        ),
        (
            "unknown time kind", CatalogFixtures.catalog(["processingTime": #"{"kind": "soon"}"#]),
            .invalidProcessingTime(procedure: "p", reason: "")
        ),
        (
            "bad phone", CatalogFixtures.catalog(["contact": #"{"phone": "12345"}"#]),
            .invalidPhone(procedure: "p", value: "12345")
        ),
        (
            "bad e-mail", CatalogFixtures.catalog(["contact": #"{"email": "ubnd@xa"}"#]),
            .invalidEmail(procedure: "p", value: "ubnd@xa")
        ),
        (
            "two items with one id", CatalogFixtures.catalog(["checklist": "[{\(item)}, {\(item)}]"]),
            .duplicateChecklistItem(procedure: "p", item: "x")
        ),
        (
            "a path as picture",
            CatalogFixtures.catalog(
                CatalogFixtures.checklist(#""id": "x", "picture": "../../etc/passwd", "words": {"vi": "C"}"#)),
            .invalidName(procedure: "p", field: "checklist picture", value: "../../etc/passwd")
        ),
        (
            "item without Vietnamese",
            CatalogFixtures.catalog(CatalogFixtures.checklist(#""id": "x", "picture": "x", "words": {"en": "Paper"}"#)),
            .missingVietnamese(procedure: "p", field: "checklist item x words")
        ),
        (
            "condition that does not parse",
            CatalogFixtures.catalog(
                CatalogFixtures.checklist(item + #", "when": {"vi": "Khi"}, "condition": "selected(/data/x, ""#)),
            .invalidCondition(procedure: "p", item: "x", reason: "")
        ),
        (
            "unknown function",
            CatalogFixtures.catalog(
                CatalogFixtures.checklist(item + #", "when": {"vi": "Khi"}, "condition": "frobnicate(/data/x)""#)),
            .invalidCondition(procedure: "p", item: "x", reason: "")
        ),
        (
            "choice list instance",
            CatalogFixtures.catalog(
                CatalogFixtures.checklist(
                    item + #", "when": {"vi": "Khi"}, "condition": "count(instance('communes')/root/item) > 0""#)),
            .invalidCondition(procedure: "p", item: "x", reason: "")
        ),
        (
            "condition without its case",
            CatalogFixtures.catalog(CatalogFixtures.checklist(item + #", "condition": "/data/x = 'a'""#)),
            .missingCase(procedure: "p", item: "x")
        ),
    ]

    @Test(arguments: cases.indices)
    func isRefusedWithItsError(_ index: Int) {
        let (name, data, expected) = Self.cases[index]
        #expect(throws: CatalogError.self, "\(name)") { try Catalog.decode(data) }
        do {
            _ = try Catalog.decode(data)
        } catch {
            #expect(Self.sameCase(error, expected), "\(name): \(error)")
            #expect(error.description.hasPrefix("catalog: "), "\(name): \(error)")
        }
    }

    @Test func twoProceduresWithOneIDAreRefused() {
        let procedure = #"""
            {"id": "p", "forms": ["f"], "icon": "i", "names": {"vi": "P"}, "agency": {"vi": "A"},
             "fee": {"kind": "free"}, "processingTime": {"kind": "sameDay"}}
            """#
        let two = Data("{\"procedures\": [\(procedure), \(procedure)]}".utf8)
        #expect(throws: CatalogError.duplicateID("p")) { try Catalog.decode(two) }
    }

    @Test func theMessagesNameTheFieldForTheTechnician() {
        #expect(throws: CatalogError.self) { try Catalog.decode(CatalogFixtures.catalog(["fee": nil])) }
        do {
            _ = try Catalog.decode(CatalogFixtures.catalog(["names": #"{"vi": 3}"#]))
        } catch {
            #expect(error.description.contains("procedures[0].names.vi"), "\(error)")
        }
        do {
            _ = try Catalog.decode(CatalogFixtures.catalog(["fee": nil]))
        } catch {
            #expect(error.description.contains("missing \"fee\" at procedures[0]"), "\(error)")
        }
    }

    /// Every prefix of the real catalog, and the real catalog with bytes flipped, gives a typed error
    /// or a catalog: nothing traps.
    @Test func truncatedAndDamagedCatalogsNeverTrap() throws {
        let data = try Data(contentsOf: CatalogFixtures.catalogURL)
        var refused = 0
        for length in stride(from: 0, to: data.count, by: 61) {
            do {
                _ = try Catalog.decode(data.prefix(length))
            } catch {
                refused += 1
            }
        }
        #expect(refused == (data.count + 60) / 61)
        var generator = SplitMix(seed: 7)
        for _ in 0..<200 {
            var damaged = data
            let index = Int(generator.next() % UInt64(data.count))
            damaged[index] = UInt8(truncatingIfNeeded: generator.next())
            _ = try? Catalog.decode(damaged)
        }
    }

    static func sameCase(_ error: CatalogError, _ expected: CatalogError) -> Bool {
        switch (error, expected) {
        case (.malformed, .malformed): true
        case (.invalidFee(let a, _), .invalidFee(let b, _)) where a == b: true
        case (.invalidProcessingTime(let a, _), .invalidProcessingTime(let b, _)) where a == b: true
        case (.invalidCondition(let a, let x, _), .invalidCondition(let b, let y, _)) where a == b && x == y: true
        default: error == expected
        }
    }
}
