import Foundation
import Testing

@testable import KioskForms

@Suite("Refusing bad forms")
struct FormErrorTests {
    func parseError(_ data: Data) -> FormError? {
        #expect(throws: FormError.self) { try XForm.parse(data) }
    }

    @Test func malformedXML() throws {
        let birth = try FormFixtures.birthCertificateData()
        let inputs: [Data] = [
            Data(), Data("not xml".utf8), Data("<h:html".utf8), Data("<a><b></a>".utf8),
            Data("<a/><b/>".utf8), Data([0xFF, 0xFE, 0x00, 0x3C]), birth.prefix(birth.count / 2),
            Data(#"<h:html xmlns:h="http://www.w3.org/1999/xhtml"><x:head/></h:html>"#.utf8),
        ]
        for input in inputs {
            let error = parseError(input)
            guard case .malformedXML(let reason) = error else {
                Issue.record("\(input.count) bytes: expected malformedXML, got \(String(describing: error))")
                continue
            }
            #expect(!reason.isEmpty)
        }
    }

    @Test func malformedXMLSaysWhere() {
        let error = parseError(Data("<h:html xmlns:h='http://www.w3.org/1999/xhtml'>\n<h:head>\n</h:html>".utf8))
        #expect(error == .malformedXML("end tag does not match start tag (libxml2 code 76) at line 3"))
    }

    @Test func missingParts() {
        #expect(parseError(Data("<root/>".utf8)) == .missingElement("h:html"))
        #expect(parseError(FormFixtures.inline(model: "")) == .missingElement("h:head/model"))
        #expect(
            parseError(FormFixtures.inline(model: "<model><bind nodeset='/data/x'/></model>"))
                == .missingElement("instance"))
        #expect(parseError(FormFixtures.inline(instance: "<instance/>")) == .missingElement("instance root element"))
        #expect(
            parseError(FormFixtures.inline(instance: "<instance><data><name/></data></instance>"))
                == .missingElement("data@id"))
        let noBody = Data(
            #"<h:html xmlns:h="http://www.w3.org/1999/xhtml"><h:head><model><instance><d id="x"/></instance></model></h:head></h:html>"#
                .utf8)
        #expect(parseError(noBody) == .missingElement("h:body"))
    }

    @Test func controlWithDanglingRef() {
        let body = #"<input ref="/data/nowhere"><label>?</label></input>"#
        #expect(parseError(FormFixtures.inline(body: body)) == .unresolvedReference("/data/nowhere"))
    }

    @Test func bindToNowhere() {
        let binds = #"<bind nodeset="/data/ghost" type="int"/>"#
        #expect(parseError(FormFixtures.inline(binds: binds)) == .unresolvedReference("/data/ghost"))
    }

    @Test func missingItextID() {
        let itext =
            #"<itext><translation lang="Tiếng Việt (vi)"><text id="/data/name:label"><value>Tên</value></text></translation></itext>"#
        let body =
            #"<input ref="/data/name"><label ref="jr:itext('/data/name:label')"/><hint ref="jr:itext('/data/name:hint')"/></input>"#
        #expect(parseError(FormFixtures.inline(itext: itext, body: body)) == .unresolvedReference("/data/name:hint"))
        let choiceBody = """
            <select1 ref="/data/name"><label>N</label><item><label ref="jr:itext('/data/name/a:label')"/><value>a</value></item></select1>
            """
        #expect(parseError(FormFixtures.inline(body: choiceBody)) == .unresolvedReference("/data/name/a:label"))
    }

    @Test func featuresOfLaterVersionsAreRefusedByName() {
        let group = #"<group ref="/data/meta"><label>G</label></group>"#
        #expect(parseError(FormFixtures.inline(body: group)) == .unsupported("<group> in the body"))
        let relevant = #"<bind nodeset="/data/name" relevant="/data/name != ''"/>"#
        #expect(parseError(FormFixtures.inline(binds: relevant)) == .unsupported("relevant on bind /data/name"))
        let dynamic = #"<bind nodeset="/data/name" required="/data/meta/instanceID = ''"/>"#
        #expect(
            parseError(FormFixtures.inline(binds: dynamic))
                == .unsupported(#"required="/data/meta/instanceID = ''" on bind /data/name"#))
        let output = #"<input ref="/data/name"><label>Hi <output value="/data/name"/></label></input>"#
        #expect(parseError(FormFixtures.inline(body: output)) == .unsupported("<output> inside <label>"))
        let itemset =
            #"<select1 ref="/data/name"><label>N</label><itemset nodeset="instance('x')/root/item"/></select1>"#
        #expect(parseError(FormFixtures.inline(body: itemset)) == .unsupported("itemset in /data/name"))
        let groupNode = #"<input ref="/data/meta"><label>M</label></input>"#
        #expect(parseError(FormFixtures.inline(body: groupNode)) == .unsupported("input on the group node /data/meta"))
        let emptySelect = #"<select1 ref="/data/name"><label>N</label></select1>"#
        #expect(parseError(FormFixtures.inline(body: emptySelect)) == .missingElement("item in /data/name"))
    }

    @Test func descriptionsReadLikeLogLines() {
        #expect(
            FormError.invalidValue(path: "/data/birth_year", value: "19a5", expected: .int).description
                == #"answer: /data/birth_year = "19a5" is not a valid int"#)
        #expect(FormError.missingElement("h:head/model").description == "form: missing element h:head/model")
    }
}
