import Foundation
import FoundationXML
import Testing

@testable import KioskForms

@Suite("Writing the submission")
struct SubmissionTests {
    let start = Date(timeIntervalSince1970: 1_795_000_000)
    let end = Date(timeIntervalSince1970: 1_795_000_321.5)
    let instanceID = "uuid:6f1c2a43-3c55-4bd7-9d43-2f0a9c1e7b10"

    func filledBirthCertificate() throws -> (XForm, FormSession) {
        let form = try FormFixtures.birthCertificate()
        var session = FormSession(form: form, startedAt: start)
        for (path, value) in [("/data/for_whom", "child"), ("/data/birth_year", "2019"), ("/data/copies", "2")] {
            try session.answer(value, at: path, in: form)
        }
        return (form, session)
    }

    /// The text of the element at a slash path below the root, read back with XMLDocument.
    func value(_ path: String, in document: XMLDocument) throws -> String? {
        try document.nodes(forXPath: "/" + path).first?.stringValue
    }

    @Test func parsesBackWithTheAnswersAndInstanceID() throws {
        let (form, session) = try filledBirthCertificate()
        let xml = session.submissionXML(form: form, instanceID: instanceID, endedAt: end)
        let document = try XMLDocument(data: Data(xml.utf8))
        let root = try #require(document.rootElement())
        #expect(root.name == "data")
        #expect(root.attribute(forName: "id")?.stringValue == "birth-certificate-copy")
        #expect(root.attribute(forName: "version")?.stringValue == "2026112201")
        #expect(try value("data/for_whom", in: document) == "child")
        #expect(try value("data/birth_year", in: document) == "2019")
        #expect(try value("data/copies", in: document) == "2")
        #expect(try value("data/receive", in: document) == "")
        #expect(try value("data/meta/instanceID", in: document) == instanceID)
    }

    @Test func matchesTheGoldenFile() throws {
        let (form, session) = try filledBirthCertificate()
        let xml = session.submissionXML(form: form, instanceID: instanceID, endedAt: end)
        let name = "birth-certificate-copy.submission.xml"
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try Data(xml.utf8).write(to: FormFixtures.fixtureSource(name))
            Issue.record("rewrote \(name); run again without RECORD_SNAPSHOTS")
            return
        }
        #expect(xml == String(decoding: try FormFixtures.fixture(name), as: UTF8.self))
        #expect(session.submissionXML(form: form, instanceID: instanceID, endedAt: end) == xml)
    }

    @Test func escapesMarkupInAnswers() throws {
        let form = try XForm.parse(FormFixtures.inline())
        var session = FormSession(form: form, startedAt: start)
        let answer = #"Lò <Thị> & "Mai" ]]> 'x'"#
        try session.answer(answer, at: "/data/name", in: form)
        let xml = session.submissionXML(form: form, instanceID: instanceID, endedAt: end)
        #expect(!xml.contains("<Thị>"))
        let document = try XMLDocument(data: Data(xml.utf8))
        #expect(try value("data/name", in: document) == answer)
        #expect(document.rootElement()?.attribute(forName: "version")?.stringValue == "7")
    }

    @Test func escapesAttributesOfTheTemplate() throws {
        let instance = #"<instance><data id="a&amp;b&quot;c&lt;" version="1"><name/></data></instance>"#
        let form = try XForm.parse(FormFixtures.inline(instance: instance))
        let xml = FormSession(form: form, startedAt: start).submissionXML(
            form: form, instanceID: instanceID, endedAt: end)
        let document = try XMLDocument(data: Data(xml.utf8))
        #expect(document.rootElement()?.attribute(forName: "id")?.stringValue == #"a&b"c<"#)
    }

    @Test func declaresPrefixesAndFillsPreloads() throws {
        let instance = """
            <instance><data id="t" orx:version="3"><name/><start/><end/><note>kept</note>
              <orx:meta><orx:instanceID/></orx:meta></data></instance>
            """
        let binds = """
            <bind nodeset="/data/start" type="dateTime" jr:preload="timestamp" jr:preloadParams="start"/>
            <bind nodeset="/data/end" type="dateTime" jr:preload="timestamp" jr:preloadParams="end"/>
            """
        let form = try XForm.parse(FormFixtures.inline(instance: instance, binds: binds))
        let xml = FormSession(form: form, startedAt: start).submissionXML(
            form: form, instanceID: instanceID, endedAt: end)
        #expect(xml.contains(#"<data xmlns:orx="http://openrosa.org/xforms" id="t" orx:version="3">"#))
        let document = try XMLDocument(data: Data(xml.utf8))
        #expect(try value("data/start", in: document) == "2026-11-18T11:06:40.000Z")
        #expect(try value("data/end", in: document) == "2026-11-18T11:12:01.500Z")
        #expect(try value("data/note", in: document) == "kept")
        let instanceIDs = try document.nodes(forXPath: "//*[local-name()='instanceID']")
        #expect(instanceIDs.map(\.stringValue) == [instanceID])
        #expect(instanceIDs.first?.uri == "http://openrosa.org/xforms")
    }
}
