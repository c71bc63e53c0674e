import Foundation
import KioskForms
import KioskProcedures
import KioskQueue

/// The citizen's path through the terminal as a plain state machine: it takes taps (as actions)
/// and returns effects — save, print, speak, wipe — that the app carries out.
public struct CitizenFlow: Sendable {
    public enum Step: Sendable, Equatable {
        case language, procedures, question, review, printing, printFailed, done
        /// The numeric pad that takes the code of a draft saved for later.
        case resume
        /// "Continue later": the draft is saved, its code shown and spoken.
        case saved
        /// The faces of the satisfaction rating, after the done screen.
        case rating
        /// "Do you have priority?" (elderly, disability, pregnant, small child, none): after
        /// printing, before the queue ticket is taken.
        case priority
        /// The status at the center of a sent draft whose code was typed on the resume pad.
        case draftStatus
    }

    /// A screen shown over the step, which is kept underneath with the session.
    public enum Overlay: Sendable, Equatable {
        /// "Are you still there?" after the idle time; a touch brings the citizen back.
        case stillThere
        /// Whom to ask; continue later; assisted mode.
        case help
        /// A device the citizen depends on has a problem (printer out of paper, ...).
        case deviceProblem(DeviceProblem)
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
        /// Keep the draft for later: store the sealed session snapshot with it (its code is shown).
        case saveForLater
        /// Look up the draft with this code and hand its session back with `resume(...)`.
        case resumeDraft(code: String)
        /// The citizen walked away from an unfinished form: delete its draft.
        case discardDraft
        /// Keep a satisfaction rating (1 to 5), with nothing that names the citizen.
        case rate(score: Int, procedure: String?, language: String)
        /// Take a queue ticket for the procedure's service; report back with `ticketTaken`.
        case takeTicket(priority: PriorityGroup?)
    }

    /// A message shown (and spoken) on the current question.
    public enum Problem: Sendable, Equatable {
        case required, invalid
        /// No saved draft has the code typed on the resume screen.
        case unknownCode
        /// The form's own message for a refused answer ("" when it has none).
        case constraint(String)
    }

    public let catalog: Catalog
    public let forms: [String: XForm]
    public let languages: [String]

    public internal(set) var step: Step = .language
    public internal(set) var language: String
    public internal(set) var procedure: Procedure?
    public internal(set) var session: FormSession?
    /// What the citizen entered on the current question and has not yet given (typed text, digits,
    /// the date picker, ticked choices and the list's filter and page).
    public internal(set) var input: QuestionInput = .none
    /// Telex on the Vietnamese keyboard, for those who know it; kept for the whole session.
    public internal(set) var telex = false
    public internal(set) var problem: Problem?
    /// The first answer shown on the review (it pages like a long list).
    public internal(set) var reviewFirst = 0
    /// The code of the draft, once the app created it.
    public internal(set) var draftCode: String?
    /// The citizen went on while the form waited at a broken printer: it prints once the printer
    /// is fixed, and the done screen says to ask the staff for it.
    public internal(set) var printPending = false

    /// A screen shown over the step (still there?, help, a device problem), if any.
    public internal(set) var overlay: Overlay?
    /// Assisted mode: a denser layout and a full keyboard for a volunteer or staff member.
    public internal(set) var assisted = false
    /// When "are you still there?" shows and when the session is wiped.
    public var idlePolicy = IdlePolicy()
    /// Whom to ask, from provisioning, on the help screen.
    public var helpContacts: [HelpContact] = []
    /// The last touch that did something: the idle time counts from it.
    public internal(set) var lastActivity = Date(timeIntervalSince1970: 0)
    /// The digits typed on the resume screen.
    public internal(set) var resumeEntry = NumericEntry("", format: .digits)
    /// The sent draft whose status shows, on the draft status step.
    public internal(set) var sentDraft: SentDraft?

    /// Queue numbers after printing (off unless the app turns them on).
    public var queue = QueueOptions()
    /// The session's queue ticket.
    public internal(set) var ticket = TicketStatus.none

    /// Today, from the time of the last action (the date picker's default and last year).
    var today = DateComponentsYMD(year: 2000, month: 1, day: 1)

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
    public internal(set) var part = 0

    /// How the question on screen is asked.
    public var style: QuestionStyle? { currentQuestion.map(QuestionStyle.init) }

    /// The text typed or the digits entered on the current question ("" for other inputs).
    public var entry: String {
        switch input {
        case .text(let composer): composer.text
        case .number(let number): number.text
        default: ""
        }
    }

