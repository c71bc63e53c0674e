import Foundation
import KioskForms
import KioskTesting
import Testing

@testable import KioskPrinting

/// Long content: a repeat of 40 household members flows over several pages, every member printed
/// once, nothing below the bottom margin, the heading on the first page only.
@Suite("Printed forms: repeats and page breaks")
struct PrintedRepeatTests {
    static let formXML = """
        <h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa">
        <h:head><h:title>Hộ gia đình</h:title><model>
        <instance><data id="household" version="1"><head_name/><member jr:template=""><name/><year/><sex/></member><meta><instanceID/></meta></data></instance>
        <bind nodeset="/data/head_name" type="string"/>
        <bind nodeset="/data/member/name" type="string"/>
        <bind nodeset="/data/member/year" type="int"/>
        <bind nodeset="/data/member/sex" type="select1"/>
        </model></h:head>
        <h:body>
        <input ref="/data/head_name"><label>Chủ hộ</label></input>
        <group ref="/data/member"><label>Thành viên</label><repeat nodeset="/data/member">
        <input ref="/data/member/name"><label>Họ tên</label></input>
        <input ref="/data/member/year"><label>Năm sinh</label></input>
        <select1 ref="/data/member/sex"><label>Giới tính</label>
        <item><label>Nam</label><value>m</value></item><item><label>Nữ</label><value>f</value></item></select1>
        </repeat></group>
        </h:body></h:html>
        """

    static let templateJSON = """
        {"id": "household", "form": "household", "formNumber": "Mẫu HK", "title": "DANH SÁCH THÀNH VIÊN HỘ GIA ĐÌNH",
         "blocks": [
          {"type": "field", "number": "1.", "label": "Chủ hộ", "value": "{/data/head_name|upper}"},
          {"type": "repeat", "path": "/data/member", "blocks": [
            {"type": "row", "items": [
              {"label": "Họ tên", "value": "{./name|upper}"}, {"label": "Năm sinh", "value": "{./year}"}]},
            {"type": "ticks", "path": "./sex", "columns": 2}
          ]},
          {"type": "placeDate"},
          {"type": "signatures", "items": [{"title": "CHỦ HỘ", "note": "(Ký, ghi rõ họ tên)"}]},
          {"type": "qr"}
         ]}
        """

    static func printed(members: Int) throws -> PrintedForm {
        let form = try XForm.parse(Data(formXML.utf8))
        var answers = ["/data/head_name": "Lầu Mí Chơ"]
        for index in 1...members {
            answers["/data/member[\(index)]/name"] = "Lầu Thị Số \(index)"
            answers["/data/member[\(index)]/year"] = String(1950 + index)
            answers["/data/member[\(index)]/sex"] = index % 3 == 0 ? "m" : "f"
        }
        let session = try FormFiller(form: form, language: nil, now: PrintFixtures.printDate).fill(answers)
        let template = try PrintTemplate.decode(Data(templateJSON.utf8))
        return try PrintedForm(
            templates: [template],
            data: TemplateData(
                form: form, session: session, draftCode: "99999990", commune: "Xã Sủng Là", agency: "",
                date: PrintFixtures.printDate))
    }

    @Test("40 members flow over pages, each printed once, nothing past the margin")
    func longRepeat() async throws {
        let printed = try Self.printed(members: 40)
        let (pdf, pages) = try printed.render()
        #expect(pages.count >= 3)
        #expect(pages.map(\.number) == Array(1...pages.count))
        #expect(pages.allSatisfy { $0.count == pages.count })
        for page in pages {
            for item in page.items {
                if case .text(_, _, let frame, _, _) = item, !frame.y.isNaN {
                    #expect(frame.maxY <= TemplateLayout.page.height - 20)
                }
            }
        }
        // A member's lines never part: on every page, two boxes per name.
        for page in pages {
            let names = page.items.filter {
                if case .text(let plain, _, _, _, _) = $0 { plain.hasPrefix("Họ tên:") } else { false }
            }
            let boxes = page.items.filter { if case .box = $0 { true } else { false } }
            #expect(boxes.count == 2 * names.count, "page \(page.number)")
        }
        let scratch = try PrintFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let text = try await PrintFixtures.text(ofPDF: pdf, in: scratch)
        for index in 1...40 {
            let name = "LẦU THỊ SỐ \(index) "
            #expect(text.components(separatedBy: name).count == 2, "member \(index) printed once")
        }
        #expect(text.components(separatedBy: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").count == 2)
        #expect(text.contains("Trang 1/\(pages.count)"))
        #expect(PrintFixtures.tickedOptions(pages).filter { $0 == "Nam" }.count == 13)
        #expect(PrintFixtures.tickedOptions(pages).filter { $0 == "Nữ" }.count == 27)
        for png in try await PrintFixtures.pages(ofPDF: pdf, in: scratch, dpi: 60) {
            TicketTestSupport.keep(png, as: "print/household-\(png.lastPathComponent)")
        }
    }

