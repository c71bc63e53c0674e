import Foundation

/// Runs a form headless from a set of answers, screen by screen, as a citizen would: for
/// `kiosk form fill`, the procedures' tests and the comparison with ODK's engine.
public struct FormFiller: Sendable {
    /// Why a fill stopped.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        /// A question refused its answer or could not be left (required, constraint, a wrong value).
        case refused(FormError)
        /// Answers given for questions that never showed.
        case unused([String])
        /// The screens never ended (a form that keeps asking).
        case tooManyScreens(Int)

        public var description: String {
            switch self {
            case .refused(.required(let path)): "\(path): required"
            case .refused(.constraint(let path, let message)):
                "\(path): \(message.isEmpty ? "refused by its constraint" : message)"
            case .refused(let error): error.description
            case .unused(let paths): "never asked (not relevant or no such question): \(paths.joined(separator: ", "))"
            case .tooManyScreens(let count): "stopped after \(count) screens"
            }
        }
    }

    public var form: XForm
    public var language: String?
    public var now: Date
    public var timeZone: TimeZone

    public init(form: XForm, language: String?, now: Date, timeZone: TimeZone = .current) {
        self.form = form
        self.language = language
        self.now = now
        self.timeZone = timeZone
    }

    /// Fills the form with `answers` (concrete path -> value); a repeat gets as many instances as
    /// the answers name (`/data/child[3]/name` means three). `visit` sees every question screen as
    /// it is shown, before it is answered. At the end the whole form is checked, as finishing it is.
    public func fill(
        _ answers: [String: String], visit: (FormScreen, FormSession) -> Void = { _, _ in }
    ) throws(Failure) -> FormSession {
        var session = FormSession(form: form, startedAt: now, language: language)
        session.timeZone = timeZone
        var used = Set<String>()
        var screensSeen = 0
        do {
            while let screen = session.currentScreen(in: form) {
                screensSeen += 1
                guard screensSeen <= 10_000 else { throw Failure.tooManyScreens(screensSeen) }
                if case .repeatPrompt(let path, _, let count) = screen.kind {
                    let next = Self.instancePrefix(screen: screen, path: path, index: count + 1)
                    if answers.keys.contains(where: { $0.hasPrefix(next + "/") }) {
                        try session.addRepeat(in: form)
                    } else {
                        try session.next(in: form)
                    }
                    continue
                }
                visit(screen, session)
                for question in screen.questions {
                    guard let value = answers[question.path] else { continue }
                    used.insert(question.path)
                    try session.answer(value, at: question.path, in: form)
                }
                try session.next(in: form)
            }
            let unused = Set(answers.keys).subtracting(used).sorted()
            guard unused.isEmpty else { throw Failure.unused(unused) }
            if let problem = session.firstProblem(in: form) { throw problem }
        } catch let failure as Failure {
            throw failure
        } catch let error as FormError {
            throw .refused(error)
        } catch {
            // Every call above throws FormError or Failure; this keeps the typed throw total.
            throw .refused(.unsupported("\(error)"))
        }
        return session
    }

    /// "/data/child[3]" for the third instance of /data/child under a repeat prompt's parent.
    static func instancePrefix(screen: FormScreen, path: String, index: Int) -> String {
        let parent = screen.key.dropFirst(2).split(separator: "|").first.map(String.init) ?? ""
        let name = path.split(separator: "/").last.map(String.init) ?? ""
        return "\(parent)/\(name)[\(index)]"
    }
}
