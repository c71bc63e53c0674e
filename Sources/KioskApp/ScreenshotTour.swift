import Foundation
import KioskDevices
import KioskForms
import KioskGraphics
import KioskPrinting
import KioskStore
import KioskUI

/// Walks the whole citizen flow headless — memory display, taps at screen coordinates — and
/// writes a PNG of every screen with a description of each (`kiosk screenshot`).
@MainActor
public struct ScreenshotTour {
    /// One screen as the tour saw it; the objects of screens.json.
    public struct Shot: Codable, Sendable, Equatable {
        public var name: String
        public var language: String
        public var png: String
        public var audio: [String]
        /// Null on a screen without touch targets (printing), so every object has the same keys.
        public var smallestTargetMM: Double?
        /// Each touch target's frame in pixels, [x, y, width, height], by element id: for
        /// scripted clicks on the real program (xdotool) and for reviewing layouts.
        public var targets: [String: [Double]]

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(language, forKey: .language)
            try c.encode(png, forKey: .png)
            try c.encode(audio, forKey: .audio)
            try c.encode(smallestTargetMM, forKey: .smallestTargetMM)
            try c.encode(targets, forKey: .targets)
        }
    }

    public var assets: Assets
    public var configuration: KioskConfiguration
    public var output: URL

    public init(assets: Assets, configuration: KioskConfiguration, output: URL) {
        self.assets = assets
        self.configuration = configuration
        self.output = output
    }

    /// Runs the tour in every configured language and writes DIR/*.png and DIR/screens.json.
    public func run() async throws -> [Shot] {
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-tour-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let state = StateFolder(url: scratch)
        try state.prepare()
        let store = try state.openStore()
        let catalog = try assets.catalog()
        let forms = try assets.forms(for: catalog)
        let icons = IconLibrary(directories: assets.iconDirectories(forms: Array(forms.keys)))

        var shots: [Shot] = []
        for language in configuration.languages {
            for printerWorks in [true, false] {
                let display = MemoryDisplay(
                    width: configuration.panel.widthPixels, height: configuration.panel.heightPixels)
                let printer: DocumentPrinter =
                    printerWorks
                    ? DirectoryPrinter(directory: output.appendingPathComponent("printed"))
                    : OfflinePrinter()
                let clock = ManualClock(Date())
                var configuration = configuration
                if configuration.helpContacts.isEmpty {
                    configuration.helpContacts = [
                        HelpContact(name: "Đoàn thanh niên xã — anh Lò Văn Páo", phone: "0912 345 678")
                    ]
                }
                let terminal = Terminal(
                    configuration: configuration, catalog: catalog, forms: forms, display: display,
                    icons: icons, store: store, printer: printer, speaker: RecordingPromptPlayer(),
                    log: Log(label: "tour"), clock: clock.now)
                let walk = Walk(
                    terminal: terminal, display: display, clock: clock, output: output, language: language,
                    shots: shots)
                try await walk.run(fullTour: printerWorks)
                if printerWorks { try walk.birth3in1(assets: assets) }
                shots = walk.shots
            }
            // The end with a queue number (priority question, the number): a village house's own
            // queue in the scratch store when none is configured.
            var queued = configuration
            if queued.queue.mode == .none { queued.queue.mode = .village }
            let display = MemoryDisplay(
                width: configuration.panel.widthPixels, height: configuration.panel.heightPixels)
            let terminal = Terminal(
                configuration: queued, catalog: catalog, forms: forms, display: display, icons: icons, store: store,
                printer: DirectoryPrinter(directory: output.appendingPathComponent("printed")),
                speaker: RecordingPromptPlayer(), log: Log(label: "tour"))
            let walk = Walk(
                terminal: terminal, display: display, clock: ManualClock(Date()), output: output, language: language,
                shots: shots)
            try await walk.queueEnding()
            shots = walk.shots
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(shots).write(to: output.appendingPathComponent("screens.json"))
        return shots
    }

    /// One walk through the flow in one language.
    @MainActor
    final class Walk {
        let terminal: Terminal
        let display: MemoryDisplay
        let clock: ManualClock
        let output: URL
        let language: String
        var shots: [Shot]

        init(
            terminal: Terminal, display: MemoryDisplay, clock: ManualClock, output: URL, language: String,
            shots: [Shot]
        ) {
            self.terminal = terminal
            self.display = display
            self.clock = clock
            self.output = output
            self.language = language
            self.shots = shots
        }

        func run(fullTour: Bool) async throws {
            terminal.start()
            if fullTour { try shoot() }
            try press("language.\(language)")
            if fullTour { try shoot() }
            guard let procedure = terminal.flow.catalog.procedures.first else { return }
            try press("procedure.\(procedure.id)")
            var first = true
            while let screen = terminal.flow.currentScreen {
                guard let question = screen.questions.first else {
                    if fullTour { try shoot() }
                    try press("repeat.done")
                    continue
                }
                if first && fullTour {
                    try press("button.next")  // unanswered: the required message
                    try shoot(suffix: "required")
                    try neverStuck()
                }
                if first && !fullTour {
                    try answer(question)
                    try continueLaterAndResume()
                }
                first = false
                try answer(question)
                if fullTour { try shoot() }
                try press("button.next")
            }
            if fullTour { try shoot() }
            try press("button.print")
            if fullTour { try shoot() }
            await terminal.settle()
            try shoot()
            if terminal.flow.step == .priority {
                try press("priority.none")
                await terminal.settle()
                try shoot()  // the done screen with the queue number
            }
            if terminal.flow.step == .done {
                let printed = terminal.draft
                try press("button.finish")
                try shoot()  // the rating
                try press("rate.5")
                if fullTour, let printed { try sentDraftStatus(printed) }
            } else {
                // The printer's own words for what went wrong, over the failed print.
                for problem in DeviceProblem.allCases {
                    terminal.deviceProblem(problem)
                    try shoot()
                }
                try press("button.retry")
            }
        }

        /// The ways out of being stuck, over the first question: help, assisted mode, still there?
        func neverStuck() throws {
            try press("button.help")
            try shoot()
            try press("button.assisted")
            try shoot(suffix: "assisted")
            try press("button.help")
            try press("button.assisted")
            clock.advance(by: terminal.configuration.idle.idle)
            terminal.tick()
            try shoot()
            try press("button.stillHere")
        }

        /// The first procedure answered straight through and printed, then the priority question
        /// and the done screen with the queue number.
        func queueEnding() async throws {
            terminal.start()
            try press("language.\(language)")
            guard let procedure = terminal.flow.catalog.procedures.first else { return }
            try press("procedure.\(procedure.id)")
            while let screen = terminal.flow.currentScreen {
                if let question = screen.questions.first {
                    try answer(question)
                    try press("button.next")
                } else {
                    try press("repeat.done")
                }
            }
            try press("button.print")
            await terminal.settle()
            guard terminal.flow.step == .priority else { return }
            try shoot()
            try press("priority.none")
            await terminal.settle()
            try shoot()
            try press("button.finish")
            try press("rate.5")
        }

        /// The screen types the first form has not: the date picker, long lists and their filter,
        /// met on the way through the "3 in 1" (left at its review).
        func birth3in1(assets: Assets) throws {
            var seen = Set<String>()
            var walk = try Birth3in1Walk(terminal: terminal, assets: assets, language: language)
            var failure: AppError?
            walk.visit = { [self] screen in
                guard failure == nil, let style = terminal.flow.style else { return }
                let kind: String? =
                    switch style {
                    case .date: "date"
                    case .list: "list"
                    default: nil
                    }
                guard let kind, seen.insert(kind).inserted || screen.name.hasSuffix("child_ethnicity") else { return }
                do {
                    try shoot()
                    guard screen.name.hasSuffix("child_ethnicity") else { return }
                    try press("list.filter")
                    try type("mong")
                    try shoot(suffix: "filtering")
                    try press("button.showList")
                    try shoot(suffix: "filtered")
                } catch let error as AppError {
                    failure = error
                } catch {
                    failure = AppError("tour: \(error)")
                }
            }
            try walk.run()
            if let failure { throw failure }
        }

        /// The code of the printed draft typed on the resume pad: its status at the center. With no
        /// center here the answers are handed to the flow as the center's would be; then the
        /// terminal offline, with and without a last known status in the store.
        func sentDraftStatus(_ draft: Draft) throws {
            let answers: [(SentDraft.CenterState?, String?)] = [
                (.received, nil), (.processing, nil), (.ready, nil),
                (.rejected, "Thiếu bản sao giấy chứng sinh"), (nil, nil),
            ]
            try press("language.\(language)")
            for (index, answer) in answers.enumerated() {
                try press("procedure.resume")
                terminal.flow.showSentDraft(code: draft.code, lastKnown: nil, reason: nil)
                terminal.show()
                if index == 0 { try shoot() }  // asking the center
                terminal.flow.sentDraftAnswered(code: draft.code, state: answer.0, reason: answer.1, reached: true)
                terminal.show()
                try shoot()
                try press("button.back")
            }
            // Offline (no center configured): nothing known yet, then the last status recorded.
            for known in [nil, CenterStatus(state: "received")] {
                if let known {
                    try terminal.store.recordCenterStatus(known, draftID: draft.id, at: clock.now())
                }
                try press("procedure.resume")
                for digit in draft.code { try press("key.\(digit)") }
                try press("button.next")
                guard terminal.flow.step == .draftStatus else { throw AppError("tour: no status for \(draft.code)") }
                try shoot()
                try press("button.back")
            }
            try press("button.back")  // to the languages, where the next walk starts
        }

        /// "Continue later" after the first answer, then the resume pad: a wrong code, the right one.
        func continueLaterAndResume() throws {
            try press("button.help")
            try press("button.later")
            try shoot()
            guard let code = terminal.flow.draftCode else { throw AppError("tour: no draft code to save") }
            try press("button.finish")
            try press("language.\(language)")
            try press("procedure.resume")
            try shoot()
            for digit in "1234567" { try press("key.\(digit)") }
            try press("button.next")
            try shoot(suffix: "unknown")
            for _ in 0..<7 { try press("key.backspace") }
            for digit in code { try press("key.\(digit)") }
            try press("button.next")
            guard terminal.flow.step == .question else { throw AppError("tour: draft \(code) did not resume") }
        }

        /// Answers as a citizen would on each kind of screen: the last tile or row, a name typed
        /// on the keyboard with its tones, a valid personal ID number, the date the picker shows.
        func answer(_ question: ScreenQuestion) throws {
            switch terminal.flow.style {
            case .tiles, .list:
                if let choice = question.choices.last { try press("option.\(choice.value)") }
            case .keyboard:
                try type("lo2 văn pao1")
            case .numbers:
                let digits = question.question.dataType == .int ? "1985" : "001190123456"
                for digit in digits { try press("key.\(digit)") }
            case .date, .note, nil:
                break
            }
        }

        /// Types on the on-screen keyboard by key: digits 1-5 are the tone keys (sắc huyền hỏi ngã nặng).
        func type(_ keys: String) throws {
            let tones: [Character: String] = ["1": "sac", "2": "huyen", "3": "hoi", "4": "nga", "5": "nang"]
            for key in keys {
                if let tone = tones[key] {
                    try press("tone.\(tone)")
                } else {
                    try press(key == " " ? "key.space" : "key.\(key)")
                }
            }
        }

        func press(_ id: String) throws {
            guard terminal.tap(id) else {
                throw AppError("tour: no \(id) on screen \(terminal.screen.name)")
            }
        }

        func shoot(suffix: String? = nil) throws {
            let screen = terminal.screen
            var name = screen.name
            if let suffix { name += "+\(suffix)" }
            let file = String(
                format: "%@-%02d-%@.png", language, shots.filter { $0.language == language }.count + 1,
                name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "+" ? $0 : "_" }.reduce(into: "") {
                    $0.append($1)
                })
            try ImageSurface(buffer: display.buffer).writePNG(to: output.appendingPathComponent(file))
            let smallest = screen.smallestTargetMM(metrics: terminal.metrics).map { ($0 * 10).rounded() / 10 }
            var targets: [String: [Double]] = [:]
            for element in screen.elements where element.action != nil {
                guard let id = element.id else { continue }
                targets[id] = [element.frame.x, element.frame.y, element.frame.width, element.frame.height]
            }
            shots.append(
                Shot(
                    name: name, language: language, png: file, audio: screen.audio, smallestTargetMM: smallest,
                    targets: targets))
        }
    }
}

/// A printer that is never there: the tour uses it to show the citizen what a printer failure looks like.
struct OfflinePrinter: DocumentPrinter {
    func print(_ document: PrintDocument, conditions: @escaping @Sendable (PrinterCondition) -> Void)
        async throws(PrintError) -> PrintOutcome
    {
        throw PrintError(
            operation: "print", destination: "offline", status: 0, statusName: "offline", message: "printer unreachable"
        )
    }
}
