import Foundation
import KioskProcedures
import TestSupport
import Testing

@testable import KioskForms

/// The generated XForms and media folders are what scripts/build-forms makes of Assets/forms/src:
/// pyxform (the venv of Tests/tools/setup-pyxform) converts each source again and the result must
/// equal the committed XML byte for byte; each copied media file must equal its source.
/// After editing a source, run `make forms` and commit what it writes.
@Suite("Procedure forms are in sync with their XLSForm sources")
struct FormSourceTests {
    @Test func everySourceHasItsForm() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: FormAssets.sources.path)
        let sources = files.filter { $0.hasSuffix(".md") || $0.hasSuffix(".xlsx") }
            .map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
        #expect(sources.sorted() == FormAssets.names)
    }

    @Test(arguments: FormAssets.names)
    func generatedFormMatchesSource(_ name: String) async throws {
        let pyxform = try await PyXForm.shared.value
        let converted = try await pyxform.convert(name)
        let committed = try Data(contentsOf: FormAssets.xform(name))
        #expect(
            converted == committed,
            "Assets/forms/\(name).xml is out of date with src/\(name).md: run `make forms` (scripts/build-forms)")
    }

    /// Each media file must be the copy of its source: our icons and lists in src, the administrative
    /// units in Assets/admin (re-run build-forms after a technician replaces them).
    @Test(arguments: FormAssets.names)
    func mediaCopiesMatchTheirSources(_ name: String) throws {
        let media = FormAssets.media(name)
        let files = try FileManager.default.contentsOfDirectory(atPath: media.path).sorted()
        #expect(!files.isEmpty)
        let candidates = [
            FormAssets.sources.appendingPathComponent("icons"), FormAssets.sources,
            FormAssets.repository.appendingPathComponent("Assets/admin"),
        ]
        for file in files {
            let source = candidates.map { $0.appendingPathComponent(file) }
                .first { FileManager.default.fileExists(atPath: $0.path) }
            guard let source else {
                Issue.record("\(name)-media/\(file) has no source: run `make forms`")
                continue
            }
            #expect(
                try Data(contentsOf: media.appendingPathComponent(file)) == Data(contentsOf: source),
                "\(name)-media/\(file) differs from \(source.path): run `make forms`")
        }
    }

    /// The personal ID and phone constraints are the generators' output, pasted into the sources
    /// with `${name}` references, which pyxform writes as " /data/.../name ".
    @Test func idAndPhoneConstraintsComeFromTheGenerators() throws {
        let any = PersonalIDNumber.xpathConstraint()
        let phone = VietnamesePhone.xpathConstraint
        let copyYear = "if(selected(${for_whom}, 'self'), ${birth_year}, '')"
        let expected: [(form: String, path: String, constraint: String)] = [
            ("birth-certificate-copy", "/data/requester_id", PersonalIDNumber.xpathConstraint(birthYearRef: copyYear)),
            ("birth-3in1", "/data/requester/requester_id", any),
            ("birth-3in1", "/data/requester/phone", phone),
            (
                "birth-3in1", "/data/mother/mother_id",
                PersonalIDNumber.xpathConstraint(sexRef: "'female'", birthYearRef: "${mother_birth_year}")
            ),
            (
                "birth-3in1", "/data/father/father_details/father_id",
                PersonalIDNumber.xpathConstraint(sexRef: "'male'", birthYearRef: "${father_birth_year}")
            ),
            ("birth-3in1", "/data/residence/head/head_id", any),
            (
                "land-first-registration", "/data/applicant/applicant_id",
                PersonalIDNumber.xpathConstraint(birthYearRef: "${applicant_birth_year}")
            ),
            ("land-first-registration", "/data/applicant/spouse/spouse_id", any),
            ("land-first-registration", "/data/applicant/applicant_phone", phone),
        ]
        for (name, path, constraint) in expected {
            let form = try FormAssets.load(name)
            let written = Self.pyxformReferences(constraint, in: form)
            #expect(form.bind(for: path)?.constraint?.text == written, "\(name) \(path)")
        }
    }

    /// What pyxform writes for `${name}`: the question's path with a space on each side.
    static func pyxformReferences(_ expression: String, in form: XForm) -> String {
        var text = expression
        for question in form.questions {
            let name = question.path.split(separator: "/").last.map(String.init) ?? ""
            text = text.replacingOccurrences(of: "${\(name)}", with: " \(question.path) ")
        }
        return text
    }

    /// number-words.csv holds what VietnameseNumberWords says, for the days, months and years the
    /// date-in-words calculation looks up.
    @Test func numberWordsAreTheVietnameseRules() throws {
        let text = try String(
            contentsOf: FormAssets.sources.appendingPathComponent("number-words.csv"), encoding: .utf8)
        let expected = (Array(1...31) + Array(1900...2100)).map { "\($0),\(VietnameseNumberWords.words($0))\n" }
        #expect(text == "name,label\n" + expected.joined())
    }
}

/// pyxform in the venv of Tests/tools/setup-pyxform, converting into this process's folder under
/// .build (inside the repository, never committed).
private struct PyXForm: Sendable {
    static let shared = Task { try await PyXForm() }

    var converter: URL
    var scratch: URL

    init() async throws {
        let setup = FormAssets.repository.appendingPathComponent("Tests/tools/setup-pyxform")
        // The venv's path is the last line: a first install prints pip's output before it.
        let printed = try await Self.run(setup, []).split(separator: "\n").last.map(String.init) ?? ""
        let venv = printed.trimmingCharacters(in: .whitespaces)
        converter = URL(fileURLWithPath: venv).appendingPathComponent("bin/xls2xform")
        scratch = FormAssets.repository.appendingPathComponent(
            ".build/forms-sync/\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
        try? FileManager.default.removeItem(at: scratch)
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    /// The XForm pyxform makes of src/NAME.md (or .xlsx), as build-forms makes it.
    func convert(_ name: String) async throws -> Data {
        let sources = ["md", "xlsx"].map { FormAssets.sources.appendingPathComponent("\(name).\($0)") }
        guard let source = sources.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            throw PyXFormFailure(command: "convert \(name)", output: "no source in \(FormAssets.sources.path)")
        }
        let output = scratch.appendingPathComponent(name + ".xml")
        try await Self.run(converter, ["--skip_validate", source.path, output.path])
        return try Data(contentsOf: output)
    }

    /// Runs a program in the repository; what it printed, or a failure when it did not exit with 0.
    @discardableResult
    static func run(_ executable: URL, _ arguments: [String]) async throws -> String {
        let run = try await Program.run(executable.path, arguments, in: FormAssets.repository)
        guard run.status == 0 else {
            throw PyXFormFailure(command: ([executable.path] + arguments).joined(separator: " "), output: run.output)
        }
        return run.output
    }
}

/// A pyxform run that failed: the command and what it printed.
private struct PyXFormFailure: Error, CustomStringConvertible {
    var command: String
    var output: String

    var description: String { "\(command): \(output)" }
}
