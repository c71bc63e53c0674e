import Foundation
import Testing

@testable import KioskForms

/// Relevance, calculations, constraints, groups, repeats and choice lists, as ODK runs them.
@Suite("Form logic")
struct FormLogicTests {
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    func form(instance: String, binds: String, body: String, itext: String = "", attachments: [String: Data] = [:])
        throws -> XForm
    {
        try XForm.parse(
            FormFixtures.inline(itext: itext, instance: instance, binds: binds, body: body), attachments: attachments)
    }

    func keys(_ session: FormSession, _ form: XForm) -> [String] {
        session.screens(in: form).map(\.key)
    }

    @Test func relevanceHidesAndShowsQuestionsAndPrunesTheSubmission() throws {
        let form = try form(
            instance: #"<instance><data id="t"><age/><school/><meta><instanceID/></meta></data></instance>"#,
            binds: """
                <bind nodeset="/data/age" type="int" required="true()"/>
                <bind nodeset="/data/school" type="string" relevant="/data/age &gt;= 6"/>
                """,
            body:
                #"<input ref="/data/age"><label>Age</label></input><input ref="/data/school"><label>School</label></input>"#
        )
        var session = FormSession(form: form, startedAt: start)
        #expect(keys(session, form) == ["q:/data/age"], "no age yet: school is not relevant")
        try session.answer("7", at: "/data/age", in: form)
        #expect(keys(session, form) == ["q:/data/age", "q:/data/school"])
        try session.answer("Trường Kim Đồng", at: "/data/school", in: form)
        #expect(
            session.submissionXML(form: form, instanceID: "uuid:1", endedAt: start).contains(
                "<school>Trường Kim Đồng</school>"))
        try session.answer("4", at: "/data/age", in: form)
        #expect(keys(session, form) == ["q:/data/age"])
        let xml = session.submissionXML(form: form, instanceID: "uuid:1", endedAt: start)
        #expect(!xml.contains("school"), "a non-relevant node leaves the submission")
        try session.answer("8", at: "/data/age", in: form)
        #expect(session.value(at: "/data/school") == "Trường Kim Đồng", "its value comes back with it")
    }

    @Test func calculationsFollowTheirInputsInOrder() throws {
        let form = try form(
            instance: #"<instance><data id="t"><year/><age/><label/><adult/></data></instance>"#,
            binds: """
                <bind nodeset="/data/year" type="int"/>
                <bind nodeset="/data/label" calculate="concat('tuổi: ', /data/age)"/>
                <bind nodeset="/data/age" calculate="if(/data/year = '', '', 2026 - /data/year)"/>
                <bind nodeset="/data/adult" calculate="/data/age &gt;= 18"/>
                """,
            body: #"<input ref="/data/year"><label>Year</label></input>"#)
        var session = FormSession(form: form, startedAt: start)
        #expect(session.value(at: "/data/age") == nil)
        try session.answer("1990", at: "/data/year", in: form)
        #expect(session.value(at: "/data/age") == "36")
        #expect(session.value(at: "/data/label") == "tuổi: 36", "calculated after age though written before it")
        #expect(session.value(at: "/data/adult") == "true")
        try session.answer("2015", at: "/data/year", in: form)
        #expect(session.value(at: "/data/adult") == "false")
    }

    @Test func aConstraintRefusesLeavingWithTheMessageInTheLanguage() throws {
        let itext = """
            <itext><translation lang="Tiếng Việt (vi)" default="true()"><text id="c"><value>Năm sinh phải từ 1900 đến nay</value></text></translation>
            <translation lang="English (en)"><text id="c"><value>The year must be 1900 or later</value></text></translation></itext>
            """
        let form = try form(
            instance: #"<instance><data id="t"><year/><name/></data></instance>"#,
            binds: """
                <bind nodeset="/data/year" type="int" constraint=". &gt;= 1900 and . &lt;= 2026" jr:constraintMsg="jr:itext('c')"/>
                <bind nodeset="/data/name" type="string" required="/data/year &lt; 2000"/>
                """,
            body:
                #"<input ref="/data/year"><label>Year</label></input><input ref="/data/name"><label>Name</label></input>"#,
            itext: itext)
        var session = FormSession(form: form, startedAt: start, language: "en")
        try session.answer("1850", at: "/data/year", in: form)
        #expect(throws: FormError.constraint(path: "/data/year", message: "The year must be 1900 or later")) {
            try session.next(in: form)
        }
        session.language = "vi"
        #expect(throws: FormError.constraint(path: "/data/year", message: "Năm sinh phải từ 1900 đến nay")) {
            try session.next(in: form)
        }
        try session.answer("1990", at: "/data/year", in: form)
        try session.next(in: form)
        #expect(throws: FormError.required(path: "/data/name"), "required because born before 2000") {
            try session.next(in: form)
        }
        session.back(in: form)
        try session.answer("2010", at: "/data/year", in: form)
        try session.next(in: form)
        try session.next(in: form)
        #expect(session.isAtEnd)
    }

    @Test func aFieldListGroupIsOneScreenAndAPlainGroupIsNot() throws {
        let form = try form(
            instance:
                #"<instance><data id="t"><mother><name/><year/></mother><father><name/></father></data></instance>"#,
            binds: #"<bind nodeset="/data/father" relevant="/data/mother/name != ''"/>"#,
            body: """
                <group ref="/data/mother" appearance="field-list"><label>Mother</label>
                  <input ref="/data/mother/name"><label>Name</label></input>
                  <input ref="year"><label>Year</label></input>
                </group>
                <group ref="/data/father"><label>Father</label><input ref="name"><label>Name</label></input></group>
                """)
        var session = FormSession(form: form, startedAt: start)
        #expect(keys(session, form) == ["g:/data/mother"])
        #expect(session.currentScreen(in: form)?.questions.map(\.path) == ["/data/mother/name", "/data/mother/year"])
        try session.answer("Hoa", at: "/data/mother/name", in: form)
        #expect(keys(session, form) == ["g:/data/mother", "q:/data/father/name"])
    }

    @Test func repeatsAddInstancesOnRequestAndIndexTheirPaths() throws {
        let form = try form(
            instance: """
                <instance><data id="t"><child jr:template=""><name/><age/></child><count/><meta><instanceID/></meta></data></instance>
                """,
            binds: """
                <bind nodeset="/data/child/age" type="int"/>
                <bind nodeset="/data/count" calculate="count(/data/child)"/>
                """,
            body: """
                <group ref="/data/child"><label>Child</label><repeat nodeset="/data/child">
                  <input ref="/data/child/name"><label>Name of child <output value="position(..)"/></label></input>
                  <input ref="/data/child/age"><label>Age</label></input>
                </repeat></group>
                """)
        var session = FormSession(form: form, startedAt: start)
        #expect(keys(session, form) == ["r:/data|/data/child"], "a template only: no instance yet")
        #expect(session.value(at: "/data/count") == "0")
        try session.addRepeat(in: form)
        #expect(session.currentQuestion(in: form)?.path == "/data/child[1]/name")
        try session.answer("A Páo", at: "/data/child[1]/name", in: form)
        try session.answer("5", at: "/data/child[1]/age", in: form)
        try session.next(in: form)
        try session.next(in: form)
        #expect(session.currentScreen(in: form)?.key == "r:/data|/data/child")
        try session.addRepeat(in: form)
        #expect(session.currentQuestion(in: form)?.path == "/data/child[2]/name")
        #expect(
            session.text(for: session.currentQuestion(in: form)!.question.label, form: form, at: "/data/child[2]/name")
                == "Name of child 2")
        try session.answer("Mỷ", at: "/data/child[2]/name", in: form)
        #expect(session.value(at: "/data/count") == "2")
        let xml = session.submissionXML(form: form, instanceID: "uuid:r", endedAt: start)
        #expect(xml.components(separatedBy: "<child>").count == 3)
        #expect(xml.contains("<name>A Páo</name>") && xml.contains("<name>Mỷ</name>") && !xml.contains("template"))
        try session.removeRepeat(at: "/data/child[1]", in: form)
        #expect(session.value(at: "/data/child[1]/name") == "Mỷ")
        #expect(session.value(at: "/data/count") == "1")
    }

    @Test func aCountedRepeatFollowsItsCountWithinBounds() throws {
        let form = try form(
            instance: #"<instance><data id="t"><n/><child><name/></child></data></instance>"#,
            binds: #"<bind nodeset="/data/n" type="int"/>"#,
            body: """
                <input ref="/data/n"><label>How many</label></input>
                <repeat nodeset="/data/child" jr:count="/data/n"><input ref="name"><label>Name</label></input></repeat>
                """)
        var session = FormSession(form: form, startedAt: start)
        try session.answer("3", at: "/data/n", in: form)
        #expect(
            keys(session, form) == [
                "q:/data/n", "q:/data/child[1]/name", "q:/data/child[2]/name", "q:/data/child[3]/name",
            ])
        try session.answer("Lan", at: "/data/child[3]/name", in: form)
        try session.answer("1", at: "/data/n", in: form)
        #expect(keys(session, form) == ["q:/data/n", "q:/data/child[1]/name"])
        #expect(throws: FormError.tooManyRepeats(path: "/data/child", count: 100_000_000)) {
            try session.answer("100000000", at: "/data/n", in: form)
        }
        #expect(session.value(at: "/data/n") == "1", "the refused answer changed nothing")
    }

    @Test func itemsetsFilterASecondaryInstanceByAnEarlierAnswer() throws {
        let csv = Data(
            "name,label,province\n001,\"Xã Lũng Cú\",ha_giang\n002,Xã Đồng Văn,ha_giang\n003,Xã Ia Grai,gia_lai\n".utf8)
        let form = try form(
            instance: """
                <instance><data id="t"><province/><commune/></data></instance>
                <instance id="provinces"><root><item><name>ha_giang</name><label>Hà Giang</label></item><item><name>gia_lai</name><label>Gia Lai</label></item></root></instance>
                <instance id="communes" src="jr://file-csv/communes.csv"/>
                """,
            binds: "",
            body: """
                <select1 ref="/data/province"><label>Province</label><itemset nodeset="instance('provinces')/root/item"><value ref="name"/><label ref="label"/></itemset></select1>
                <select1 ref="/data/commune"><label>Commune</label><itemset nodeset="instance('communes')/root/item[province = current()/../province]"><value ref="name"/><label ref="label"/></itemset></select1>
                """,
            attachments: ["communes.csv": csv])
        var session = FormSession(form: form, startedAt: start)
        #expect(session.currentQuestion(in: form)?.choices.map(\.value) == ["ha_giang", "gia_lai"])
        try session.answer("ha_giang", at: "/data/province", in: form)
        try session.next(in: form)
        let communes = try #require(session.currentQuestion(in: form)?.choices)
        #expect(communes.map(\.value) == ["001", "002"])
        #expect(communes.compactMap(\.label.literal) == ["Xã Lũng Cú", "Xã Đồng Văn"])
        #expect(throws: FormError.invalidValue(path: "/data/commune", value: "003", expected: .select1)) {
            try session.answer("003", at: "/data/commune", in: form)
        }
        try session.answer("002", at: "/data/commune", in: form)
    }

    @Test func aSessionRestoresExactlyFromItsSnapshot() throws {
        let form = try form(
            instance: #"<instance><data id="t"><child jr:template=""><name/></child><total/></data></instance>"#,
            binds: #"<bind nodeset="/data/total" calculate="count(/data/child)"/>"#,
            body: #"<repeat nodeset="/data/child"><input ref="name"><label>Name</label></input></repeat>"#)
        var session = FormSession(form: form, startedAt: start, language: "vi")
        try session.addRepeat(in: form)
        try session.answer("Sùng", at: "/data/child[1]/name", in: form)
        let restored = try FormSession(snapshot: session.snapshot(), form: form)
        #expect(restored == session)
        #expect(restored.currentQuestion(in: form)?.path == "/data/child[1]/name")

        var hostile = try JSONSerialization.jsonObject(with: session.snapshot()) as? [String: Any] ?? [:]
        var data = hostile["data"] as? [String: Any] ?? [:]
        var nodes = data["nodes"] as? [[String: Any]] ?? []
        nodes[1]["children"] = [1]  // a node that is its own child
        data["nodes"] = nodes
        hostile["data"] = data
        let bytes = try JSONSerialization.data(withJSONObject: hostile)
        #expect(throws: FormError.self) { try FormSession(snapshot: bytes, form: form) }
    }
}

