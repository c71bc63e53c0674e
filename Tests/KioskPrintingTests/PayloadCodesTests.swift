import Foundation
import KioskGraphics
import Testing

@testable import KioskPrinting

/// How a payload is spread over the printed QR codes: one, up to four parts, or key fields only.
@Suite("Submission payload codes")
struct PayloadCodesTests {
    static let draft = "12345674"
    static let keyFields = ["ho_ten", "so_cccd", "ngay_sinh"].compactMap { name in
        PayloadTestForm.form.questionIndex(at: "/data/\(name)")
    }

    /// The test form's answers with a long reason: `repeats` times a Vietnamese sentence.
    static func payload(reasonRepeats repeats: Int, parents: String = "cha mẹ") -> SubmissionPayload {
        var answers = PayloadTestForm.answers
        answers["/data/ly_do"] = String(
            repeating: "Chuyển về sống cùng gia đình | chăm sóc \(parents) già yếu.\n", count: repeats)
        return SubmissionPayload(form: PayloadTestForm.form, answers: answers, draftCode: draft)
    }

    @Test("a payload that fits is one code")
    func whole() throws {
        let payload = Self.payload(reasonRepeats: 1)

        let codes = payload.codes(keyFields: Self.keyFields)

        #expect(codes.kind == .whole)
        #expect(codes.texts == [payload.text])
        #expect(try SubmissionPayload(parts: codes.texts) == payload)
    }

    @Test("a longer one is split into parts that each fit version 25 and join back in any order")
    func split() throws {
        let payload = Self.payload(reasonRepeats: 30)

        let codes = payload.codes(keyFields: Self.keyFields)

        #expect(codes.kind == .split)
        #expect(codes.texts.count == 3)
        for (index, text) in codes.texts.enumerated() {
            #expect(text.hasPrefix("VK2:\(index + 1)/3:"))
            #expect(text.utf8.count <= SubmissionPayload.bytesPerCode)
            #expect(try QRCode(text: text, maximumVersion: 25).version <= 25)
        }
        #expect(try SubmissionPayload(parts: codes.texts) == payload)
        #expect(try SubmissionPayload(parts: codes.texts.reversed()) == payload)
        #expect(try SubmissionPayload(parts: codes.texts + [codes.texts[0]]) == payload)
    }

    @Test("parts are cut between characters, never inside one")
    func splitKeepsCharacters() throws {
        // Every character 3 bytes in UTF-8, and a budget that is not a multiple of 3.
        let payload = SubmissionPayload(
            formID: "f", formVersion: "", draftCode: "1", values: [String(repeating: "ệ", count: 200)])

        let codes = payload.codes(bytesPerCode: 100, maximumCodes: 9)

        #expect(codes.kind == .split)
        #expect(codes.texts.allSatisfy { $0.utf8.count <= 100 })
        #expect(try SubmissionPayload(parts: codes.texts) == payload)
    }

    @Test("missing, foreign or lone parts are typed errors")
    func badParts() throws {
        let texts = Self.payload(reasonRepeats: 30).codes().texts
        let other = Self.payload(reasonRepeats: 30, parents: "mẹ cha").codes().texts
        #expect(texts.count == 3 && other.count == 3 && texts[1] != other[1])

        #expect(throws: PayloadError.missingParts([2])) { try SubmissionPayload(parts: [texts[0], texts[2]]) }
        #expect(throws: PayloadError.checksumMismatch) { try SubmissionPayload(parts: [texts[0], other[1], texts[2]]) }
        #expect(throws: PayloadError.malformed("this is one part of a split payload")) {
            try SubmissionPayload(text: texts[1])
        }
        #expect(throws: PayloadError.malformed("parts of different splits")) {
            try SubmissionPayload(parts: [texts[0], Self.payload(reasonRepeats: 50).codes(maximumCodes: 9).texts[1]])
        }
        #expect(throws: PayloadError.notAPayload) { try SubmissionPayload(parts: []) }
    }

    @Test("too long for four codes: one code with the draft code and the key fields")
    func keyFieldsOnly() throws {
        let payload = Self.payload(reasonRepeats: 100)

        let codes = payload.codes(keyFields: Self.keyFields)

        #expect(codes.kind == .keyFields)
        #expect(codes.texts.count == 1)
        #expect(codes.texts[0].utf8.count <= SubmissionPayload.bytesPerCode)
        let decoded = try SubmissionPayload(parts: codes.texts)
        #expect(!decoded.isComplete)
        #expect(decoded.draftCode == Self.draft)
        #expect(
            try decoded.answers(for: PayloadTestForm.form) == [
                "/data/ho_ten": "Nguyễn Thị Hồng Nhung", "/data/so_cccd": "064187001234",
                "/data/ngay_sinh": "1987-04-23",
            ])
    }

    @Test("key fields that do not fit either are dropped from the last, down to the draft code alone")
    func keyFieldsShrink() throws {
        var answers = PayloadTestForm.answers
        answers["/data/ly_do"] = String(repeating: "x", count: 5_000)
        answers["/data/so_cccd"] = String(repeating: "9", count: 2_000)
        let payload = SubmissionPayload(form: PayloadTestForm.form, answers: answers, draftCode: Self.draft)
        let reasonIndex = try #require(PayloadTestForm.form.questionIndex(at: "/data/ly_do"))

        let codes = payload.codes(keyFields: Self.keyFields)
        let alone = payload.codes(keyFields: [reasonIndex])

        #expect(codes.kind == .keyFields)
        #expect(try SubmissionPayload(parts: codes.texts).values.compactMap { $0 } == ["Nguyễn Thị Hồng Nhung"])
        #expect(try SubmissionPayload(parts: alone.texts).values.allSatisfy { $0 == nil })
        #expect(alone.texts[0].hasPrefix("VK2:\(PayloadTestForm.formID)|\(PayloadTestForm.version)|\(Self.draft)|40@|"))
    }
}
