import ArgumentParser
import Foundation
import KioskApp
import KioskForms
import KioskProcedures

/// `kiosk form ...`: the technician's tools for forms.
struct FormCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "form", abstract: "Check forms and fill them headless.", subcommands: [Check.self, Fill.self])

    /// `kiosk form check FILE...`
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load and statically check forms; one line per problem, exit 0 only when all are valid.")

        @Argument(help: "XForm files (their media folders are NAME-media/ beside them).")
        var files: [String]

        @Option(help: "A folder of shared icons that forms may name (default: Assets/icons beside the forms).")
        var icons: String?

        @Option(help: "The built prompts (default: .build/prompts of the checkout, else Assets/prompts).")
        var prompts: String?

        @Flag(help: "Do not report prompts without audio.")
        var noAudio = false

        func run() throws {
            var failed = false
            for file in files {
                let form = FormFiles(url: URL(fileURLWithPath: file))
                let assets = Assets(root: form.url.deletingLastPathComponent().deletingLastPathComponent())
                let shared = icons.map { URL(fileURLWithPath: $0) } ?? assets.iconsURL
                let library = PromptLibrary(assets: assets, built: prompts.map { URL(fileURLWithPath: $0) })
                do {
                    let loaded = try form.load()
                    var problems = loaded.problems { form.mediaExists($0, sharedIcons: shared) }.map { "\($0)" }
                    if !noAudio {
                        let name = form.url.deletingPathExtension().lastPathComponent
                        for language in loaded.languages {
                            problems += library.missingPrompts(in: loaded, form: name, language: language).map {
                                "no audio for prompt \($0) in \(language) (scripts/build-prompts makes Vietnamese audio)"
                            }
                        }
                    }
                    for problem in problems { print("\(file): \(problem)") }
                    failed = failed || !problems.isEmpty
                    if problems.isEmpty {
                        print(
                            "\(file): ok (\(loaded.questions.count) questions, languages \(loaded.languages.joined(separator: ",")))"
                        )
                    }
                } catch {
                    print("\(file): \(error)")
                    failed = true
                }
            }
            if failed { throw ExitCode(1) }
        }
    }

    /// `kiosk form fill FILE --answers ANSWERS.json --out INSTANCE.xml [--lang CODE] [--now ISO] [--instance-id ID]`
    struct Fill: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fill a form headless from answers, write the submission and print what to bring.",
            discussion: """
                Prints each question as it is asked ("PATH: LABEL"), then, for each procedure of the catalog \
                beside the form that uses it, the documents to bring in this case ("bring ID: WORDS").
                """)

        @Argument(help: "The XForm file.") var file: String
        @Option(help: "JSON object: question path (\"/data/child[2]/name\") -> value.") var answers: String
        @Option(help: "Where to write the instance XML.") var out: String
        @Option(help: "Language code of the labels printed.") var lang: String?
        @Option(help: "The moment the session takes as now, ISO 8601 (default: now).") var now: String?
        @Option(help: "The instanceID of the submission (default: a new uuid:...).") var instanceId: String?

        func run() throws {
            let formFiles = FormFiles(url: URL(fileURLWithPath: file))
            let form = try formFiles.load()
            let values = try Self.answers(from: answers)
            var moment = Date()
            if let now {
                guard let parsed = ISO8601DateFormatter().date(from: now) else {
                    throw ValidationError("--now \(now): expected an ISO 8601 time such as 2026-11-18T18:06:40+07:00")
                }
                moment = parsed
            }
            let filler = FormFiller(
                form: form, language: lang, now: moment,
                timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? .current)
            let filled = Result { () throws(FormFiller.Failure) -> FormSession in
                try filler.fill(values) { screen, session in
                    for question in screen.questions {
                        print(
                            "\(question.path): \(session.text(for: question.question.label, form: form, at: question.path) ?? "")"
                        )
                    }
                }
            }
            guard case .success(let session) = filled else {
                if case .failure(let failure) = filled { print("error: \(failure)") }
                throw ExitCode(1)
            }
            let xml = session.submissionXML(
                form: form, instanceID: instanceId ?? "uuid:\(UUID().uuidString.lowercased())", endedAt: moment)
            try Data(xml.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)

            let name = formFiles.url.deletingPathExtension().lastPathComponent
            let assets = Assets(root: formFiles.url.deletingLastPathComponent().deletingLastPathComponent())
            guard let catalog = try? assets.catalog() else { return }
            for procedure in catalog.procedures where procedure.forms.contains(name) {
                for item in procedure.checklist(for: session, form: form) {
                    print("bring \(item.id): \(item.words(in: lang ?? form.defaultLanguage ?? "vi"))")
                }
            }
        }

        /// The answers file: a JSON object of path -> string or number.
        static func answers(from file: String) throws -> [String: String] {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file)))
            guard let dictionary = object as? [String: Any] else {
                throw ValidationError("\(file): expected a JSON object of path -> value")
            }
            var values: [String: String] = [:]
            for (path, value) in dictionary {
                switch value {
                case let text as String: values[path] = text
                case let number as NSNumber: values[path] = number.stringValue
                default: throw ValidationError("\(file): the value of \(path) is not a string or a number")
                }
            }
            return values
        }
    }
}
