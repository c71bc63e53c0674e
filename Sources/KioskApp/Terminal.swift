import Foundation
import KioskForms
import KioskGraphics
import KioskPrinting
import KioskProcedures
import KioskStore
import KioskUI

/// The running terminal: takes touches, moves the citizen's flow, carries out its effects
/// (durable answers, printing, speech) and draws the screen. Devices are handed in, so the same
/// terminal runs on DRM, in an X11 window or headless in tests.
@MainActor
public final class Terminal {
    public let configuration: KioskConfiguration
    public let metrics: Metrics
    public internal(set) var flow: CitizenFlow
    public private(set) var screen: Screen
    /// The draft of the session in progress.
    public private(set) var draft: Draft?
    /// How the last print ended, for staff screens and tests.
    public internal(set) var lastPrint: PrintOutcome?

    let builder: ScreenBuilder
    let display: Display
    let icons: IconLibrary
    let store: DraftStore
    /// The A4 printer, for forms.
    let printer: DocumentPrinter
    /// The raw queue of the ticket printer; nil when the terminal has none.
    let ticketPrinter: DocumentPrinter?
    let speaker: PromptPlayer
    let clock: @Sendable () -> Date
    let log: Log
    var taps = TapRecognizer()
    var printing: Task<Void, Never>?
    /// Tickets being printed, by request: each leaves the set when it ended.
    var ticketPrints: [Int: Task<Void, Never>] = [:]
    var nextTicketPrint = 0
    /// The printer problem each printer (the form's, the ticket's) now has, shown to the citizen.
    var printerProblems: [PrinterRole: DeviceProblem] = [:]
    /// The screen whose prompts were last spoken: prompts play once per screen, not per redraw.
    var spokenScreen: String?
    /// The name of the screen on display, logged when it changes (names hold no answers).
    var shownScreen: String?
    /// The layout now on the display, for damage tracking; nil before the first frame.
    var drawnScreen: Screen?
    /// The target under the finger, drawn pressed until the finger lifts.
    var pressedTarget: Element?
    /// What the last redraw painted: nil for the whole frame, else the damaged rectangles.
    public private(set) var lastDamage: [Rect]?
    var idleTimer: Task<Void, Never>?
    /// Called after every `show()` with the screen laid out: scripted drivers of the real program
    /// (`kiosk run --targets`) learn where the targets are. Screens carry no typed answers.
    public var onShow: ((Screen) -> Void)?
    /// The print templates (Assets/templates): forms print as the official paper forms. Without
    /// them the form prints as a plain list of the answers.
    public var printTemplates: URL?
    /// The uploader, told to look as soon as a draft is finalized.
    public var sync: SyncService?
    /// Where queue tickets come from after printing (`Terminal+Queue.swift`); nil: no numbers.
    public var tickets: TicketSource? {
        didSet { flow.queue.enabled = tickets != nil }
    }
    /// The ticket being taken, off the screen's way.
    var ticketing: Task<Void, Never>?

    public init(
        configuration: KioskConfiguration, catalog: Catalog, forms: [String: XForm], display: Display,
        icons: IconLibrary, store: DraftStore, printer: DocumentPrinter, ticketPrinter: DocumentPrinter? = nil,
        speaker: PromptPlayer, log: Log = Log(), clock: @escaping @Sendable () -> Date = Date.init
    ) {
        self.configuration = configuration
        metrics = Metrics(
            widthPixels: display.width, heightPixels: display.height,
            widthMM: configuration.panel.widthMM * Double(display.width) / Double(configuration.panel.widthPixels))
        builder = ScreenBuilder(metrics: metrics)
        flow = CitizenFlow(catalog: catalog, forms: forms, languages: configuration.languages)
        flow.idlePolicy = configuration.idle
        flow.helpContacts = configuration.helpContacts
        screen = builder.screen(for: flow)
        self.display = display
        self.icons = icons
        self.store = store
        self.printer = printer
        self.ticketPrinter = ticketPrinter
        self.speaker = speaker
        self.log = log
        self.clock = clock
        // A village house's terminal owns its queue; center mode is wired by its caller (`tickets`).
        if configuration.queue.mode == .village {
            tickets = VillageDesk(store: store, settings: configuration.queue, clock: clock)
        }
        flow.queue = .init(enabled: tickets != nil, asksPriority: configuration.queue.askPriority)
    }

    /// Shows the first screen.
    public func start() {
        show()
    }

