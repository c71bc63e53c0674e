import Foundation
import KioskForms
import KioskProcedures
import Testing

@Suite("Prompts: names and lookup")
struct PromptFilesTests {
    @Test(arguments: [
        ("/data/for_whom:label", "%2Fdata%2Ffor_whom%3Alabel.wav"),
        ("ui.back", "ui.back.wav"),
        ("checklist.birth-3in1.witness-statement.when", "checklist.birth-3in1.witness-statement.when.wav"),
        ("birth_place-0", "birth_place-0.wav"),
        ("a b~đ", "a%20b~%C4%91.wav"),
        ("..", "...wav"),
    ])
    func fileNamesArePercentEncodedIDs(id: String, file: String) {
        #expect(PromptFiles.fileName(for: id) == file)
    }

    @Test func pathsPutFormPromptsInTheirFormsFolder() {
        #expect(PromptFiles.path(for: "ui.back", language: "vi") == "vi/ui.back.wav")
        #expect(
            PromptFiles.path(for: "/data/x:label", language: "en", form: "f") == "en/forms/f/%2Fdata%2Fx%3Alabel.wav")
    }

    static let files = PromptFiles(
        recorded: ["jra/ui.back.wav", "vi/forms/f/%2Fdata%2Fx%3Alabel.wav", "vi/%2Fdata%2Fshared%3Alabel.wav"],
        built: [
            "vi/ui.back.wav", "vi/ui.next.wav", "vi/forms/f/%2Fdata%2Fx%3Alabel.wav",
            "vi/forms/f/%2Fdata%2Fy%3Alabel.wav",
            "vi/forms/g/%2Fdata%2Fy%3Alabel.wav", "vi/forms/g/%2Fdata%2Fonly_g%3Alabel.wav",
            "vi/forms/g/%2Fdata%2Fshared%3Alabel.wav", "en/ui.next.wav",
        ])

    @Test func aLanguageWithAudioPlaysItsOwnAndOthersFallBackToVietnamese() {
        #expect(
            Self.files.find("ui.back", language: "jra")
                == .init(source: .recorded, path: "jra/ui.back.wav", language: "jra"))
        #expect(
            Self.files.find("ui.back", language: "en") == .init(source: .built, path: "vi/ui.back.wav", language: "vi"))
        #expect(
            Self.files.find("ui.next", language: "en") == .init(source: .built, path: "en/ui.next.wav", language: "en"))
        #expect(Self.files.find("ui.next", language: "jra")?.path == "vi/ui.next.wav")
        #expect(Self.files.find("ui.back", language: "en", fallback: false) == nil)
        #expect(Self.files.find("ui.missing", language: "vi") == nil)
    }

    @Test func recordedBeatsBuiltAndTheFormsOwnBeatsShared() {
        #expect(Self.files.find("/data/x:label", language: "vi", form: "f")?.source == .recorded)
        #expect(
            Self.files.find("/data/y:label", language: "vi", form: "g")?.path == "vi/forms/g/%2Fdata%2Fy%3Alabel.wav")
        // A recording for every form beats the form's own built file.
        #expect(
            Self.files.find("/data/shared:label", language: "vi", form: "g")?.path == "vi/%2Fdata%2Fshared%3Alabel.wav")
        #expect(Self.files.find("/data/x:label", language: "vi", form: "g") == nil)
    }

    @Test func withoutAFormOnlyAnUnambiguousFormPromptIsFound() {
        #expect(
            Self.files.find("/data/only_g:label", language: "vi")?.path == "vi/forms/g/%2Fdata%2Fonly_g%3Alabel.wav")
        #expect(Self.files.find("/data/y:label", language: "vi") == nil)
        #expect(
            Self.files.missing(["/data/y:label", "ui.next", "ui.gone"], language: "en", form: nil) == [
                "/data/y:label", "ui.gone",
            ])
    }

    @Test func aFormsPromptIDsAreItsLabelsHintsAndChoices() throws {
        let form = try XForm.parse(
            Data(
                """
                <h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"
                        xmlns:jr="http://openrosa.org/javarosa">
                  <h:head><h:title>T</h:title><model>
                    <itext><translation lang="Tiếng Việt (vi)">
                      <text id="/data/g:label"><value>Nhóm</value></text>
                      <text id="/data/g/a:label"><value>A?</value></text>
                      <text id="/data/g/a:hint"><value>Gợi ý</value></text>
                      <text id="yn-0"><value>Có</value></text>
                      <text id="yn-1"><value>Không</value></text>
                      <text id="/data/b:label"><value>B?</value></text>
                      <text id="/data/b/x:label"><value>X</value></text>
                    </translation></itext>
                    <instance><data id="t"><g><a/></g><b/></data></instance>
                    <instance id="yn"><root><item><name>yes</name><itextId>yn-0</itextId></item>
                      <item><name>no</name><itextId>yn-1</itextId></item></root></instance>
                  </model></h:head>
                  <h:body>
                    <group ref="/data/g"><label ref="jr:itext('/data/g:label')"/>
                      <select1 ref="/data/g/a"><label ref="jr:itext('/data/g/a:label')"/>
                        <hint ref="jr:itext('/data/g/a:hint')"/>
                        <itemset nodeset="instance('yn')/root/item"><value ref="name"/><label ref="jr:itext(itextId)"/></itemset>
                      </select1>
                    </group>
                    <select1 ref="/data/b"><label ref="jr:itext('/data/b:label')"/>
                      <item><label ref="jr:itext('/data/b/x:label')"/><value>x</value></item>
                    </select1>
                  </h:body>
                </h:html>
                """.utf8))
        #expect(
            PromptFiles.promptIDs(of: form) == [
                "/data/g:label", "/data/g/a:label", "/data/g/a:hint", "/data/b:label", "/data/b/x:label", "yn-0",
                "yn-1",
            ])
    }
}
