import Foundation
import Testing

@testable import KioskForms

@Suite("Reading a form")
struct XFormParsingTests {
    @Test func birthCertificateIdentity() throws {
        let form = try FormFixtures.birthCertificate()
        #expect(form.id == "birth-certificate-copy")
        #expect(form.version == "2026112201")
        #expect(form.title == "Bản sao trích lục khai sinh")
        #expect(form.rootName == "data")
        #expect(form.languages == ["vi", "en"])
        #expect(form.languageNames == ["vi": "Tiếng Việt (vi)", "en": "English (en)"])
        #expect(form.defaultLanguage == "vi")
    }

    @Test func birthCertificateQuestions() throws {
        let form = try FormFixtures.birthCertificate()
        #expect(form.questions.map(\.path) == ["/data/for_whom", "/data/birth_year", "/data/copies", "/data/receive"])
        #expect(form.questions.map(\.control) == [.select1, .input, .select1, .select1])
        #expect(form.questions.map(\.dataType) == [.string, .int, .string, .string])
        #expect(form.questions.map(\.required) == [true, true, true, true])
        #expect(
            form.questions.map { $0.choices.map(\.value) } == [
                ["self", "child", "parent"], [], ["1", "2", "3"], ["office", "post"],
            ])

        let birthYear = try #require(form.question(at: "/data/birth_year"))
        #expect(birthYear.label == Label(itextID: "/data/birth_year:label"))
        #expect(birthYear.hint == Label(itextID: "/data/birth_year:hint"))
        #expect(form.questions[0].choices[1].label == Label(itextID: "/data/for_whom/child:label"))
        #expect(form.questions[0].hint == nil)
        #expect(form.question(at: "/data/meta/instanceID") == nil)
        #expect(form.questionIndex(at: "/data/copies") == 2)
    }

    @Test func vietnameseTextKeepsItsDiacritics() throws {
        let form = try FormFixtures.birthCertificate()
        let text = try #require(form.text("/data/receive/office:label", language: "vi"))
        // Bytes, not String ==, which would also accept a decomposed (NFD) string.
        #expect(Array(text.utf8) == Array("Tại Trung tâm phục vụ hành chính công xã".utf8))
        #expect(form.text("/data/for_whom:label", language: "vi") == "Bạn xin bản sao khai sinh cho ai?")
        #expect(form.text("/data/for_whom:label", language: "en") == "Whose birth certificate copy do you need?")
    }

    @Test func mediaFormsResolvePerLanguage() throws {
        let form = try FormFixtures.birthCertificate()
        #expect(form.text("/data/copies:label", language: "en", form: .audio) == "jr://audio/en/copies.wav")
        #expect(form.text("/data/copies:label", language: "vi", form: .audio) == "jr://audio/copies.wav")
        #expect(form.text("/data/for_whom/parent:label", language: "vi", form: .image) == "jr://images/elder.svg")
        let question = form.questions[0]
        #expect(form.text(for: question.label, language: "en", form: .image) == "jr://images/person.svg")
        // No language has audio for this choice.
        #expect(form.text("/data/copies/1:label", language: "en", form: .audio) == nil)
        #expect(form.text("/data/copies/1:label", language: "vi", form: .bigImage) == nil)
    }

    @Test func unknownLanguageFallsBackToDefault() throws {
        let form = try FormFixtures.birthCertificate()
        #expect(form.text("/data/copies/2:label", language: "jra") == "Hai bản")
        #expect(form.text("/data/copies/2:label", language: "English (en)") == "Two copies")
        #expect(form.text("/data/nothing:label", language: "vi") == nil)
    }

    @Test func missingEnglishTextFallsBackToVietnamese() throws {
        let itext = """
            <itext>
              <translation lang="Tiếng Việt (vi)" default="true()">
                <text id="/data/name:label"><value>Họ và tên</value><value form="audio">jr://audio/name.wav</value></text>
                <text id="/data/name:hint"><value>Viết hoa có dấu</value></text>
              </translation>
              <translation lang="English (en)">
                <text id="/data/name:label"><value>Full name</value></text>
              </translation>
            </itext>
            """
        let body =
            #"<input ref="/data/name"><label ref="jr:itext('/data/name:label')"/><hint ref="jr:itext('/data/name:hint')"/></input>"#
        let form = try XForm.parse(FormFixtures.inline(itext: itext, body: body))
        let question = try #require(form.questions.first)
        #expect(form.text(for: question.label, language: "en") == "Full name")
        #expect(form.text(for: try #require(question.hint), language: "en") == "Viết hoa có dấu")
        #expect(form.text("/data/name:label", language: "en", form: .audio) == "jr://audio/name.wav")
    }

    @Test func defaultLanguageIsTheMarkedOneElseTheFirst() throws {
        func itext(_ marked: String) -> String {
            """
            <itext>
              <translation lang="French"><text id="l"><value>Nom</value></text></translation>
              <translation lang="Hmoob (hmn)"\(marked)><text id="l"><value>Npe</value></text></translation>
            </itext>
            """
        }
        let body = #"<input ref="/data/name"><label ref="jr:itext('l')"/></input>"#
        let marked = try XForm.parse(FormFixtures.inline(itext: itext(#" default="true()""#), body: body))
        #expect(marked.languages == ["French", "hmn"])
        #expect(marked.defaultLanguage == "hmn")
        let unmarked = try XForm.parse(FormFixtures.inline(itext: itext(""), body: body))
        #expect(unmarked.defaultLanguage == "French")
        #expect(unmarked.text("l", language: "xx") == "Nom")
    }

    @Test func literalLabelsAndFormsWithoutItext() throws {
        let form = try XForm.parse(FormFixtures.inline(title: ""))
        #expect(form.title == "test")
        #expect(form.languages.isEmpty && form.defaultLanguage == nil)
        let question = try #require(form.questions.first)
        #expect(question.label == Label(literal: "Name"))
        #expect(form.text(for: question.label, language: "vi") == "Name")
        #expect(form.text(for: question.label, language: "vi", form: .audio) == nil)
    }

    @Test(arguments: [
        ("xsd:int", DataType.int), ("int", .int), ("integer", .int), ("decimal", .decimal), ("xsd:date", .date),
        ("dateTime", .dateTime), ("select1", .select1), ("geopoint", .geopoint), ("geoshape", .string),
        ("binary", .string), ("", .string),
    ])
    func bindTypes(attribute: String, expected: DataType) {
        #expect(DataType(xformType: attribute) == expected)
    }

    @Test func controlsTypesAndAppearances() throws {
        let instance = #"<instance><data id="t"><when/><size/><tags/><ok/></data></instance>"#
        let binds = """
            <bind nodeset="/data/when" type="date"/><bind nodeset="/data/size" type="decimal" required="false()"/>
            <bind nodeset="/data/tags" type="select"/>
            """
        let body = """
            <input ref="/data/when" appearance="no-calendar"><label>When</label></input>
            <input ref=" /data/size "><label>Size</label></input>
            <select ref="/data/tags"><label>Tags</label>
              <item><label>A</label><value>a</value></item><item><label>B</label><value> b </value></item></select>
            <trigger ref="/data/ok"><label>OK</label></trigger>
            """
        let form = try XForm.parse(FormFixtures.inline(instance: instance, binds: binds, body: body))
        #expect(form.questions.map(\.control) == [.input, .input, .select, .trigger])
        #expect(form.questions.map(\.dataType) == [.date, .decimal, .select, .string])
        #expect(form.questions.map(\.required) == [false, false, false, false])
        #expect(form.questions[0].appearance == "no-calendar")
        #expect(form.questions[1].path == "/data/size")
        #expect(
            form.questions[2].choices == [
                Choice(value: "a", label: Label(literal: "A")), Choice(value: "b", label: Label(literal: "B")),
            ])
        #expect(form.version == nil)
    }
}