@Suite("Repeat order")
struct RepeatOrderTests {
    /// New instances stand where the form declares them, in counted and added repeats alike, also
    /// inside a new outer instance: the submission keeps the form's order.
    @Test func instancesKeepTheFormsOrder() throws {
        let xml = FormFixtures.inline(
            instance: """
                <instance><data id="o"><n/><visit jr:template=""><day/></visit><visit><day/></visit><house jr:template=""><head/><member jr:template=""><who/></member><total/></house><after/><meta><instanceID/></meta></data></instance>
                """,
            binds: #"<bind nodeset="/data/n" type="int"/>"#,
            body: """
                <input ref="/data/n"><label>N</label></input>
                <repeat nodeset="/data/visit" jr:count="/data/n"><input ref="day"><label>Day</label></input></repeat>
                <repeat nodeset="/data/house"><input ref="head"><label>Head</label></input>
                  <repeat nodeset="/data/house/member"><input ref="who"><label>Who</label></input></repeat>
                  <input ref="total"><label>Total</label></input></repeat>
                <input ref="/data/after"><label>After</label></input>
                """)
        let form = try XForm.parse(xml)
        var session = FormSession(form: form, startedAt: Date())
        try session.answer("0", at: "/data/n", in: form)
        try session.answer("2", at: "/data/n", in: form)
        session.jump(to: "r:/data|/data/house", in: form)
        try session.addRepeat(in: form)
        session.jump(to: "r:/data/house[1]|/data/house/member", in: form)
        try session.addRepeat(in: form)
        let xmlOut = session.submissionXML(form: form, instanceID: "uuid:o", endedAt: Date())
        let order = [
            "<n>2</n>", "<visit>", "<visit>", "<house>", "<head/>", "<member>", "<total/>", "<after/>", "<meta>",
        ]
        var cursor = xmlOut.startIndex
        for tag in order {
            guard let range = xmlOut.range(of: tag, range: cursor..<xmlOut.endIndex) else {
                Issue.record("\(tag) missing or out of order in\n\(xmlOut)")
                return
            }
            cursor = range.upperBound
        }
    }
}