    public mutating func handle(_ action: UIAction, at now: Date) -> [Effect] {
        today = Self.day(of: now, in: session?.timeZone ?? .current)
        lastActivity = now
        if let effects = handleShared(action) { return effects }
        if step == .question, let effects = handleInput(action) { return effects }
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
        case (.review, .showPage(let from)):
            reviewFirst = max(0, from)
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
        case (.priority, .choosePriority(let group)):
            return takeTicket(priority: group)
        case (.review, .print), (.printFailed, .retryPrint):
            step = .printing
            return [.print]
        case (.done, .finish):
            // The answers leave memory now; the rating keeps only which procedure and language.
            let rated = (procedure: procedure, language: language)
            reset()
            step = .rating
            procedure = rated.procedure
            language = rated.language
            return [.endSession]
        case (.printFailed, .finish) where queue.enabled:
            // The form did not print, but its draft is kept and sent: the citizen still gets a
            // number, and the staff print the form from its code.
            return afterPrinting()
        case (.printFailed, .finish), (.saved, .finish), (.rating, .finish):
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

    /// The app reports how printing ended; carry out the effects returned (a queue ticket).
    @discardableResult
    public mutating func printFinished(succeeded: Bool) -> [Effect] {
        guard step == .printing else { return [] }
        guard succeeded else {
            step = .printFailed
            return []
        }
        return afterPrinting()
    }

    /// Back to the first screen with nothing of the last citizen kept.
    public mutating func reset() {
        step = .language
        language = languages[0]
        procedure = nil
        session = nil
        input = .none
        telex = false
        problem = nil
        draftCode = nil
        printPending = false
        ticket = .none
        overlay = nil
        assisted = false
        resumeEntry = NumericEntry("", format: .digits)
        sentDraft = nil
        part = 0
        reviewFirst = 0
    }

    /// A select one: the tapped choice is the answer at once, saved and spoken.
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
        if let choice = question.choices.first(where: { $0.value == value }) {
            effects.append(.speak([spokenPrompt(for: choice)]))
        }
        return effects
    }

    mutating func goForward() -> [Effect] {
        guard let form, currentScreen != nil else { return [] }
        var effects: [Effect] = []
        if let question = currentQuestion, let style {
            var pending = input.pending(for: style)
            // A trigger is acknowledged by going on from it, as ODK Collect's "OK".
            if style == .note, question.question.control == .trigger, !question.isReadonly { pending = .answer("OK") }
            if case .answer(let value) = pending, value != question.value {
                do throws(FormError) {
                    try session?.answer(value, at: question.path, in: form)
                } catch {
                    problem = .invalid
                    return [.speak([UIStrings.prompt(.invalid)])]
                }
                // The stored form is canonical ("02" is kept as "2"): save that, as the session holds it.
                effects.append(.saveAnswer(path: question.path, value: session?.value(at: question.path)))
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
            reviewFirst = 0
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
            input = .none
            return [.endSession]
        }
        self.session?.back(in: form)
        part = max(0, (currentScreen?.questions.count ?? 1) - 1)
        loadEntry()
        return []
    }

    /// The progress dots: how many form screens there are and which is on display. Worked out as a
    /// question opens, not on every key press (it walks the whole form's relevance).
    public internal(set) var progress = (count: 0, current: 0)

    /// Sets up the input of the question now on screen from its answer.
    mutating func loadEntry() {
        if let form, let session {
            progress = (session.screens(in: form).count, session.currentIndex(in: form))
        }
        guard let question = currentQuestion, let style else {
            input = .none
            return
        }
        switch style {
        case .keyboard(let capitals):
            input = .text(VietnameseComposer(question.value ?? "", mode: telex ? .telex : .direct, capitals: capitals))
        case .numbers(let format):
            input = .number(NumericEntry(question.value ?? "", format: format))
        case .date:
            input = .date(DatePicker(value: question.value, today: today, appearance: question.question.appearance))
        case .tiles(let multiple), .list(let multiple):
            var picker = ChoicePicker(multiple: multiple, value: question.value)
            // A long list opens on the page of the answer given.
            if let value = picker.selected.first {
                picker.first = question.choices.firstIndex { $0.value == value } ?? 0
            }
            input = .choices(picker)
        case .note:
            input = .none
        }
    }

    /// The calendar day of `date` where the terminal is.
    static func day(of date: Date, in zone: TimeZone) -> DateComponentsYMD {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return DateComponentsYMD(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
