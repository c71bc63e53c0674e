import Foundation
import KioskForms
import KioskProcedures

/// The citizen's path through the terminal as a plain state machine: it takes taps (as actions)
/// and returns effects — save, print, speak, wipe — that the app carries out.
public struct CitizenFlow: Sendable {
    public enum Step: Sendable, Equatable {
        case language, procedures, question, review, printing, printFailed, done
    }

    /// What the flow asks the world to do, in order.
    public enum Effect: Sendable, Equatable {
        /// Create a draft for a new session of `form`.
        case startDraft(procedure: String, form: String, language: String)
        /// Make one answer durable before the next screen shows (nil clears it).
        case saveAnswer(path: String, value: String?)
        /// Finalize the session and print its form; report back with `printFinished`.
        case print
        /// Speak these prompts now (on top of the prompts a screen speaks when it opens).
        case speak([String])
        /// Speak the current screen's prompts again.
        case repeatPrompts
        /// The session is over: forget every answer held in memory.
        case endSession
    }

    /// A message shown (and spoken) on the current question.
    public enum Problem: Sendable, Equatable {
        case required, invalid
        /// The form's own message for a refused answer ("" when it has none).
        case constraint(String)
    }

    public let catalog: Catalog
    public let forms: [String: XForm]
    public let languages: [String]

    public private(set) var step: Step = .language
    public private(set) var language: String
    public private(set) var procedure: Procedure?
    public private(set) var session: FormSession?
    /// Digits typed on the numeric pad for the current question.
    public private(set) var entry = ""
    public private(set) var problem: Problem?
    /// The code of the draft, once the app created it.
    public private(set) var draftCode: String?

    /// Digits the pad accepts for one answer.
    static let maximumEntryLength = 12

    public init(catalog: Catalog, forms: [String: XForm], languages: [String]) {
        self.catalog = catalog
        self.forms = forms
        self.languages = languages.isEmpty ? ["vi"] : languages
        self.language = self.languages[0]
    }

    /// The form of the chosen procedure.
    public var form: XForm? { procedure.flatMap { forms[$0.form] } }

    /// The form screen on display, when the step is `.question`.
    public var currentScreen: FormScreen? {
        guard step == .question, let form, let session else { return nil }
        return session.currentScreen(in: form)
    }

    /// The question on screen. The citizen sees one question per screen (DESIGN.md), so the
    /// questions of a field-list group come one after another, `part` counting them.
    public var currentQuestion: ScreenQuestion? {
        guard let questions = currentScreen?.questions, !questions.isEmpty else { return nil }
        return questions[min(part, questions.count - 1)]
    }

    /// Which question of the current form screen is shown (0 but on field-list screens).
    public private(set) var part = 0

    public mutating func handle(_ action: UIAction, at now: Date) -> [Effect] {
        switch (step, action) {
        case (_, .listenAgain):
            return [.repeatPrompts]
        case (.language, .chooseLanguage(let code)) where languages.contains(code):
            language = code
            step = .procedures
        case (.procedures, .chooseProcedure(let id)):
            guard let chosen = catalog.procedure(id: id), let form = forms[chosen.form] else { return [] }
            procedure = chosen
            session = FormSession(form: form, startedAt: now, language: language)
            step = .question
            part = 0
            loadEntry()
            return [.startDraft(procedure: chosen.id, form: chosen.form, language: language)]
        case (.procedures, .back):
            step = .language
        case (.question, .chooseOption(let value)):
            return choose(value)
        case (.question, .key(let digit)):
            problem = nil
            if entry.count < Self.maximumEntryLength { entry += digit }
        case (.question, .backspace):
            problem = nil
            if !entry.isEmpty { entry.removeLast() }
        case (.question, .next):
            return goForward()
        case (.question, .addRepeat):
            guard let form else { return [] }
            do throws(FormError) {
                try session?.addRepeat(in: form)
            } catch {
                problem = .invalid
                return [.speak([UIStrings.prompt(.invalid)])]
            }
            part = 0
            loadEntry()
        case (.question, .back):
            return goBack()
        case (.review, .back):
            guard let form else { return [] }
            session?.back(in: form)
            step = .question
            part = max(0, (currentScreen?.questions.count ?? 1) - 1)
            loadEntry()
        case (.review, .edit(let key)):
            guard let form else { return [] }
            session?.jump(to: key, in: form)
            step = .question
            part = 0
            loadEntry()
        case (.review, .print), (.printFailed, .retryPrint):
            step = .printing
            return [.print]
        case (.done, .finish), (.printFailed, .finish):
            reset()
            return [.endSession]
        default:
            break
        }
        return []
    }

    /// The app tells the flow that the draft for this session exists.
    public mutating func draftStarted(code: String) {
        draftCode = code
    }

    /// The app reports how printing ended.
    public mutating func printFinished(succeeded: Bool) {
        guard step == .printing else { return }
        step = succeeded ? .done : .printFailed
    }

    /// Back to the first screen with nothing of the last citizen kept.
    public mutating func reset() {
        step = .language
        language = languages[0]
        procedure = nil
        session = nil
        entry = ""
        problem = nil
        draftCode = nil
        part = 0
    }

    mutating func choose(_ value: String) -> [Effect] {
        guard let form, let question = currentQuestion else { return [] }
        do throws(FormError) {
            try session?.answer(value, at: question.path, in: form)
        } catch {
            problem = .invalid
            return []
        }
        problem = nil
        var effects: [Effect] = [.saveAnswer(path: question.path, value: value)]
        if let spoken = question.choices.first(where: { $0.value == value })?.label.itextID {
            effects.append(.speak([spoken]))
        }
        return effects
    }

    mutating func goForward() -> [Effect] {
        guard let form, currentScreen != nil else { return [] }
        var effects: [Effect] = []
        if let question = currentQuestion, question.question.control == .input {
            let value = entry.isEmpty ? nil : entry
            if value != question.value {
                do throws(FormError) {
                    try session?.answer(value, at: question.path, in: form)
                } catch {
                    problem = .invalid
                    return [.speak([UIStrings.prompt(.invalid)])]
                }
                effects.append(.saveAnswer(path: question.path, value: value))
            }
        }
        // Leaving one question of a field-list screen checks that question alone.
        if let questions = currentScreen?.questions, part + 1 < questions.count, let session {
            if let error = session.problem(with: questions[part], in: form) { return effects + refuse(error) }
            part += 1
            problem = nil
            loadEntry()
            return effects
        }
        do throws(FormError) {
            try session?.next(in: form)
        } catch {
            return effects + refuse(error)
        }
        problem = nil
        part = 0
        if session?.isAtEnd == true {
            step = .review
        }
        loadEntry()
        return effects
    }

    /// Shows and speaks why the citizen cannot go on.
    mutating func refuse(_ error: FormError) -> [Effect] {
        if case .constraint(_, let message) = error {
            problem = .constraint(message)
            return [.speak([UIStrings.prompt(.invalid)])]
        }
        problem = .required
        return [.speak([UIStrings.prompt(.required)])]
    }

    mutating func goBack() -> [Effect] {
        problem = nil
        if part > 0 {
            part -= 1
            loadEntry()
            return []
        }
        guard let form, let session, session.currentIndex(in: form) > 0 else {
            step = .procedures
            procedure = nil
            self.session = nil
            entry = ""
            return [.endSession]
        }
        self.session?.back(in: form)
        part = max(0, (currentScreen?.questions.count ?? 1) - 1)
        loadEntry()
        return []
    }

    mutating func loadEntry() {
        entry = currentQuestion?.value ?? ""
    }
}
