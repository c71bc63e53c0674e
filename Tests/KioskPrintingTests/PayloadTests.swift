import Foundation
import KioskForms
import KioskGraphics
import Testing

@testable import KioskPrinting

/// The submission payload printed as QR codes on the form: format, round trips, damage.
@Suite("Submission payload")
struct PayloadTests {
    static let draft = "12345674"

    @Test("a 40-question form fits one code compactly; its XML in base64 would not")
    func measuredSizes() throws {
        let payload = SubmissionPayload(
            form: PayloadTestForm.form, answers: PayloadTestForm.answers, draftCode: Self.draft)
        let compact = payload.text.utf8.count
        let xml = try PayloadTestForm.submissionXML()
        let base64 = Data(xml.utf8).base64EncodedString().utf8.count

        let version = try QRCode(text: payload.text, maximumVersion: 25).version
        print(
            "payload sizes: compact \(compact) B (QR version \(version) at M), XML \(xml.utf8.count) B, base64(XML) \(base64) B"
        )
        #expect(PayloadTestForm.form.questions.count == 40)
        #expect(compact <= SubmissionPayload.bytesPerCode)
        #expect(base64 > 2 * SubmissionPayload.bytesPerCode)
        #expect(version <= 25)
    }

    @Test("encode then decode gives every answer back, Vietnamese, bars, newlines and all")
    func roundTrip() throws {
        let payload = SubmissionPayload(
            form: PayloadTestForm.form, answers: PayloadTestForm.answers, draftCode: Self.draft)

        let decoded = try SubmissionPayload(text: payload.text)

        #expect(decoded == payload)
        #expect(decoded.isComplete)
        let expected = PayloadTestForm.answers.filter { !$0.value.isEmpty }
        #expect(try decoded.answers(for: PayloadTestForm.form) == expected)
        #expect(expected["/data/ghi_chu"]?.contains("|") == true)
        #expect(expected["/data/ghi_chu"]?.contains("\n") == true)
    }

    @Test("the text is the documented format")
    func exactText() {
        let payload = SubmissionPayload(
            formID: "f:1", formVersion: "", draftCode: "42", values: ["Hà|Nội", "a\nb\\c", "", "17:00\r"])

        let text = payload.text

        let signed = "VK2:f\\:1||42|4|Hà\\|Nội|a\\nb\\\\c||17\\:00\\r|"
        #expect(text == signed + SubmissionPayload.hex(CRC32.checksum(signed.utf8)))
        #expect(!text.contains("\n"))
        #expect(CRC32.checksum("123456789".utf8) == 0xCBF4_3926)
    }

    @Test("a payload drawn as a QR code scans back and decodes")
    func throughAScanner() throws {
        let directory = try TicketTestSupport.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let payload = SubmissionPayload(
            form: PayloadTestForm.form, answers: PayloadTestForm.answers, draftCode: Self.draft)
        let png = try TicketTestSupport.png(
            of: try QRCode(text: payload.text, maximumVersion: 25), pixelsPerModule: 3, in: directory)
        TicketTestSupport.keep(png, as: "payload.png")

        let scanned = try TicketTestSupport.scanBytes(png)

        #expect(try SubmissionPayload(text: String(decoding: scanned, as: UTF8.self)) == payload)
    }

    @Test("a cut-off or garbled scan is a typed error, never wrong answers")
    func damaged() throws {
        let text = SubmissionPayload(
            form: PayloadTestForm.form, answers: PayloadTestForm.answers, draftCode: Self.draft
        ).text

        #expect(throws: PayloadError.truncated) { try SubmissionPayload(text: String(text.dropLast(3))) }
        #expect(throws: PayloadError.truncated) { try SubmissionPayload(text: String(text.prefix(200))) }
        #expect(throws: PayloadError.truncated) { try SubmissionPayload(text: "VK1:abc") }
        let garbled = text.replacingOccurrences(of: "Nhung", with: "Nhunq")
        #expect(throws: PayloadError.checksumMismatch) { try SubmissionPayload(text: garbled) }
        #expect(throws: PayloadError.notAPayload) { try SubmissionPayload(text: "https://dichvucong.gov.vn") }
        #expect(throws: PayloadError.unsupportedVersion("VK3")) { try SubmissionPayload(text: "VK3:x|y") }
    }

    @Test("a well-signed text that breaks the grammar is malformed")
    func malformed() {
        func signed(_ body: String) -> String {
            let text = "VK2:" + body + "|"
            return text + SubmissionPayload.hex(CRC32.checksum(text.utf8))
        }
        #expect(throws: PayloadError.malformed("unknown escape \\x")) {
            try SubmissionPayload(text: signed("f|1|42|1|\\x"))
        }
        #expect(throws: PayloadError.malformed("a lone \\ at the end")) {
            try SubmissionPayload(text: signed("f|1|42|1|a\\"))
        }
        #expect(throws: PayloadError.malformed("2 values announced, 1 found")) {
            try SubmissionPayload(text: signed("f|1|42|2|a"))
        }
        #expect(throws: PayloadError.malformed("bad question count 'x'")) {
            try SubmissionPayload(text: signed("f|1|42|x|a"))
        }
        #expect(throws: PayloadError.malformed("bad question index '3'")) {
            try SubmissionPayload(text: signed("f|1|42|3@1,3|a|b"))
        }
        #expect(throws: PayloadError.malformed("bad question index '1'")) {
            try SubmissionPayload(text: signed("f|1|42|3@2,1|a|b"))
        }
        #expect(throws: PayloadError.truncated) { try SubmissionPayload(text: signed("f|1")) }
    }

    @Test("a payload of another form or version is refused by name")
    func otherForm() throws {
        var payload = SubmissionPayload(
            form: PayloadTestForm.form, answers: PayloadTestForm.answers, draftCode: Self.draft)
        payload.formVersion = "2025010101"

        #expect(throws: PayloadError.self) { try payload.answers(for: PayloadTestForm.form) }
        payload.formVersion = PayloadTestForm.version
        payload.values.removeLast()
        #expect(throws: PayloadError.formMismatch(expected: "40 questions", found: "39 values")) {
            try payload.answers(for: PayloadTestForm.form)
        }
    }
}
