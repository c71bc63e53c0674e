import ArgumentParser
import Foundation
import KioskApp
import KioskForms

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

        func run() throws {
            var failed = false
            for file in files {
                let form = FormFiles(url: URL(fileURLWithPath: file))
                let shared =
                    icons.map { URL(fileURLWithPath: $0) }
                    ?? form.url.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("icons")
                do {
                    let loaded = try form.load()
                    let problems = loaded.problems { form.mediaExists($0, sharedIcons: shared) }
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

    /// `kiosk form fill FILE --answers ANSWERS.json --out INSTANCE.xml [--lang CODE]`
    struct Fill: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fill a form headless from answers and write the submission.")

        @Argument(help: "The XForm file.") var file: String
        @Option(help: "JSON object: question path (\"/data/child[2]/name\") -> value.") var answers: String
        @Option(help: "Where to write the instance XML.") var out: String
        @Option(help: "Language code of the labels printed.") var lang: String?

        func run() throws {
            let form = try FormFiles(url: URL(fileURLWithPath: file)).load()
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: answers)))
            guard let dictionary = object as? [String: Any] else {
                throw ValidationError("\(answers): expected a JSON object of path -> value")
            }
            var values: [String: String] = [:]
            for (path, value) in dictionary {
                switch value {
                case let text as String: values[path] = text
                case let number as NSNumber: values[path] = number.stringValue
                default: throw ValidationError("\(answers): the value of \(path) is not a string or a number")
                }
            }
            let filler = FormFiller(form: form, language: lang, now: Date())
            do {
                let session = try filler.fill(values) { screen, session in
                    for question in screen.questions {
                        print(
                            "\(question.path): \(session.text(for: question.question.label, form: form, at: question.path) ?? "")"
                        )
                    }
                }
                let xml = session.submissionXML(
                    form: form, instanceID: "uuid:\(UUID().uuidString.lowercased())", endedAt: Date())
                try Data(xml.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch let failure as FormFiller.Failure {
                print("error: \(failure)")
                throw ExitCode(1)
            }
        }
    }
}
