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

    @Test func formsWithBrokenLogicAreRefusedWithTheReason() {
        let upload = #"<upload ref="/data/name" mediatype="image/*"><label>Photo</label></upload>"#
        #expect(parseError(FormFixtures.inline(body: upload)) == .unsupported("<upload> in the body"))
        let unknown = #"<bind nodeset="/data/name" relevant="frobnicate(1)"/>"#
        #expect(
            parseError(FormFixtures.inline(binds: unknown))
                == .badExpression(context: "relevant of /data/name", message: "unknown function frobnicate()"))
        let arity = #"<bind nodeset="/data/name" calculate="substr()"/>"#
        guard case .badExpression(let context, _) = parseError(FormFixtures.inline(binds: arity)) else {
            Issue.record("wrong arity accepted")
            return
        }
        #expect(context == "calculate of /data/name")
        let syntax = #"<bind nodeset="/data/name" constraint=". &gt; "/>"#
        guard case .badExpression = parseError(FormFixtures.inline(binds: syntax)) else {
            Issue.record("unparsable constraint accepted")
            return
        }
        let dangling = #"<bind nodeset="/data/name" relevant="/data/nowhere = 'x'"/>"#
        #expect(
            parseError(FormFixtures.inline(binds: dangling))
                == .unresolvedReference("/data/nowhere in relevant of /data/name"))
        let groupNode = #"<input ref="/data/meta"><label>M</label></input>"#
        #expect(parseError(FormFixtures.inline(body: groupNode)) == .unsupported("input on the group node /data/meta"))
        let emptySelect = #"<select1 ref="/data/name"><label>N</label></select1>"#
        #expect(parseError(FormFixtures.inline(body: emptySelect)) == .missingElement("item or itemset in /data/name"))
        let noInstance =
            #"<instance><data id="t"><name/></data></instance><instance id="x" src="jr://file-csv/x.csv"/>"#
        #expect(parseError(FormFixtures.inline(instance: noInstance)) == .unresolvedReference("jr://file-csv/x.csv"))
    }

    @Test func aCircleOfCalculationsIsALoadError() {
        let instance = #"<instance><data id="t"><a/><b/><name/></data></instance>"#
        let binds =
            #"<bind nodeset="/data/a" calculate="/data/b + 1"/><bind nodeset="/data/b" calculate="/data/a * 2"/>"#
        guard case .cycle(let names) = parseError(FormFixtures.inline(instance: instance, binds: binds)) else {
            Issue.record("cycle accepted")
            return
        }
        #expect(Set(names) == ["calculate of /data/a", "calculate of /data/b"])
        // Through a relevance condition too, as JavaRosa sees it.
        let viaRelevance =
            #"<bind nodeset="/data/name" relevant="/data/b = 'x'"/><bind nodeset="/data/b" calculate="/data/name"/>"#
        guard case .cycle = parseError(FormFixtures.inline(instance: instance, binds: viaRelevance)) else {
            Issue.record("cycle through relevance accepted")
            return
        }
    }

    @Test func descriptionsReadLikeLogLines() {
        #expect(
            FormError.invalidValue(path: "/data/birth_year", value: "19a5", expected: .int).description
                == "answer: /data/birth_year is not a valid int")
        #expect(FormError.missingElement("h:head/model").description == "form: missing element h:head/model")
    }
}

@Suite struct FormFuzzRegressionTests {
    /// Found by Tests/Fuzz/FormFuzz.swift: an attribute name of invalid UTF-8 made Foundation's
    /// XMLParser trap. It must be a clear error instead.
    @Test func invalidUTF8IsAnErrorNotACrash() throws {
        let data = try FormFixtures.fixture("fuzz-invalid-utf8-attribute-name.xml")
        #expect(throws: FormError.malformedXML("not valid UTF-8")) { try XForm.parse(data) }
        #expect(throws: FormError.malformedXML("not valid UTF-8")) { try XForm.parse(Data([0x3C, 0x61, 0xE4, 0x3E])) }
    }
}

@Suite struct HostileFormTests {
    /// A document nested deeper than any form needs is refused by the parser with a reason, not
    /// followed down until the stack runs out.
    @Test func deepNestingIsAClearError() {
        let depth = 20_000
        let xml = String(repeating: "<g>", count: depth) + String(repeating: "</g>", count: depth)
        #expect(throws: FormError.self) { try XForm.parse(Data(xml.utf8)) }
        let deepInstance =
            "<instance><data id=\"t\">" + String(repeating: "<g>", count: 5_000)
            + String(repeating: "</g>", count: 5_000) + "</data></instance>"
        #expect(throws: FormError.self) { try XForm.parse(FormFixtures.inline(instance: deepInstance)) }
    }

    /// A long run of nested expressions in a bind is refused by the XPath parser's bounds.
    @Test func hostileExpressionsAreRefused() {
        let nested = String(repeating: "(", count: 500) + "1" + String(repeating: ")", count: 500)
        let binds = #"<bind nodeset="/data/name" calculate="\#(nested)"/>"#
        #expect(throws: FormError.self) { try XForm.parse(FormFixtures.inline(binds: binds)) }
    }
}
