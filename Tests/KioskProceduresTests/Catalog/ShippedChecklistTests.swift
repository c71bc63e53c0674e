import Foundation
import KioskForms
import KioskProcedures
import Testing

/// The shipped checklists on the shipped forms: what a citizen is told to bring, case by case.
@Suite("Catalog: checklists of the shipped procedures")
struct ShippedChecklistTests {
    /// 22 November 2026.
    static let now = Date(timeIntervalSince1970: 1_795_348_800)

    func checklist(_ procedure: String, _ answers: [(String, String)]) throws -> [String] {
        let catalog = try CatalogFixtures.shippedCatalog()
        let entry = try #require(catalog.procedure(id: procedure))
        let form = try CatalogFixtures.form(entry.form)
        var session = FormSession(form: form, startedAt: Self.now)
        for (path, value) in answers {
            try session.answer(value, at: path, in: form)
        }
        return entry.checklist(for: session, form: form).map(\.id)
    }

    @Test(arguments: [
        ("self", "1990", ["requester-id", "old-birth-certificate"]),
        ("self", "2020", ["requester-id"]),
        ("parent", "1960", ["requester-id", "parent-authorization", "old-birth-certificate"]),
        ("child", "2000", ["requester-id", "adult-child-authorization", "old-birth-certificate"]),
        ("child", "2019", ["requester-id"]),
    ])
    func birthCertificateCopy(forWhom: String, year: String, expected: [String]) throws {
        let answers = [("/data/for_whom", forWhom), ("/data/birth_year", year)]
        #expect(try checklist("birth-certificate-copy", answers) == expected)
    }

    @Test(arguments: [
        ("home", "mother", ["requester-id", "witness-statement", "marriage-certificate"]),
        ("elsewhere", "father", ["requester-id", "witness-statement", "marriage-certificate"]),
        ("facility", "mother", ["requester-id", "medical-birth-certificate", "marriage-certificate"]),
        (
            "facility", "grandparent",
            ["requester-id", "medical-birth-certificate", "marriage-certificate", "household-head-consent"]
        ),
        ("home", "other", ["requester-id", "witness-statement", "marriage-certificate", "household-head-consent"]),
    ])
    func birth3in1(place: String, household: String, expected: [String]) throws {
        let answers = [("/data/child/birth_place", place), ("/data/residence/head_who", household)]
        #expect(try checklist("birth-3in1", answers) == expected)
    }

    @Test func land() throws {
        #expect(try checklist("land-first-registration", [("/data/applicant/joint", "no")]) == ["applicant-id"])
        let owned = [
            ("/data/applicant/joint", "yes"), ("/data/origin/has_papers", "yes"), ("/data/origin/papers", "sale tax"),
            ("/data/assets/on_land", "house trees"), ("/data/assets/register_assets", "yes"),
        ]
        #expect(
            try checklist("land-first-registration", owned) == [
                "applicant-id", "spouse-id", "sale-papers", "tax-receipts", "house-papers",
            ])
        // Papers chosen, then "no papers": the choice no longer counts.
        let withdrawn = owned + [("/data/origin/has_papers", "no"), ("/data/assets/register_assets", "no")]
        #expect(try checklist("land-first-registration", withdrawn) == ["applicant-id", "spouse-id"])
    }
}
