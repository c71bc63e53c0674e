import Foundation
import FoundationXML
import TestSupport
import Testing

@testable import KioskForms

/// KioskForms against ODK's own engine, on forms made the way authors make them: each XLSForm in
/// XLSForms/ goes through pyxform, must pass ODK Validate and load in KioskForms, and then every
/// answers fixture beside it is filled by KioskForms and by JavaRosa (Tests/tools/JavaRosaFill.java
/// walks the form as ODK Collect does). The submissions must hold the same leaves (compared by path:
/// JavaRosa appends repeat instances made inside a new outer instance after that instance's other
/// children, where KioskForms keeps the order the form declares — servers read by path, and
/// FormLogicTests pins KioskForms' order), or both engines must stop at the same question for the
/// same reason.
///
/// Fixtures: `NAME.md` (pyxform's markdown tables), `NAME.answers-K.json` (concrete path -> value;
/// `/data/child[3]/name` means three instances), and for a fill that must stop, `NAME.answers-K.fails`
/// holding the start of the expected line, e.g. "REFUSED /data/age constraint".
/// One form at a time: each runs several JVMs, which together would only crowd out the other tests.
@Suite("Compatibility with ODK: pyxform, ODK Validate and JavaRosa", .serialized)
struct ODKCompatibilityTests {
    static let formNames: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: ODKTools.xlsForms.path)) ?? []
        return files.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
    }()

    @Test func thereAreForms() {
        #expect(Self.formNames.count >= 8)
    }

    @Test(arguments: formNames)
    func fillsLikeJavaRosa(_ name: String) async throws {
        let tools = try await ODKTools.shared.value
        let xform = try await tools.convert(ODKTools.xlsForms.appendingPathComponent(name + ".md"))
        let validation = try await tools.validate(xform)
        #expect(validation.valid, "ODK Validate refuses \(name): \(validation.output)")
        let form = try XForm.parse(Data(contentsOf: xform))

        let fixtures = try ODKFixture.all(of: name, tools: tools)
        try #require(!fixtures.isEmpty, "\(name) has no answers fixture")
        let references = try await tools.javaRosaFill(form: xform, answers: fixtures.map(\.answersFile))
        for (fixture, reference) in zip(fixtures, references) {
            let kiosk = try KioskFill(form: form).fill(fixture.answers)
            #expect(kiosk.shown == reference.shown, "\(fixture.name): questions shown by KioskForms, then JavaRosa")
            #expect(kiosk.end == reference.end, "\(fixture.name): KioskForms, then JavaRosa")
            if let expected = fixture.failure {
                #expect(kiosk.end.description.hasPrefix(expected), "\(fixture.name) must stop with \(expected)")
            } else {
                #expect(kiosk.end.isSubmitted, "\(fixture.name) must reach the end")
            }
        }
    }

    /// Forms both engines must refuse, each for one defect.
    static let brokenForms: [String: Data] = [
        "calculate cycle": FormFixtures.inline(
            instance: #"<instance><data id="broken"><name/><a/><b/></data></instance>"#,
            binds:
                #"<bind nodeset="/data/a" calculate="/data/b + 1"/><bind nodeset="/data/b" calculate="/data/a + 1"/>"#),
        "relevance and calculate cycle": FormFixtures.inline(
            instance: #"<instance><data id="broken"><name/><b/></data></instance>"#,
            binds:
                #"<bind nodeset="/data/name" relevant="/data/b = 'x'"/><bind nodeset="/data/b" calculate="/data/name"/>"#
        ),
        "unknown function": FormFixtures.inline(
            instance: #"<instance><data id="broken"><name/><b/></data></instance>"#,
            binds: #"<bind nodeset="/data/b" calculate="frobnicate(/data/name)"/>"#),
        "function with too few arguments": FormFixtures.inline(
            instance: #"<instance><data id="broken"><name/><b/></data></instance>"#,
            binds: #"<bind nodeset="/data/b" calculate="substr(/data/name)"/>"#),
        "expression that does not parse": FormFixtures.inline(
            instance: #"<instance><data id="broken"><name/><b/></data></instance>"#,
            binds: #"<bind nodeset="/data/b" calculate="1 +"/>"#),
        "question bound to a missing node": FormFixtures.inline(
            body:
                #"<input ref="/data/name"><label>Name</label></input><input ref="/data/ghost"><label>G</label></input>"#
        ),
    ]

    @Test(arguments: brokenForms.keys.sorted())
    func brokenFormIsRefusedByBoth(_ defect: String) async throws {
        let tools = try await ODKTools.shared.value
        let data = try #require(Self.brokenForms[defect])
        let file = tools.scratch.appendingPathComponent("broken-\(defect.replacingOccurrences(of: " ", with: "-")).xml")
        try data.write(to: file)
        #expect(try await !tools.validate(file).valid, "ODK Validate accepts the \(defect)")
        if (try? XForm.parse(data)) != nil { Issue.record("KioskForms accepts the \(defect)") }
    }
}

/// One answers fixture of an XLSForm.
private struct ODKFixture {
    var name: String
    var answers: [String: String]
    /// The same answers as JavaRosaFill reads them: "path<TAB>value" lines.
    var answersFile: URL
    /// The start of the line the fill must stop with, when it must stop.
    var failure: String?

    static func all(of form: String, tools: ODKTools) throws -> [ODKFixture] {
        let names = try FileManager.default.contentsOfDirectory(atPath: ODKTools.xlsForms.path)
            .filter { $0.hasPrefix(form + ".answers-") && $0.hasSuffix(".json") }.sorted()
        return try names.map { file in
            let name = String(file.dropLast(5))
            let url = ODKTools.xlsForms.appendingPathComponent(file)
            let answers = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: url))
            let answersFile = tools.scratch.appendingPathComponent(name + ".txt")
            try answers.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value)\n" }.joined()
                .write(to: answersFile, atomically: true, encoding: .utf8)
            let failure = try? String(
                contentsOf: ODKTools.xlsForms.appendingPathComponent(name + ".fails"), encoding: .utf8)
            return ODKFixture(
                name: name, answers: answers, answersFile: answersFile,
                failure: failure?.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}

/// What a fill showed and how it ended, in the words of JavaRosaFill, so that both engines' results
/// compare as values.
private struct FillOutcome: Equatable {
    /// Each question as its screen came up: "path | label | hint", whitespace collapsed.
    var shown: [String] = []
    var end = End.stopped("")

    enum End: Equatable, CustomStringConvertible {
        /// The submission's leaves in document order, "path = value", with the root's attributes.
        case submitted([String])
        /// "REFUSED <path> required", "REFUSED <path> constraint <message>", "INVALID <path>",
        /// "UNUSED <paths>" or "ERROR <what>".
        case stopped(String)

        var isSubmitted: Bool {
            if case .submitted = self { return true }
            return false
        }

        var description: String {
            switch self {
            case .submitted(let leaves): "\n  " + leaves.joined(separator: "\n  ")
            case .stopped(let line): line
            }
        }
    }

    /// JavaRosaFill's output for one fill. INVALID keeps only the path: the reasons are each engine's own.
    init(javaRosa output: String) throws {
        var rest = Substring(output)
        while rest.hasPrefix("SHOWN ") {
            let line = rest.prefix { $0 != "\n" }
            rest = rest.dropFirst(line.count + 1)
            shown.append(
                line.dropFirst(6).split(separator: "\t", omittingEmptySubsequences: false).joined(separator: " | "))
        }
        let text = rest.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("<") else {
            let words = (text.split(separator: "\n").first ?? "").split(separator: " ", maxSplits: 3).map(String.init)
            switch words.first {
            case "INVALID": end = .stopped(words.prefix(2).joined(separator: " "))
            case "REFUSED" where words.count == 4: end = .stopped(Self.refusal(words[1], words[2], words[3]))
            default: end = .stopped(words.joined(separator: " "))
            }
            return
        }
        end = .submitted(try Self.leaves(ofSubmission: text))
    }

    init() {}

    static func refusal(_ path: String, _ reason: String, _ message: String = "") -> String {
        "REFUSED \(path) \(reason) \(collapsed(message))".trimmingCharacters(in: .whitespaces)
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Every leaf element as "path = value" (same-named siblings indexed from 1) and the root's
    /// attributes as "@name = value". The values of meta/instanceID and of the start and end
    /// timestamps differ from run to run: those elements count, their values do not.
    static func leaves(ofSubmission xml: String) throws -> [String] {
        let root = try #require(try XMLDocument(data: Data(xml.utf8)).rootElement())
        var leaves = (root.attributes ?? []).compactMap { attribute in
            attribute.name.map { "@\($0) = \(attribute.stringValue ?? "")" }
        }
        func walk(_ element: XMLElement, path: String) {
            let children = element.children?.compactMap { $0 as? XMLElement } ?? []
            guard !children.isEmpty else {
                let varies = path.hasSuffix("/meta/instanceID") || ["/data/start", "/data/end"].contains(path)
                leaves.append("\(path) = " + (varies ? "(varies)" : element.stringValue ?? ""))
                return
            }
            for child in children {
                let name = child.name ?? "?"
                let twins = children.filter { $0.name == name }
                let index = twins.count > 1 ? "[\((twins.firstIndex { $0 === child } ?? 0) + 1)]" : ""
                walk(child, path: "\(path)/\(name)\(index)")
            }
        }
        walk(root, path: "/" + (root.name ?? "?"))
        return leaves.sorted()
    }
}

/// KioskForms' side: FormFiller answers the questions the answers name, adds repeat instances
/// while they name further ones, and checks the whole form as finishing it does.
private struct KioskFill {
    var form: XForm
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    func fill(_ answers: [String: String]) throws -> FillOutcome {
        var outcome = FillOutcome()
        let filler = FormFiller(
            form: form, language: nil, now: start, timeZone: TimeZone(identifier: "UTC") ?? .current)
        let session: FormSession
        do throws(FormFiller.Failure) {
            session = try filler.fill(answers) { screen, session in
                outcome.shown += screen.questions.map { question in
                    let label = session.text(for: question.question.label, form: form, at: question.path)
                    let hint = question.question.hint.flatMap { session.text(for: $0, form: form, at: question.path) }
                    return [question.path, label ?? "", hint ?? ""].map(FillOutcome.collapsed).joined(separator: " | ")
                }
            }
        } catch {
            switch error {
            case .refused(let error): outcome.end = .stopped(Self.line(error))
            case .unused(let paths): outcome.end = .stopped("UNUSED " + paths.joined(separator: " "))
            case .tooManyScreens(let count): outcome.end = .stopped("ERROR \(count) screens")
            }
            return outcome
        }
        let xml = session.submissionXML(form: form, instanceID: "uuid:kiosk", endedAt: start.addingTimeInterval(60))
        outcome.end = .submitted(try FillOutcome.leaves(ofSubmission: xml))
        return outcome
    }

    static func line(_ error: FormError) -> String {
        switch error {
        case .required(let path): FillOutcome.refusal(path, "required")
        case .constraint(let path, let message): FillOutcome.refusal(path, "constraint", message)
        case .invalidValue(let path, _, _): "INVALID \(path)"
        default: "ERROR \(error)"
        }
    }
}

/// The programs on ODK's side: pyxform in its venv (made by Tests/tools/setup-pyxform), the ODK
/// Validate jar it bundles, and JavaRosaFill compiled against that jar. Set up once per test process.
private struct ODKTools: Sendable {
    static let repository = FormFixtures.testsFolder.appendingPathComponent("../..").standardizedFileURL
    static let xlsForms = FormFixtures.testsFolder.appendingPathComponent("XLSForms")
    static let shared = Task { try await ODKTools() }

    var venv: URL
    var jar: URL
    /// The compiled harness, under .build so it is built once and never committed.
    var classes: URL
    /// This process's files (.build/odk-compatibility/PID): converted forms, answers files, broken forms.
    var scratch: URL

    init() async throws {
        let setup = Self.repository.appendingPathComponent("Tests/tools/setup-pyxform")
        let path = try await Self.run(setup.path, []).trimmingCharacters(in: .whitespacesAndNewlines)
        venv = URL(fileURLWithPath: path, isDirectory: true)
        // pyxform bundles ODK Validate: lib/python3.X/site-packages/pyxform/validators/odk_validate/bin.
        let libs = (try? FileManager.default.contentsOfDirectory(atPath: venv.appendingPathComponent("lib").path)) ?? []
        let python = libs.first { $0.hasPrefix("python3") } ?? "python3"
        jar = venv.appendingPathComponent(
            "lib/\(python)/site-packages/pyxform/validators/odk_validate/bin/ODK_Validate.jar")
        classes = Self.repository.appendingPathComponent(".build/javarosa-fill", isDirectory: true)
        // One folder per test process, kept for a look after a failure; those of runs long over go.
        let runs = Self.repository.appendingPathComponent(".build/odk-compatibility", isDirectory: true)
        for run in (try? FileManager.default.contentsOfDirectory(at: runs, includingPropertiesForKeys: nil)) ?? []
        where Self.modified(run) < Date(timeIntervalSinceNow: -3600) {
            try? FileManager.default.removeItem(at: run)
        }
        scratch = runs.appendingPathComponent("\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
        try? FileManager.default.removeItem(at: scratch)
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)

        let source = Self.repository.appendingPathComponent("Tests/tools/JavaRosaFill.java")
        let compiled = classes.appendingPathComponent("JavaRosaFill.class")
        if Self.modified(compiled) < max(Self.modified(source), Self.modified(jar)) {
            // javac through `java -m`: Debian's headless JRE carries the compiler module, not the javac command.
            try await Self.run(
                "/usr/bin/env",
                [
                    "java", "-m", "jdk.compiler/com.sun.tools.javac.Main", "-Xlint:all", "-Werror", "-cp", jar.path,
                    "-d", classes.path, source.path,
                ])
        }
    }

    /// The XForm pyxform makes of an XLSForm (without running its validators: `validate` does).
    func convert(_ xlsForm: URL) async throws -> URL {
        let output = scratch.appendingPathComponent(xlsForm.deletingPathExtension().lastPathComponent + ".xml")
        try await Self.run(
            venv.appendingPathComponent("bin/xls2xform").path, ["--skip_validate", xlsForm.path, output.path])
        return output
    }

    /// ODK Validate's verdict (exit status 0) and what it said.
    func validate(_ xform: URL) async throws -> (valid: Bool, output: String) {
        let result = try await Self.execute("/usr/bin/env", ["java", "-jar", jar.path, xform.path])
        return (result.status == 0, result.output + result.errors)
    }

    /// JavaRosa's fill of the form for each answers file, in one JVM.
    func javaRosaFill(form: URL, answers: [URL]) async throws -> [FillOutcome] {
        let arguments = answers.flatMap { [form.path, $0.path] }
        let result = try await Self.execute(
            "/usr/bin/env",
            ["java", "-Duser.timezone=UTC", "-cp", "\(jar.path):\(classes.path)", "JavaRosaFill"] + arguments)
        guard result.status == 0 || (result.status == 2 && answers.count == 1) else {
            throw ToolFailure(
                command: "JavaRosaFill \(form.lastPathComponent)", status: result.status, output: result.errors)
        }
        guard answers.count > 1 else { return [try FillOutcome(javaRosa: result.output)] }
        // Several fills: each result follows its own line "==> ANSWERS <==".
        var blocks: [String] = []
        for line in result.output.split(separator: "\n", omittingEmptySubsequences: false) {
            if answers.contains(where: { line == "==> \($0.path) <==" }) {
                blocks.append("")
            } else if !blocks.isEmpty {
                blocks[blocks.count - 1] += line + "\n"
            }
        }
        guard blocks.count == answers.count else {
            throw ToolFailure(command: "JavaRosaFill \(form.lastPathComponent)", status: 0, output: result.output)
        }
        return try blocks.map(FillOutcome.init(javaRosa:))
    }

    static func modified(_ file: URL) -> Date {
        let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
        return attributes?[.modificationDate] as? Date ?? .distantPast
    }

    /// Runs a program and returns its standard output; a non-zero exit is a failure.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) async throws -> String {
        let result = try await execute(executable, arguments)
        guard result.status == 0 else {
            let command = ([executable] + arguments).joined(separator: " ")
            throw ToolFailure(command: command, status: result.status, output: result.output + result.errors)
        }
        return result.output
    }

    /// Runs a program in the repository, its output and errors apart.
    static func execute(_ executable: String, _ arguments: [String]) async throws -> Program.Run {
        try await Program.run(executable, arguments, in: repository, errors: .apart)
    }
}

/// A tool of ODK's side that failed: the command, its exit status and what it printed.
private struct ToolFailure: Error, CustomStringConvertible {
    var command: String
    var status: Int32
    var output: String

    var description: String { "\(command): exit \(status): \(output)" }
}
