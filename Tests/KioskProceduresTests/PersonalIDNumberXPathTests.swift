import Foundation
import KioskForms
import KioskProcedures
import Testing

/// The XPath constraint that forms carry must accept and refuse what the Swift rule does.
@Suite("Personal ID number as an ODK constraint")
struct PersonalIDNumberXPathTests {
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    /// A form with the three questions, the constraint generated for it, answered and checked by our
    /// form engine.
    func formAccepts(_ id: String, sex: String?, year: String?, constraint: String) throws -> Bool {
        let escaped = constraint.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: "\"", with: "&quot;")
        let form = try XForm.parse(
            Data(
                """
                <?xml version="1.0" encoding="utf-8"?>
                <h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"
                        xmlns:jr="http://openrosa.org/javarosa">
                  <h:head><h:title>ID</h:title><model>
                    <instance><data id="id"><sex/><year/><id/></data></instance>
                    <bind nodeset="/data/sex" type="string"/>
                    <bind nodeset="/data/year" type="int"/>
                    <bind nodeset="/data/id" type="string" constraint="\(escaped)"/>
                  </model></h:head>
                  <h:body>
                    <select1 ref="/data/sex"><label>Sex</label>
                      <item><label>Male</label><value>male</value></item>
                      <item><label>Female</label><value>female</value></item>
                      <item><label>Other</label><value>other</value></item>
                      <item><label>1</label><value>1</value></item>
                      <item><label>2</label><value>2</value></item>
                    </select1>
                    <input ref="/data/year"><label>Year</label></input>
                    <input ref="/data/id"><label>ID</label></input>
                  </h:body>
                </h:html>
                """.utf8))
        var session = FormSession(form: form, startedAt: start)
        try session.answer(sex, at: "/data/sex", in: form)
        try session.answer(year, at: "/data/year", in: form)
        try session.answer(id, at: "/data/id", in: form)
        switch session.firstProblem(in: form) {
        case nil: return true
        case .constraint(path: "/data/id", _)?: return false
        case let other?: throw other
        }
    }

    static let constraint = PersonalIDNumber.xpathConstraint(sexRef: "/data/sex", birthYearRef: "/data/year")

    static let table: [(id: String, sex: PersonalIDNumber.Sex?, year: Int?)] = {
        var rows: [(String, PersonalIDNumber.Sex?, Int?)] = []
        let good = [
            IDNumbers.make(province: "001", sex: .male, year: 1985),
            IDNumbers.make(province: "096", sex: .female, year: 2026),
            IDNumbers.make(province: "066", sex: .male, year: 1899),
            IDNumbers.make(province: "008", sex: .female, year: 2100),
            IDNumbers.make(province: "046", sex: .male, year: 2205),
        ]
        for id in good {
            let number = try? PersonalIDNumber(id)
            let sex = number?.sex
            let year = number?.birthYear
            rows += [(id, sex, year), (id, nil, nil), (id, sex, nil), (id, nil, year)]
            rows += [(id, sex == .male ? .female : .male, year), (id, sex, year.map { $0 + 1 })]
            rows += [
                (id, sex, year.map { $0 + 100 }), (id, sex, year.map { $0 - 100 }), (id, sex, year.map { $0 + 10 }),
            ]
        }
        let malformed = [
            "00119850123", "0011985012345", "00108501234x", "001 08501234", "003085012345", "000085012345",
            "097085012345", "100085012345", "０01085012345", "x01085012345",
        ]
        rows += malformed.map { ($0, nil, nil) }
        return rows
    }()

    @Test(arguments: table)
    func theConstraintAgreesWithTheSwiftRule(id: String, sex: PersonalIDNumber.Sex?, year: Int?) throws {
        let swift = PersonalIDNumber.validate(id, sex: sex, birthYear: year) == nil
        let xpath = try formAccepts(id, sex: sex?.rawValue, year: year.map(String.init), constraint: Self.constraint)
        #expect(swift == xpath, "\(id) \(String(describing: sex)) \(String(describing: year)): Swift \(swift)")
    }

    @Test func theTableHasBothAnswers() {
        let verdicts = Self.table.map { PersonalIDNumber.validate($0.id, sex: $0.sex, birthYear: $0.year) == nil }
        #expect(verdicts.filter { $0 }.count >= 15)
        #expect(verdicts.filter { !$0 }.count >= 30)
    }

    @Test func theProvincePatternMatchesExactlyTheTable() throws {
        let formatOnly = PersonalIDNumber.xpathConstraint()
        for prefix in 0..<100 {
            let code = prefix < 10 ? "00\(prefix)" : "0\(prefix)"
            let id = code + "085012345"
            let swift = PersonalIDNumber.validate(id) == nil
            #expect(try formAccepts(id, sex: nil, year: nil, constraint: formatOnly) == swift, "\(code)")
        }
    }

    @Test func otherSexValuesAndAnEmptyYearCheckNothing() throws {
        let id = IDNumbers.make(province: "001", sex: .male, year: 1985)
        #expect(try formAccepts(id, sex: "other", year: "", constraint: Self.constraint))
        let custom = PersonalIDNumber.xpathConstraint(sexRef: "/data/sex", maleValue: "1", femaleValue: "2")
        #expect(try formAccepts(id, sex: "1", year: nil, constraint: custom))
        #expect(try !formAccepts(id, sex: "2", year: nil, constraint: custom))
    }

    @Test func theConstraintUsesOnlyFunctionsEveryODKClientKnows() throws {
        let expression = try XPathExpression.parse(Self.constraint)
        #expect(XPathFunctions.problems(in: expression).isEmpty)
        let used = Set(expression.calls.map(\.name))
        #expect(used.isSubset(of: ["regex", "substr", "selected", "string-length", "concat", "not"]), "\(used)")
        #expect(used.contains("regex") && used.contains("selected"))
    }
}