@Suite("Loading a submitted instance")
struct InstanceLoadingTests {
    @Test func aSubmissionLoadsBackWithItsRepeatsAndChoices() throws {
        let form = try XForm.parse(
            FormFixtures.inline(
                instance: """
                    <instance><data id="t"><kind/><child jr:template=""><name/></child><count/><meta><instanceID/></meta></data></instance>
                    <instance id="kinds"><root><item><name>a</name><label>Loại A</label></item></root></instance>
                    """,
                binds: #"<bind nodeset="/data/count" calculate="count(/data/child)"/>"#,
                body: """
                    <select1 ref="/data/kind"><label>Kind</label><itemset nodeset="instance('kinds')/root/item"><value ref="name"/><label ref="label"/></itemset></select1>
                    <repeat nodeset="/data/child"><input ref="name"><label>Name</label></input></repeat>
                    """))
        var original = FormSession(form: form, startedAt: Date())
        try original.answer("a", at: "/data/kind", in: form)
        for name in ["Páo", "Mỷ"] {
            original.jump(to: "r:/data|/data/child", in: form)
            try original.addRepeat(in: form)
            try original.answer(name, at: original.currentQuestion(in: form)?.path ?? "", in: form)
        }
        let xml = original.submissionXML(form: form, instanceID: "uuid:1", endedAt: Date())
        let loaded = try FormSession(form: form, instanceXML: Data(xml.utf8), startedAt: Date())
        #expect(loaded.value(at: "/data/child[2]/name") == "Mỷ")
        #expect(loaded.value(at: "/data/count") == "2")
        let kind = try #require(loaded.questions(in: form).first)
        #expect(form.answerText(kind.value, choices: kind.choices, language: "vi") == "Loại A")
        #expect(throws: FormError.badSnapshot("the instance is not of form t")) {
            try FormSession(
                form: form, instanceXML: Data(#"<data id="other"><kind>a</kind></data>"#.utf8), startedAt: Date())
        }
    }
}