    /// Runs until the touch source finishes (the window closes).
    public func run(touches: AsyncStream<TouchEvent>) async {
        start()
        idleTimer = Task { [weak self] in
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                self?.tick()
            }
        }
        defer { idleTimer?.cancel() }
        for await touch in touches {
            handle(touch)
        }
    }

    /// The time passes (the run loop calls it every second): "are you still there?", then the wipe.
    public func tick() {
        let effects = flow.tick(at: clock())
        perform(effects)
        if !effects.isEmpty || builder.screen(for: flow) != screen { show() }
    }

    /// Feeds one touch: the target under a finger going down is drawn pressed; a completed tap on
    /// a target acts.
    public func handle(_ touch: TouchEvent) {
        let target = taps.feed(touch, on: screen)
        if touch.slot == 0 { feedback(touch) }
        guard let target, let action = target.action(at: touch.point) else { return }
        let effects = flow.handle(action, at: clock())
        perform(effects)
        show()
    }

    /// Press feedback: the target under the finger shows pressed while it is down.
    func feedback(_ touch: TouchEvent) {
        let before = pressedTarget
        switch touch.phase {
        case .down: pressedTarget = screen.hitTest(touch.point)
        case .up, .cancel: pressedTarget = nil
        case .move: if let pressed = pressedTarget, !pressed.frame.contains(touch.point) { pressedTarget = nil }
        }
        if pressedTarget != before { redraw() }
    }

    /// Shows a device problem over the citizen's screen, or takes it away (nil); the session is
    /// kept. The printing adapter's states map to `DeviceProblem`.
    public func deviceProblem(_ problem: DeviceProblem?) {
        flow.deviceProblem(problem)
        show()
    }

    /// Waits until the form and the tickets being printed have ended.
    public func settle() async {
        await printing?.value
        await ticketing?.value
        while let ticket = ticketPrints.values.first {
            await ticket.value
        }
    }

    func perform(_ effects: [CitizenFlow.Effect]) {
        for effect in effects {
            switch effect {
            case .startDraft(let procedure, let form, let language):
                startDraft(procedure: procedure, formID: form, language: language)
            case .saveAnswer(let path, let value):
                guard let draft else { continue }
                do throws(StoreError) {
                    try store.saveAnswer(draftID: draft.id, path: path, value: value, at: clock())
                } catch {
                    log.error("answer not saved for draft \(draft.code): \(error)")
                }
            case .print:
                startPrinting()
            case .speak(let prompts):
                speaker.play(prompts, language: flow.language)
            case .repeatPrompts:
                speaker.play(screen.audio, language: flow.language)
            case .endSession:
                draft = nil
            case .saveForLater:
                saveForLater()
            case .resumeDraft(let code):
                resume(code: code)
            case .discardDraft:
                guard let draft else { continue }
                do throws(StoreError) {
                    try store.deleteDraft(id: draft.id)
                    log.info("draft \(draft.code) abandoned and deleted")
                } catch {
                    log.error("abandoned draft \(draft.code) not deleted: \(error)")
                }
            case .takeTicket(let priority):
                takeTicket(priority: priority)
            case .rate(let score, let procedure, let language):
                let day = ISO8601DateFormatter.string(
                    from: clock(), timeZone: .current, formatOptions: [.withFullDate])
                do throws(StoreError) {
                    try store.saveRating(Rating(score: score, procedure: procedure, language: language, day: day))
                } catch {
                    log.error("rating not kept: \(error)")
                }
            }
        }
    }

    func saveForLater() {
        guard let draft, let session = flow.session else { return }
        do {
            try store.saveSnapshot(draftID: draft.id, snapshot: try session.snapshot(), at: clock())
            log.info("draft \(draft.code) saved for later")
        } catch {
            log.error("draft \(draft.code) not saved for later: \(error)")
        }
    }

    func resume(code: String) {
        do {
            guard let saved = try store.savedDraft(code: code), let form = flow.forms[saved.draft.formID] else {
                if !showSentDraftStatus(code: code) { flow.resumeFailed() }
                return
            }
            let session = try FormSession(snapshot: saved.snapshot, form: form)
            flow.resume(procedure: saved.draft.procedure, session: session, code: saved.draft.code)
            if flow.step == .question || flow.step == .review {
                draft = saved.draft
                log.info("draft \(saved.draft.code) resumed")
            }
        } catch {
            // A snapshot of another form version, or damaged: the citizen is told the code does not work.
            log.error("draft not resumed: \(error)")
            flow.resumeFailed()
        }
    }

    func startDraft(procedure: String, formID: String, language: String) {
        do throws(StoreError) {
            let created = try store.createDraft(
                procedure: procedure, formID: formID,
                formVersion: flow.forms[formID]?.version, language: language, at: clock())
            draft = created
            flow.draftStarted(code: created.code)
            log.info("draft \(created.code) started: \(procedure)")
        } catch {
            log.error("draft not created: \(error)")
        }
    }

    /// Lays out, draws and presents the current state; speaks a screen's prompts when it opens.
    func show() {
        screen = builder.screen(for: flow)
        pressedTarget = nil
        redraw()
        let screen = self.screen
        if screen.name != shownScreen {
            shownScreen = screen.name
            log.info("screen \(screen.name)")
        }
        let key = "\(screen.name)|\(flow.problem.map { "\($0)" } ?? "")"
        if key != spokenScreen {
            spokenScreen = key
            speaker.play(screen.audio, language: flow.language)
        }
        onShow?(screen)
    }

    /// Draws the screen as it stands (with the pressed target, if any): only the rectangles that
    /// changed when the display still holds the last frame, else the whole frame.
    func redraw() {
        var next = screen
        if let pressedTarget { next = next.pressing(pressedTarget, theme: builder.theme) }
        let damage = display.keepsLastFrame ? drawnScreen.flatMap { next.damage(from: $0) } : nil
        if let damage, damage.isEmpty { return }
        display.draw { buffer in
            ImageSurface(buffer: buffer).draw(icons: icons) { canvas in
                if let damage {
                    ScreenRenderer.draw(next, damage: damage, on: canvas, metrics: metrics)
                } else {
                    ScreenRenderer.draw(next, on: canvas, metrics: metrics)
                }
            }
        }
        display.present()
        drawnScreen = next
        lastDamage = damage
    }

    /// Taps the centre of the element with `id` through the real touch path, for scripted walks.
    @discardableResult
    public func tap(_ id: String) -> Bool {
        guard let element = screen.element(id: id) else { return false }
        tap(at: element.frame.center)
        return true
    }

    /// A press and release at a screen point, as a finger would.
    public func tap(at point: Point) {
        handle(TouchEvent(.down, at: point))
        handle(TouchEvent(.up, at: point))
    }
}
