import Foundation
import KioskForms

extension CitizenFlow {
    /// Actions that do not depend on the question on screen: the overlays (still there?, help, a
    /// device problem), help itself, the resume pad, the rating. Nil for an action that is not one.
    mutating func handleShared(_ action: UIAction) -> [Effect]? {
        if let overlay { return handleOverlay(overlay, action) }
        switch (step, action) {
        case (_, .help) where step != .printing:
            overlay = .help
            return []
        case (.procedures, .openResume):
            step = .resume
            resumeEntry = NumericEntry("", format: .digits)
            problem = nil
            return []
        case (.resume, _):
            return handleResume(action)
        case (.draftStatus, _):
            return handleDraftStatus(action)
        case (.rating, .rate(let score)) where (1...5).contains(score):
            let effects: [Effect] = [.rate(score: score, procedure: procedure?.id, language: language), .endSession]
            reset()
            return effects
        default:
            return nil
        }
    }

    mutating func handleOverlay(_ shown: Overlay, _ action: UIAction) -> [Effect] {
        switch (shown, action) {
        case (_, .listenAgain):
            return [.repeatPrompts]
        case (.stillThere, .stillHere), (.help, .back), (.deviceProblem, .back):
            overlay = nil
        case (.help, .toggleAssisted):
            assisted.toggle()
            overlay = nil
        case (.help, .saveForLater):
            overlay = nil
            return saveForLater()
        case (.deviceProblem, .retryPrint) where step == .printFailed:
            overlay = nil
            step = .printing
            return [.print]
        case (.stillThere, .finish):
            return wipe()
        case (.deviceProblem, .finish) where step == .printing:
            // The job stays at the printer and prints once it is fixed; the citizen goes on.
            overlay = nil
            printPending = true
            return afterPrinting()
        default:
            break
        }
        return []
    }

    /// The time passes: after the idle time "are you still there?" shows (and is spoken, as any
    /// screen that opens); after the grace time too the session is wiped. Nothing happens on the
    /// first screen or while printing. Call it every second or so with the injected clock.
    public mutating func tick(at now: Date) -> [Effect] {
        guard step != .language || overlay != nil, step != .printing else { return [] }
        let quiet = now.timeIntervalSince(lastActivity)
        if quiet >= idlePolicy.idle + idlePolicy.grace { return wipe() }
        if quiet >= idlePolicy.idle, overlay != .stillThere { overlay = .stillThere }
        return []
    }

    /// Nobody is there any more: an unfinished draft that was not saved for later goes too.
    mutating func wipe() -> [Effect] {
        let unfinished = draftCode != nil && (step == .question || step == .review)
        reset()
        return (unfinished ? [.discardDraft] : []) + [.endSession]
    }

    /// Shows a device problem over the flow (nil takes a shown one away). The session stays as it was.
    public mutating func deviceProblem(_ problem: DeviceProblem?) {
        if let problem {
            overlay = .deviceProblem(problem)
        } else if case .deviceProblem = overlay {
            overlay = nil
        }
    }

    /// "Continue later": the app stores the session with the draft; the code shows and is spoken.
    mutating func saveForLater() -> [Effect] {
        guard session != nil, draftCode != nil, step == .question || step == .review else { return [] }
        step = .saved
        problem = nil
        return [.saveForLater]
    }

    mutating func handleResume(_ action: UIAction) -> [Effect]? {
        switch action {
        case .key(let key):
            for character in key { resumeEntry.type(character) }
            problem = nil
        case .backspace:
            resumeEntry.backspace()
            problem = nil
        case .next:
            guard !resumeEntry.text.isEmpty else {
                problem = .required
                return [.speak([UIStrings.prompt(.required)])]
            }
            return [.resumeDraft(code: resumeEntry.text)]
        case .back:
            step = .procedures
            problem = nil
        default:
            return nil
        }
        return []
    }

    /// The app found the draft of the code typed: the citizen goes on where they stopped.
    public mutating func resume(procedure id: String, session restored: FormSession, code: String) {
        guard step == .resume, let chosen = catalog.procedure(id: id), forms[chosen.form] != nil else {
            resumeFailed()
            return
        }
        procedure = chosen
        session = restored
        draftCode = code
        if let spoken = restored.language, languages.contains(spoken) { language = spoken }
        problem = nil
        part = 0
        step = restored.isAtEnd ? .review : .question
        reviewFirst = 0
        loadEntry()
    }

    /// No draft has the code typed (or it cannot be restored): say so on the pad.
    public mutating func resumeFailed() {
        guard step == .resume else { return }
        problem = .unknownCode
    }
}
