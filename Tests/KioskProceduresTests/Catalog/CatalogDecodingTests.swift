import Foundation
import FoundationXML
import KioskForms
import KioskProcedures
import Testing

@Suite("Catalog: the shipped catalog")
struct CatalogDecodingTests {
    @Test func hasTheThreeProceduresWithWhatTheTerminalNeeds() throws {
        let catalog = try CatalogFixtures.shippedCatalog()
        #expect(catalog.procedures.map(\.id) == ["birth-certificate-copy", "birth-3in1", "land-first-registration"])

        let birth = try #require(catalog.procedure(id: "birth-3in1"))
        #expect(birth.form == "birth-3in1")
        #expect(birth.forms == ["birth-3in1"])
        #expect(birth.icon == "child")
        #expect(birth.fee == .free)
        #expect(birth.processingTime == .workingDays(10))
        #expect(birth.printTemplates == ["birth-registration", "ct01", "tk1-ts"])
        #expect(birth.agency["vi"] == "Ủy ban nhân dân")
        #expect(birth.checklistItem(id: "witness-statement")?.condition != nil)
        #expect(birth.checklistItem(id: "requester-id")?.condition == nil)

        let copy = try #require(catalog.procedure(id: "birth-certificate-copy"))
        #expect(copy.fee == .perCopy(dong: 8000))
        #expect(copy.fee.amount(copies: 3) == 24000)
        #expect(copy.processingTime == .sameDay)
        #expect(copy.name(in: "en") == "Copy of a birth certificate")
        #expect(copy.name(in: "jra") == "Xin bản sao giấy khai sinh")

        let land = try #require(catalog.procedure(id: "land-first-registration"))
        #expect(land.fee == .setByProvince)
        #expect(land.fee.amount() == nil)
        #expect(land.processingTime == .workingDays(20))
        // Contacts are the commune's: provisioning sets them.
        #expect(catalog.procedures.allSatisfy { $0.contact == Contact() })
    }

    @Test func everyTextIsInVietnameseAndEnglish() throws {
        for procedure in try CatalogFixtures.shippedCatalog().procedures {
            for language in ["vi", "en"] {
                #expect(!(procedure.names[language] ?? "").isEmpty, "\(procedure.id) names.\(language)")
                #expect(!(procedure.agency[language] ?? "").isEmpty, "\(procedure.id) agency.\(language)")
                #expect(!(procedure.keywords[language] ?? []).isEmpty, "\(procedure.id) keywords.\(language)")
                for item in procedure.checklist {
                    #expect(!(item.words[language] ?? "").isEmpty, "\(procedure.id).\(item.id) words.\(language)")
                    if item.condition != nil {
                        #expect(!(item.when[language] ?? "").isEmpty, "\(procedure.id).\(item.id) when.\(language)")
                    }
                }
            }
            #expect(!procedure.checklist.isEmpty, "\(procedure.id) has no checklist")
        }
    }

    @Test func everyPictureIsASmallSquareSVGAndEveryIconExists() throws {
        let catalog = try CatalogFixtures.shippedCatalog()
        let pictures = Set(catalog.procedures.flatMap { $0.checklist.map(\.picture) })
        #expect(pictures.count >= 8)
        for picture in pictures {
            let url = CatalogFixtures.pictures.appendingPathComponent("\(picture).svg")
            let data = try #require(FileManager.default.contents(atPath: url.path), "no \(url.path)")
            let root = SVGRoot(data)
            #expect(root.name == "svg", "\(picture).svg is not SVG")
            #expect(root.viewBox == "0 0 96 96", "\(picture).svg viewBox")
        }
        for procedure in catalog.procedures {
            let icon = CatalogFixtures.assets.appendingPathComponent("icons/\(procedure.icon).svg")
            #expect(FileManager.default.fileExists(atPath: icon.path), "no icon \(procedure.icon)")
        }
    }

    /// Conditions are written against forms another person writes: each form that exists must have
    /// every path and choice value a condition names. A form not written yet may be missing only if
    /// it is listed here; once it lands, its conditions are checked like the others.
    @Test func checklistConditionsNameQuestionsAndChoicesOfTheForms() throws {
        let notYetWritten: Set<String> = ["land-first-registration"]
        var checked = 0
        for procedure in try CatalogFixtures.shippedCatalog().procedures {
            for name in procedure.forms {
                guard CatalogFixtures.formExists(name) else {
                    #expect(notYetWritten.contains(name), "form \(name) of \(procedure.id) is missing")
                    continue
                }
                let form = try CatalogFixtures.form(name)
                #expect(procedure.conditionProblems(in: form) == [])
                checked += 1
            }
        }
        #expect(checked >= 2)
    }

    @Test func conditionProblemsFindAWrongPathAndAWrongChoice() throws {
        let catalog = try Catalog.decode(
            CatalogFixtures.catalog(
                CatalogFixtures.checklist(
                    #""id": "x", "picture": "x", "words": {"vi": "X"}, "when": {"vi": "Khi"},"#
                        + #""condition": "selected(/data/for_whom, 'grandma') or /data/no_such = 'a'""#)))
        let form = try CatalogFixtures.form("birth-certificate-copy")
        #expect(
            catalog.procedures[0].conditionProblems(in: form) == [
                "p: checklist item x: /data/no_such is not a question of form birth-certificate-copy",
                "p: checklist item x: /data/for_whom has no choice 'grandma' in form birth-certificate-copy",
            ])
    }

    @Test func existingCallersStillWork() {
        let procedure = Procedure(id: "p", form: "fl", icon: "certificate", names: ["vi": "P"], agency: [:])
        #expect(procedure.form == "fl")
        #expect(procedure.forms == ["fl"])
        #expect(procedure.name(in: "en") == "P")
        #expect(Procedure(id: "q", form: "f", icon: "i", names: [:], agency: [:]).name(in: "vi") == "q")
        #expect(Catalog(procedures: [procedure]).procedure(id: "p") == procedure)
        #expect(Catalog(procedures: [procedure]).procedure(id: "none") == nil)
    }

    @Test func feesAndTimesInWords() {
        #expect(Fee.perCopy(dong: 8000).words(in: "vi") == "8.000 đồng một bản")
        #expect(Fee.perCopy(dong: 8000).words(in: "en") == "8,000 dong per copy")
        #expect(Fee.fixed(dong: 1_250_000).words(in: "vi") == "1.250.000 đồng")
        #expect(Fee.fixed(dong: 100).words(in: "en") == "100 dong")
        #expect(Fee.free.words(in: "jra") == "Miễn phí")
        #expect(Fee.free.amount(copies: 5) == 0)
        #expect(Fee.fixed(dong: 500).amount(copies: 5) == 500)
        #expect(ProcessingTime.workingDays(20).words(in: "vi") == "Không quá 20 ngày làm việc")
        #expect(ProcessingTime.workingDays(1).words(in: "en") == "Within 1 working day")
        #expect(ProcessingTime.sameDay.words(in: "en") == "The same day")
    }
}

/// The root element of an SVG file and its viewBox.
private struct SVGRoot {
    var name: String?
    var viewBox: String?

    init(_ data: Data) {
        let parser = XMLParser(data: data)
        let delegate = Delegate()
        parser.delegate = delegate
        _ = parser.parse()
        name = delegate.name
        viewBox = delegate.viewBox
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var name: String?
        var viewBox: String?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            guard name == nil else { return }
            name = elementName
            viewBox = attributes["viewBox"]
        }
    }
}
