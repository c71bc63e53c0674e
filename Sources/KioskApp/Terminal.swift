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
    public private(set) var flow: CitizenFlow
    public private(set) var screen: Screen
    /// The draft of the session in progress.
    public private(set) var draft: Draft?
    /// How the last print ended, for staff screens and tests.
    public private(set) var lastPrint: PrintOutcome?

    let builder: ScreenBuilder
    let display: Display
    let icons: IconLibrary
    let store: DraftStore
    let printer: FormPrinter
    let speaker: PromptPlayer
    let clock: @Sendable () -> Date
    let log: Log
    var taps = TapRecognizer()
    var printing: Task<Void, Never>?
    /// The screen whose prompts were last spoken: prompts play once per screen, not per redraw.
    var spokenScreen: String?
    /// The name of the screen on display, logged when it changes (names hold no answers).
    var shownScreen: String?

    public init(
        configuration: KioskConfiguration, catalog: Catalog, forms: [String: XForm], display: Display,
        icons: IconLibrary, store: DraftStore, printer: FormPrinter, speaker: PromptPlayer,
        log: Log = Log(), clock: @escaping @Sendable () -> Date = Date.init
    ) {
        self.configuration = configuration
        metrics = Metrics(
            widthPixels: display.width, heightPixels: display.height,
            widthMM: configuration.panel.widthMM * Double(display.width) / Double(configuration.panel.widthPixels))
        builder = ScreenBuilder(metrics: metrics)
        flow = CitizenFlow(catalog: catalog, forms: forms, languages: configuration.languages)
        screen = builder.screen(for: flow)
        self.display = display
        self.icons = icons
        self.store = store
        self.printer = printer
        self.speaker = speaker
        self.log = log
        self.clock = clock
    }

    /// Shows the first screen.
    public func start() {
        show()
    }

    /// Runs until the touch source finishes (the window closes).
    public func run(touches: AsyncStream<TouchEvent>) async {
        start()
        for await touch in touches {
            handle(touch)
        }
    }

    /// Feeds one touch: a completed tap on a target acts.
    public func handle(_ touch: TouchEvent) {
        guard let target = taps.feed(touch, on: screen), let action = target.action else { return }
        let effects = flow.handle(action, at: clock())
        perform(effects)
        show()
    }

    /// Waits until a print in progress has ended.
    public func settle() async {
        await printing?.value
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
            }
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

    func startPrinting() {
        guard let draft, let form = flow.form, let session = flow.session, let procedure = flow.procedure else {
            flow.printFinished(succeeded: false)
            return
        }
        let now = clock()
        let document = FormDocument(
            procedure: procedure, form: form, session: session, draftCode: draft.code,
            date: now, commune: configuration.commune)
        let pdf: Data
        do {
            try store.finalize(
                draftID: draft.id,
                submission: session.submissionXML(form: form, instanceID: "uuid:\(draft.id)", endedAt: now), at: now)
            pdf = try document.pdf(icons: icons)
        } catch {
            log.error("draft \(draft.code) not finalized: \(error)")
            flow.printFinished(succeeded: false)
            return
        }
        let printer = self.printer
        let store = self.store
        let log = self.log
        let clock = self.clock
        printing = Task { [weak self] in
            var succeeded = false
            do throws(PrintError) {
                let outcome = try await printer.print(pdf: pdf, title: "ho-so-\(draft.code)")
                log.info(
                    "draft \(draft.code) printed: job \(outcome.jobID.map(String.init) ?? "-") on \(outcome.destination)"
                )
                try? store.setStatus(.printed, draftID: draft.id, at: clock())
                self?.lastPrint = outcome
                succeeded = true
            } catch {
                log.error("draft \(draft.code) not printed: \(error)")
            }
            self?.flow.printFinished(succeeded: succeeded)
            self?.show()
        }
    }

    /// Lays out, draws and presents the current state; speaks a screen's prompts when it opens.
    func show() {
        screen = builder.screen(for: flow)
        let screen = self.screen
        display.draw { buffer in
            ImageSurface(buffer: buffer).draw(icons: icons) { canvas in
                ScreenRenderer.draw(screen, on: canvas, metrics: metrics)
            }
        }
        display.present()
        if screen.name != shownScreen {
            shownScreen = screen.name
            log.info("screen \(screen.name)")
        }
        let key = "\(screen.name)|\(flow.problem.map { "\($0)" } ?? "")"
        if key != spokenScreen {
            spokenScreen = key
            speaker.play(screen.audio, language: flow.language)
        }
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
