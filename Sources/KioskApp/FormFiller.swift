import Foundation
import KioskForms

/// Runs a form headless from a set of answers, screen by screen, as a citizen would: for
/// `kiosk form fill` and for tests of the procedures.
public struct FormFiller: Sendable {
    /// One screen the filler went through.
    public struct Visit: Sendable, Equatable {
        public var key: String
        /// "path: label" for each question on the screen, in the language.
        public var lines: [String]
    }

    /// Why a fill stopped.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        /// A question refused its answer or could not be left (required, constraint).
        case refused(path: String, message: String)
        /// Answers given for questions that never showed.
        case unused([String])
        /// A repeat kept asking for more than the answers have.
        case tooManyScreens(Int)

        public var description: String {
            switch self {
            case .refused(let path, let message): "\(path): \(message)"
            case .unused(let paths): "never asked (not relevant or no such question): \(paths.joined(separator: ", "))"
            case .tooManyScreens(let count): "stopped after \(count) screens"
            }
        }
    }

    public var form: XForm
    public var language: String?
    public var now: Date

    public init(form: XForm, language: String?, now: Date) {
        self.form = form
        self.language = language
        self.now = now
    }

    /// Fills the form with `answers` (concrete path -> value); a repeat gets as many instances as
    /// the answers name (`/data/child[3]/name` means three). `visit` is told of every screen.
    public func fill(_ answers: [String: String], visit: (Visit) -> Void) throws(Failure) -> FormSession {
        var session = FormSession(form: form, startedAt: now, language: language)
        var used = Set<String>()
        var screensSeen = 0
        while let screen = session.currentScreen(in: form) {
            screensSeen += 1
            guard screensSeen <= 10_000 else { throw .tooManyScreens(screensSeen) }
            if case .repeatPrompt(let path, _, let count) = screen.kind {
                let wanted = answers.keys.contains {
                    $0.hasPrefix(indexedPrefix(screen: screen, path: path, index: count + 1))
                }
                visit(Visit(key: screen.key, lines: ["\(path): add another? \(wanted ? "yes" : "no")"]))
                do throws(FormError) {
                    if wanted { try session.addRepeat(in: form) } else { try session.next(in: form) }
                } catch {
                    throw .refused(path: path, message: message(error))
                }
                continue
            }
            visit(
                Visit(
                    key: screen.key,
                    lines: screen.questions.map {
                        "\($0.path): \(session.text(for: $0.question.label, form: form, at: $0.path) ?? "")"
                    }))
            for question in screen.questions {
                guard let value = answers[question.path] else { continue }
                used.insert(question.path)
                do throws(FormError) {
                    try session.answer(value, at: question.path, in: form)
                } catch {
                    throw .refused(path: question.path, message: message(error))
                }
            }
            do throws(FormError) {
                try session.next(in: form)
            } catch {
                throw .refused(path: screen.questions.first?.path ?? screen.key, message: message(error))
            }
        }
        let unused = Set(answers.keys).subtracting(used).sorted()
        guard unused.isEmpty else { throw .unused(unused) }
        return session
    }

    /// "/data/child[3]" for the third instance of /data/child under the prompt's parent.
    func indexedPrefix(screen: FormScreen, path: String, index: Int) -> String {
        let parent = screen.key.dropFirst(2).split(separator: "|").first.map(String.init) ?? ""
        let name = path.split(separator: "/").last.map(String.init) ?? ""
        return (parent == "/" ? "" : parent) + "/\(name)[\(index)]"
    }

    /// The words a citizen would be told.
    func message(_ error: FormError) -> String {
        switch error {
        case .required: "required"
        case .constraint(_, let message): message.isEmpty ? "refused by its constraint" : message
        default: error.description
        }
    }
}
