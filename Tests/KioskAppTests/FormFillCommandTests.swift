import Foundation
import KioskTesting
import TestSupport
import Testing

/// `kiosk form fill` and `kiosk form check`, run as a technician runs them, on the shipped forms:
/// the example answers of each procedure (Assets/examples/PROCEDURE.CASE.answers.json) give exactly
/// the expected submission (Fixtures/fill/PROCEDURE.CASE.submission.xml) and the expected documents
/// to bring (.checklist.txt), and
/// wrong ID numbers, dates and phone numbers stop the fill with the form's message in each language.
@Suite("kiosk form fill / form check")
struct FormFillCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repository.appendingPathComponent("Tests/KioskAppTests/Fixtures/fill")
    static let examples = repository.appendingPathComponent("Assets/examples")
    /// The moment the fixtures were written for, so that ages and "not after today" never drift.
    static let now = "2026-11-18T18:06:40+07:00"

    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
        return names.filter { $0.hasSuffix(".answers.json") }.map { String($0.dropLast(".answers.json".count)) }
            .sorted()
    }()

    @Test func everyProcedureHasSeveralCases() {
        for form in ["birth-3in1", "birth-certificate-copy", "land-first-registration"] {
            #expect(Self.cases.filter { $0.hasPrefix(form + ".") }.count >= 2, "\(form)")
        }
    }

    @Test(arguments: cases)
    func fillGivesTheExpectedSubmissionAndChecklist(_ name: String) async throws {
        let form = String(name.prefix { $0 != "." })
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("fill-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try await Kiosk.run([
            "form", "fill", "Assets/forms/\(form).xml",
            "--answers", Self.examples.appendingPathComponent("\(name).answers.json").path,
            "--out", out.path, "--now", Self.now, "--instance-id", "uuid:fixture",
        ])
        try #require(run.status == 0, "\(run.output)")
        let submission = try String(contentsOf: out, encoding: .utf8)
        let expected = try String(
            contentsOf: Self.fixtures.appendingPathComponent("\(name).submission.xml"), encoding: .utf8)
        #expect(submission == expected)
        let checklist = run.output.split(separator: "\n").filter { $0.hasPrefix("bring ") }.joined(separator: "\n")
        let expectedChecklist = try String(
            contentsOf: Self.fixtures.appendingPathComponent("\(name).checklist.txt"), encoding: .utf8)
        #expect(checklist == expectedChecklist.trimmingCharacters(in: .newlines))
    }

    /// One wrong answer in a good case: the fill stops at that question with the form's message.
    static let refusals: [(change: [String: String], vi: String, en: String)] = [
        (
            ["/data/mother/mother_id": "002199004512"],
            "Số định danh cá nhân phải có đúng 12 chữ số, như in trên thẻ căn cước của người mẹ",
            "The personal ID number must have exactly 12 digits, as printed on the mother's ID card"
        ),
        (
            ["/data/requester/phone": "0123456789"], "Số điện thoại phải có 10 chữ số",
            "The phone number must have 10 digits"
        ),
        (
            ["/data/child/dob": "2026-11-19"], "Ngày sinh không được sau hôm nay",
            "The date of birth cannot be after today"
        ),
    ]

    @Test(arguments: refusals.indices)
    func wrongAnswersAreRefusedInEachLanguage(_ index: Int) async throws {
        let refusal = Self.refusals[index]
        let good = try JSONSerialization.jsonObject(
            with: Data(
                contentsOf: Self.examples.appendingPathComponent("birth-3in1.hmong-facility-father.answers.json")))
        var answers = try #require(good as? [String: String])
        answers.merge(refusal.change) { $1 }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("answers-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try JSONSerialization.data(withJSONObject: answers).write(to: file)
        for (language, message) in [("vi", refusal.vi), ("en", refusal.en)] {
            let run = try await Kiosk.run([
                "form", "fill", "Assets/forms/birth-3in1.xml", "--answers", file.path, "--lang", language,
                "--out", "/dev/null", "--now", Self.now,
            ])
            #expect(run.status == 1)
            let error = run.output.split(separator: "\n").first { $0.hasPrefix("error: ") } ?? ""
            #expect(error.contains(message), "\(language): \(error)")
        }
    }

    /// The shipped forms pass `kiosk form check` but for audio; a broken form does not.
    @Test func formCheckPassesTheShippedFormsAndFailsABrokenOne() async throws {
        let shipped = try await Kiosk.run(
            ["form", "check", "--no-audio"]
                + ["birth-3in1", "birth-certificate-copy", "land-first-registration"].map {
                    "Assets/forms/\($0).xml"
                })
        #expect(shipped.status == 0, "\(shipped.output)")

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("forms"), withIntermediateDirectories: true)
        let source = try String(
            contentsOf: Self.repository.appendingPathComponent("Assets/forms/birth-certificate-copy.xml"),
            encoding: .utf8)
        let broken = source.replacingOccurrences(of: "relevant=\"", with: "relevant=\"/data/nowhere and ")
        try #require(broken != source)
        try broken.write(to: folder.appendingPathComponent("forms/broken.xml"), atomically: true, encoding: .utf8)
        let run = try await Kiosk.run([
            "form", "check", "--no-audio", folder.appendingPathComponent("forms/broken.xml").path,
        ])
        #expect(run.status == 1)
        #expect(run.output.contains("/data/nowhere"), "\(run.output)")
    }

    /// Without built audio, each prompt is reported; with a recording for every prompt, none is.
    @Test func formCheckReportsPromptsWithoutAudio() async throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("prompts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: empty) }
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let run = try await Kiosk.run(
            ["form", "check", "--prompts", empty.path, "Assets/forms/birth-certificate-copy.xml"])
        #expect(run.status == 1)
        #expect(run.output.contains("no audio for prompt /data/for_whom:label in vi"), "\(run.output)")
    }
}

/// The `kiosk` executable built beside the tests, run from the repository.
enum Kiosk {
    static var executable: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("kiosk")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return FormFillCommandTests.repository.appendingPathComponent(".build/debug/kiosk")
    }

    /// Runs `kiosk ARGUMENTS` from the repository folder.
    static func run(_ arguments: [String]) async throws -> Program.Run {
        try await Program.run(executable.path, arguments, in: FormFillCommandTests.repository)
    }
}