    @Test("a repeat with no instance prints its blocks once, empty, for a pen")
    func emptyRepeat() async throws {
        let form = try XForm.parse(Data(Self.formXML.utf8))
        let session = FormSession(form: form, startedAt: PrintFixtures.printDate)
        let template = try PrintTemplate.decode(Data(Self.templateJSON.utf8))
        let printed = try PrintedForm(
            templates: [template],
            data: TemplateData(
                form: form, session: session, draftCode: "1", commune: "X", agency: "", date: PrintFixtures.printDate))
        let (_, pages) = try printed.render()
        #expect(pages.count == 1)
        let dots = pages[0].items.filter { if case .dots = $0 { true } else { false } }
        #expect(dots.count >= 3)
        #expect(PrintFixtures.tickedOptions(pages).isEmpty)
    }

    @Test(
        "every member travels in the QR code: zbarimg reads back exactly what was entered",
        arguments: [3, 40])
    func repeatInTheCode(members: Int) async throws {
        let printed = try Self.printed(members: members)
        // 3 members fit one code; 40 take two, joined back from the scans.
        #expect(printed.codes.kind == (members == 3 ? .whole : .split))
        let scratch = try PrintFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        var scanned: [String] = []
        for png in try await PrintFixtures.pages(ofPDF: try printed.render().pdf, in: scratch) {
            scanned += try await PrintedFormTests.scan(png)
        }
        #expect(Set(scanned) == Set(printed.codes.texts))
        let payload = try SubmissionPayload(parts: scanned)
        let answers = try payload.answers(for: printed.data.form)
        #expect(answers["/data/member[2]/name"] == "Lầu Thị Số 2")
        #expect(answers["/data/member[3]/sex"] == "m")
        #expect(answers["/data/member[\(members)]/year"] == String(1950 + members))
        #expect(answers == printed.data.answers.filter { !$0.key.hasPrefix("/data/meta") && !$0.value.isEmpty })
        if members == 3 {
            #expect(scanned.first?.contains("|Lầu Thị Số 1;Lầu Thị Số 2;Lầu Thị Số 3|") == true)
        }
    }

    @Test("answers with the repeat separators, unanswered instances and nested repeats round-trip")
    func repeatEscapes() throws {
        let form = try XForm.parse(
            Data(
                """
                <h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa">
                <h:head><h:title>t</h:title><model>
                <instance><data id="nest" version="2"><owner jr:template=""><name/><plot jr:template=""><area/></plot></owner><note/></data></instance>
                <bind nodeset="/data/owner/name" type="string"/><bind nodeset="/data/owner/plot/area" type="string"/>
                <bind nodeset="/data/note" type="string"/>
                </model></h:head>
                <h:body>
                <repeat nodeset="/data/owner"><input ref="/data/owner/name"><label>n</label></input>
                <repeat nodeset="/data/owner/plot"><input ref="/data/owner/plot/area"><label>a</label></input></repeat></repeat>
                <input ref="/data/note"><label>x</label></input>
                </h:body></h:html>
                """.utf8))
        let answers = [
            "/data/owner[1]/name": "A;B=C\\D", "/data/owner[3]/name": "Hà|Nội:1",
            "/data/owner[1]/plot[2]/area": "12=3;4", "/data/owner[3]/plot[1]/area": "5", "/data/note": "n;=",
        ]
        let payload = SubmissionPayload(form: form, answers: answers, draftCode: "7")
        let decoded = try SubmissionPayload(text: payload.text)
        #expect(decoded == payload)
        #expect(try decoded.answers(for: form) == answers)
        #expect(payload.text.hasPrefix(#"VK2:nest|2|7|3|A\\;B\\=C\\\\D;;Hà\|Nội\:1|1.2=12\\=3\\;4;3.1=5|n;=|"#))
    }

    @Test("a version-1 payload (repeats left out) still reads")
    func versionOne() throws {
        let form = try XForm.parse(Data(Self.formXML.utf8))
        let signed = "VK1:household|1|42|4|Lầu Mí Chơ||||"
        let text = signed + SubmissionPayload.hex(CRC32.checksum(signed.utf8))
        #expect(try SubmissionPayload(text: text).answers(for: form) == ["/data/head_name": "Lầu Mí Chơ"])
    }
}
