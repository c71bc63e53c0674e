import Foundation
import KioskForms
import Testing

@testable import KioskApp

/// `kiosk form fill` and `kiosk form check` as a technician uses them, on forms in a temporary
/// folder laid out as ODK tools lay them out (FORM.xml beside FORM-media/).
@Suite struct FormFillerTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("fill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("household-media"), withIntermediateDirectories: true)
    }

    /// A household form: a repeat of children the citizen adds one by one, a commune chosen from a
    /// CSV in the media folder, a constraint with a message, a label quoting an answer.
    func household() throws -> FormFiles {
        let xml = """
            <h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa">
            <h:head><h:title>Hộ gia đình</h:title><model>
              <instance><data id="household" version="1"><commune/><child jr:template=""><name/><year/></child><count/><meta><instanceID/></meta></data></instance>
              <instance id="communes" src="jr://file-csv/communes.csv"/>
              <bind nodeset="/data/commune" type="string" required="true()"/>
              <bind nodeset="/data/child/year" type="int" constraint=". &gt;= 2000" jr:constraintMsg="Năm sinh phải từ 2000"/>
              <bind nodeset="/data/count" calculate="count(/data/child)"/>
            </model></h:head>
            <h:body>
              <select1 ref="/data/commune"><label>Xã</label><itemset nodeset="instance('communes')/root/item"><value ref="name"/><label ref="label"/></itemset></select1>
              <group ref="/data/child"><label>Con</label><repeat nodeset="/data/child">
                <input ref="/data/child/name"><label>Tên con</label></input>
                <input ref="/data/child/year"><label>Năm sinh của <output value="../name"/></label></input>
              </repeat></group>
            </h:body></h:html>
            """
        let url = folder.appendingPathComponent("household.xml")
        try Data(xml.utf8).write(to: url)
        try Data("name,label\n01,Xã Lũng Cú\n02,Xã Đồng Văn\n".utf8)
            .write(to: folder.appendingPathComponent("household-media/communes.csv"))
        return FormFiles(url: url)
    }

    @Test func fillsScreenByScreenAddingRepeatsTheAnswersName() throws {
        let form = try household().load()
        var lines: [String] = []
        let filler = FormFiller(form: form, language: nil, now: Date(timeIntervalSince1970: 1_795_000_000))
        let session = try filler.fill([
            "/data/commune": "02", "/data/child[1]/name": "Páo", "/data/child[1]/year": "2015",
            "/data/child[2]/name": "Mỷ", "/data/child[2]/year": "2019",
        ]) { screen, session in
            lines += screen.questions.map {
                "\($0.path): \(session.text(for: $0.question.label, form: form, at: $0.path) ?? "")"
            }
        }
        #expect(lines.contains("/data/child[2]/year: Năm sinh của Mỷ"))
        #expect(lines.filter { $0.hasSuffix("/name: Tên con") }.count == 2, "two children were added")
        let xml = session.submissionXML(form: form, instanceID: "uuid:x", endedAt: Date())
        #expect(xml.contains("<commune>02</commune>") && xml.contains("<count>2</count>"))
        #expect(xml.contains("<name>Páo</name>") && xml.contains("<year>2019</year>"))
    }

    @Test func aRefusedAnswerStopsTheFillNamingTheQuestionAndItsMessage() throws {
        let filler = FormFiller(form: try household().load(), language: nil, now: Date())
        let constraint = FormError.constraint(path: "/data/child[1]/year", message: "Năm sinh phải từ 2000")
        #expect(throws: FormFiller.Failure.refused(constraint)) {
            _ = try filler.fill(["/data/commune": "01", "/data/child[1]/name": "A", "/data/child[1]/year": "1990"])
        }
        #expect(FormFiller.Failure.refused(constraint).description == "/data/child[1]/year: Năm sinh phải từ 2000")
        #expect(throws: FormFiller.Failure.refused(.required(path: "/data/commune"))) {
            _ = try filler.fill([:])
        }
        #expect(
            throws: FormFiller.Failure.refused(.invalidValue(path: "/data/commune", value: "99", expected: .select1))
        ) {
            _ = try filler.fill(["/data/commune": "99"])
        }
    }

    @Test func anAnswerForAQuestionNeverAskedIsAnError() throws {
        let filler = FormFiller(form: try household().load(), language: nil, now: Date())
        #expect(throws: FormFiller.Failure.unused(["/data/nothing"])) {
            _ = try filler.fill(["/data/commune": "01", "/data/nothing": "x"])
        }
    }

    @Test func checkListsMissingTranslationsAndMedia() throws {
        let xml = """
            <h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa">
            <h:head><h:title>T</h:title><model><itext>
              <translation lang="Tiếng Việt (vi)"><text id="q:label"><value>Câu hỏi</value><value form="image">jr://images/present.svg</value><value form="audio">jr://audio/q.wav</value></text></translation>
              <translation lang="English (en)"><text id="other"><value>x</value></text></translation>
            </itext><instance><data id="t"><q/></data></instance></model></h:head>
            <h:body><input ref="/data/q"><label ref="jr:itext('q:label')"/></input></h:body></h:html>
            """
        let files = FormFiles(url: folder.appendingPathComponent("t.xml"))
        try Data(xml.utf8).write(to: files.url)
        try FileManager.default.createDirectory(at: files.mediaURL, withIntermediateDirectories: true)
        try Data("<svg/>".utf8).write(to: files.mediaURL.appendingPathComponent("present.svg"))
        let problems = try files.load().problems { files.mediaExists($0, sharedIcons: nil) }.map(\.description)
        #expect(
            problems == [
                "/data/q: itext q:label has no text in English (en)",
                "itext q:label: audio file jr://audio/q.wav is missing",
            ])
    }
}
