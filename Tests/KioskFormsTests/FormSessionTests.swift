import Foundation
import Testing

@testable import KioskForms

@Suite("Filling a form in")
struct FormSessionTests {
    let form: XForm
    let start = Date(timeIntervalSince1970: 1_795_000_000.25)

    init() throws {
        form = try FormFixtures.birthCertificate()
    }

    @Test func startsAtTheFirstQuestionWithNoAnswers() {
        let session = FormSession(form: form, startedAt: start)
        #expect(session.formID == "birth-certificate-copy")
        #expect(session.formVersion == "2026112201")
        #expect(session.currentIndex(in: form) == 0)
        #expect(session.answers(in: form).isEmpty)
        #expect(session.currentQuestion(in: form)?.path == "/data/for_whom")
        #expect(!session.isComplete(in: form))
    }

    @Test func answersAreStoredInCanonicalForm() throws {
        var session = FormSession(form: form, startedAt: start)
        try session.answer(" +01985 ", at: "/data/birth_year", in: form)
        try session.answer("child", at: "/data/for_whom", in: form)
        #expect(session.answers(in: form) == ["/data/birth_year": "1985", "/data/for_whom": "child"])
    }

    @Test func invalidIntIsRefusedAndTheOldAnswerKept() throws {
        var session = FormSession(form: form, startedAt: start)
        try session.answer("1985", at: "/data/birth_year", in: form)
        #expect(throws: FormError.invalidValue(path: "/data/birth_year", value: "19a5", expected: .int)) {
            try session.answer("19a5", at: "/data/birth_year", in: form)
        }
        for bad in ["1.5", "-", "١٩٨٥", "99999999999999999999"] {
            #expect(throws: FormError.self) { try session.answer(bad, at: "/data/birth_year", in: form) }
        }
        #expect(session.answers(in: form)["/data/birth_year"] == "1985")
    }

    @Test func select1ValueMustBeAChoice() throws {
        var session = FormSession(form: form, startedAt: start)
        #expect(throws: FormError.invalidValue(path: "/data/copies", value: "4", expected: .select1)) {
            try session.answer("4", at: "/data/copies", in: form)
        }
        #expect(throws: FormError.invalidValue(path: "/data/receive", value: "office post", expected: .select1)) {
            try session.answer("office post", at: "/data/receive", in: form)
        }
        try session.answer("2", at: "/data/copies", in: form)
        #expect(session.answers(in: form)["/data/copies"] == "2")
    }

    @Test func emptyAnswerClears() throws {
        var session = FormSession(form: form, startedAt: start)
        try session.answer("post", at: "/data/receive", in: form)
        try session.answer("  ", at: "/data/receive", in: form)
        #expect(session.answers(in: form)["/data/receive"] == nil)
        try session.answer("post", at: "/data/receive", in: form)
        try session.answer(nil, at: "/data/receive", in: form)
        #expect(session.answers(in: form).isEmpty)
    }

    @Test func onlyQuestionsCanBeAnswered() {
        var session = FormSession(form: form, startedAt: start)
        #expect(throws: FormError.unknownQuestion("/data/meta/instanceID")) {
            try session.answer("uuid:x", at: "/data/meta/instanceID", in: form)
        }
    }

    @Test func nextRefusesAMissingRequiredAnswer() throws {
        var session = FormSession(form: form, startedAt: start)
        #expect(throws: FormError.required(path: "/data/for_whom")) { try session.next(in: form) }
        #expect(session.currentIndex(in: form) == 0)
        try session.answer("self", at: "/data/for_whom", in: form)
        try session.next(in: form)
        #expect(session.currentIndex(in: form) == 1)
        #expect(throws: FormError.required(path: "/data/birth_year")) { try session.next(in: form) }
    }

    @Test func walksToReviewAndBack() throws {
        var session = FormSession(form: form, startedAt: start)
        session.back(in: form)
        #expect(session.currentIndex(in: form) == 0)
        for (path, value) in [
            ("/data/for_whom", "self"), ("/data/birth_year", "1985"), ("/data/copies", "1"),
            ("/data/receive", "office"),
        ] {
            #expect(session.currentQuestion(in: form)?.path == path)
            try session.answer(value, at: path, in: form)
            try session.next(in: form)
        }
        #expect(session.currentIndex(in: form) == 4)
        #expect(session.currentQuestion(in: form) == nil)
        #expect(session.isComplete(in: form))
        try session.next(in: form)
        #expect(session.currentIndex(in: form) == 4)
        session.back(in: form)
        #expect(session.currentQuestion(in: form)?.path == "/data/receive")
    }

    @Test func jumpIsClamped() {
        var session = FormSession(form: form, startedAt: start)
        session.jump(to: 2, in: form)
        #expect(session.currentQuestion(in: form)?.path == "/data/copies")
        session.jump(to: 99, in: form)
        #expect(session.currentIndex(in: form) == 4)
        session.jump(to: -3, in: form)
        #expect(session.currentIndex(in: form) == 0)
    }

    @Test func completenessFollowsRequiredAnswers() throws {
        var session = FormSession(form: form, startedAt: start)
        for (path, value) in [("/data/for_whom", "parent"), ("/data/birth_year", "1950"), ("/data/copies", "3")] {
            try session.answer(value, at: path, in: form)
        }
        #expect(!session.isComplete(in: form))
        #expect(session.firstProblem(in: form) == .required(path: "/data/receive"))
        try session.answer("post", at: "/data/receive", in: form)
        #expect(session.isComplete(in: form))
        #expect(session.firstProblem(in: form) == nil)
    }

    @Test func codableRoundTripIsExact() throws {
        var session = FormSession(form: form, startedAt: start)
        try session.answer("child", at: "/data/for_whom", in: form)
        try session.next(in: form)
        try session.answer("2010", at: "/data/birth_year", in: form)
        let decoded = try JSONDecoder().decode(FormSession.self, from: JSONEncoder().encode(session))
        #expect(decoded == session)
        #expect(decoded.currentIndex(in: form) == 1 && decoded.startedAt == start)

        let restored = try FormSession(snapshot: session.snapshot(), form: form)
        #expect(restored == session)
        #expect(try restored.snapshot() == session.snapshot())
    }

    @Test func snapshotsThatDoNotFitTheFormAreRefused() throws {
        var session = FormSession(form: form, startedAt: start)
        try session.answer("2", at: "/data/copies", in: form)
        let json = try #require(String(data: session.snapshot(), encoding: .utf8))
        func restore(_ text: String) throws(FormError) {
            _ = try FormSession(snapshot: Data(text.utf8), form: form)
        }
        let otherForm = json.replacingOccurrences(of: "birth-certificate-copy", with: "death-registration")
        #expect(throws: FormError.badSnapshot("form death-registration, expected birth-certificate-copy")) {
            try restore(otherForm)
        }
        let cases = [
            json.replacingOccurrences(of: #""value":"2""#, with: #""value":"7""#),
            json.replacingOccurrences(of: #"\/data\/copies""#, with: #"\/data\/nope""#),
            json.replacingOccurrences(of: "2026112201", with: "2025010101"),
            "{}", "not json",
        ]
        for text in cases {
            #expect(text != json, "the replacement must change the snapshot")
            let error = #expect(throws: FormError.self) { try restore(text) }
            guard case .badSnapshot = error else {
                Issue.record("expected badSnapshot for \(text), got \(String(describing: error))")
                continue
            }
        }
    }

    @Test func instanceDefaultsArePrefilledAnswers() throws {
        let instance = #"<instance><data id="t"><name>Lò Văn A</name><age>07</age><bad>x</bad></data></instance>"#
        let binds = #"<bind nodeset="/data/age" type="int"/><bind nodeset="/data/bad" type="int"/>"#
        let body = """
            <input ref="/data/name"><label>N</label></input><input ref="/data/age"><label>A</label></input>
            <input ref="/data/bad"><label>B</label></input>
            """
        let form = try XForm.parse(FormFixtures.inline(instance: instance, binds: binds, body: body))
        let session = FormSession(form: form, startedAt: start)
        #expect(session.answers(in: form) == ["/data/name": "Lò Văn A", "/data/age": "7"])
    }

    @Test(arguments: [
        (DataType.date, "2024-02-29", String?("2024-02-29")), (.date, "2023-02-29", nil), (.date, "2023-4-01", nil),
        (.date, "2023-04-31", nil), (.date, "1900-02-29", nil), (.date, "2000-02-29", "2000-02-29"),
        (.decimal, "+007.50", "7.5"), (.decimal, "-0.0", "0"), (.decimal, ".5", "0.5"), (.decimal, "1e3", nil),
        (.decimal, ".", nil), (.decimal, "0.1", "0.1"), (.int, "-012", "-12"), (.int, "+", nil),
        (.time, "09:30", "09:30"), (.time, "23:59:59.999+07:00", "23:59:59.999+07:00"), (.time, "24:00", nil),
        (.dateTime, "2026-11-22T09:30:00Z", "2026-11-22T09:30:00Z"), (.dateTime, "2026-11-22 09:30", nil),
        (.boolean, "1", "true"), (.boolean, "yes", nil), (.geopoint, "13.98 108.0 700 5", "13.98 108 700 5"),
        (.geopoint, "91 0", nil), (.geopoint, "13.98", nil), (.string, "Hà Giang", "Hà Giang"),
    ])
    func lexicalForms(type: DataType, value: String, canonical: String?) {
        #expect(type.canonical(value) == canonical)
    }

    @Test func selectMultipleKeepsChoiceOrderOfTheCitizen() throws {
        let instance = #"<instance><data id="t"><docs/><note/></data></instance>"#
        let body = """
            <select ref="/data/docs"><label>Docs</label>
              <item><label>ID</label><value>id</value></item><item><label>Book</label><value>book</value></item>
              <item><label>Photo</label><value>photo</value></item></select>
            <input ref="/data/note"><label>Note</label></input>
            """
        let form = try XForm.parse(FormFixtures.inline(instance: instance, binds: "", body: body))
        var session = FormSession(form: form, startedAt: start)
        try session.answer(" photo  id photo ", at: "/data/docs", in: form)
        #expect(session.answers(in: form)["/data/docs"] == "photo id")
        #expect(throws: FormError.invalidValue(path: "/data/docs", value: "id passport", expected: .select)) {
            try session.answer("id passport", at: "/data/docs", in: form)
        }
        #expect(throws: FormError.invalidValue(path: "/data/note", value: "a\u{1}b", expected: .string)) {
            try session.answer("a\u{1}b", at: "/data/note", in: form)
        }
    }
}
