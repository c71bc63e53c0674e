import Foundation
import KioskForms
import KioskProcedures
import Testing

/// Checklist conditions are ODK XPath over the citizen's answers, evaluated by the form engine.
@Suite("Catalog: checklist conditions")
struct ChecklistConditionTests {
    static let form: XForm = {
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"
                    xmlns:jr="http://openrosa.org/javarosa">
              <h:head><h:title>Checklist</h:title><model>
                <itext><translation lang="Tiếng Việt (vi)" default="true()">
                  <text id="/data/birth_place/home:label"><value>Ở nhà</value></text>
                  <text id="/data/birth_place/facility:label"><value>Ở bệnh viện</value></text>
                </translation></itext>
                <instance><data id="checklist-test">
                  <birth_place/><household/><consent/><year/><n/><people><name/></people><code/>
                  <meta><instanceID/></meta>
                </data></instance>
                <bind nodeset="/data/birth_place" type="string"/>
                <bind nodeset="/data/household" type="string"/>
                <bind nodeset="/data/consent" type="string" relevant="selected(/data/household, 'other')"/>
                <bind nodeset="/data/year" type="int"/>
                <bind nodeset="/data/n" type="int"/>
                <bind nodeset="/data/people/name" type="string"/>
                <bind nodeset="/data/code" type="string" calculate="if(selected(/data/household, 'other'), 'X', 'Y')"/>
              </model></h:head>
              <h:body>
                <select1 ref="/data/birth_place"><label>Nơi sinh</label>
                  <item><label ref="jr:itext('/data/birth_place/home:label')"/><value>home</value></item>
                  <item><label ref="jr:itext('/data/birth_place/facility:label')"/><value>facility</value></item>
                </select1>
                <select1 ref="/data/household"><label>Hộ</label>
                  <item><label>Của cha mẹ</label><value>own</value></item>
                  <item><label>Của người khác</label><value>other</value></item>
                </select1>
                <select1 ref="/data/consent"><label>Đồng ý</label>
                  <item><label>Có</label><value>yes</value></item>
                  <item><label>Không</label><value>no</value></item>
                </select1>
                <input ref="/data/year"><label>Năm sinh</label></input>
                <input ref="/data/n"><label>Mấy người</label></input>
                <group ref="/data/people"><label>Người</label>
                  <repeat nodeset="/data/people" jr:count="/data/n">
                    <input ref="/data/people/name"><label>Tên</label></input>
                  </repeat>
                </group>
              </h:body>
            </h:html>
            """
        return try! XForm.parse(Data(xml.utf8))
    }()

    /// 1 June 2026, noon UTC.
    static let now = Date(timeIntervalSince1970: 1_780_315_200)

    func session(_ answers: [(String, String?)]) throws -> FormSession {
        var session = FormSession(form: Self.form, startedAt: Self.now)
        session.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
        for (path, value) in answers {
            try session.answer(value, at: path, in: Self.form)
        }
        return session
    }

    func holds(_ condition: String, _ answers: [(String, String?)]) throws -> Bool {
        let item = try ChecklistItem(id: "x", picture: "x", words: ["vi": "X"], condition: condition)
        return try item.evaluateCondition(session: session(answers), form: Self.form)
    }

    @Test(arguments: [("home", true, false), ("facility", false, true), (nil, false, false)])
    func bornAtHomeNeedsAWitnessInsteadOfTheBirthNotice(place: String?, witness: Bool, notice: Bool) throws {
        let answers = [("/data/birth_place", place)]
        #expect(try holds("selected(/data/birth_place, 'home')", answers) == witness)
        #expect(try holds("selected(/data/birth_place, 'facility')", answers) == notice)
        #expect(try holds("not(selected(/data/birth_place, 'home'))", answers) == !witness)
    }

    @Test func anAnswerThatIsNoLongerRelevantDoesNotCount() throws {
        let consented = [("/data/household", "other"), ("/data/consent", "yes")]
        #expect(try holds("selected(/data/consent, 'yes')", consented))
        #expect(try !holds("/data/consent = ''", consented))
        let changed: [(String, String?)] = consented + [("/data/household", "own")]
        #expect(try !holds("selected(/data/consent, 'yes')", changed))
        // The node is there, empty, as in the submission: a comparison with '' holds.
        #expect(try holds("/data/consent = ''", changed))
    }

    @Test func aCalculationCanBeRead() throws {
        #expect(try holds("/data/code = 'X'", [("/data/household", "other")]))
        #expect(try !holds("/data/code = 'X'", [("/data/household", "own")]))
        #expect(try holds("/data/code = 'Y'", []))
    }

    @Test func repeatInstancesAreCountedAndIndexed() throws {
        let two = [("/data/n", "2"), ("/data/people[1]/name", "A"), ("/data/people[2]/name", "B")]
        #expect(try holds("count(/data/people) = 2", two))
        #expect(try holds("/data/people[2]/name = 'B' and /data/people[1]/name = 'A'", two))
        #expect(try holds("/data/people/name = 'B'", two))
        #expect(try !holds("count(/data/people) = 2", [("/data/n", "1")]))
    }

    @Test(arguments: [("2000", true), ("2008", true), ("2009", false), ("2015", false), (nil, false)])
    func anAdultIsEighteenThisYear(year: String?, adult: Bool) throws {
        #expect(try holds("format-date(today(), '%Y') - /data/year >= 18", [("/data/year", year)]) == adult)
    }

    @Test func choiceNamesComeFromTheForm() throws {
        #expect(
            try holds(
                "jr:choice-name(/data/birth_place, '/data/birth_place') = 'Ở nhà'", [("/data/birth_place", "home")]))
    }

    @Test func anUnconditionalItemAlwaysApplies() throws {
        let item = try ChecklistItem(id: "id-card", picture: "id-card", words: ["vi": "Căn cước"])
        #expect(item.applies(to: try session([]), form: Self.form))
    }

    /// A condition that fails at evaluation shows the item: a paper too many, not a citizen turned back.
    @Test func aConditionThatCannotBeEvaluatedCountsAsNeeded() throws {
        let item = try ChecklistItem(
            id: "x", picture: "x", words: ["vi": "X"], condition: "regex(/data/birth_place, '(')")
        let session = try session([("/data/birth_place", "home")])
        #expect(throws: XPathError.self) { try item.evaluateCondition(session: session, form: Self.form) }
        #expect(item.applies(to: session, form: Self.form))
    }

    @Test func aProcedureListsWhatApplies() throws {
        let items = try [
            ChecklistItem(id: "id-card", picture: "id-card", words: ["vi": "Căn cước"]),
            ChecklistItem(
                id: "witness", picture: "w", words: ["vi": "Người làm chứng"],
                condition: "selected(/data/birth_place, 'home')"),
            ChecklistItem(
                id: "notice", picture: "n", words: ["vi": "Giấy chứng sinh"],
                condition: "selected(/data/birth_place, 'facility')"),
        ]
        let procedure = Procedure(
            id: "p", forms: ["checklist-test"], icon: "i", names: ["vi": "P"], agency: ["vi": "A"], checklist: items)
        let home = try session([("/data/birth_place", "home")])
        #expect(procedure.checklist(for: home, form: Self.form).map(\.id) == ["id-card", "witness"])
        let facility = try session([("/data/birth_place", "facility")])
        #expect(procedure.checklist(for: facility, form: Self.form).map(\.id) == ["id-card", "notice"])
    }
}
