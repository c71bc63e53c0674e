import Foundation
import KioskDevices
import KioskGraphics
import KioskPrinting
import KioskStore
import KioskTesting
import KioskUI
import Testing

@testable import KioskApp

/// The whole terminal, headless: a memory display, taps at screen coordinates through the real
/// layout and hit-testing, a real SQLite file, and a real cupsd whose queue writes what it prints.
@MainActor
@Suite(.serialized) struct EndToEndTests {
    let assets = Assets(
        root: URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Assets"))

    struct Rig {
        let terminal: Terminal
        let display: MemoryDisplay
        let store: DraftStore
        let state: StateFolder
        let speaker: RecordingPromptPlayer
    }

    func rig(printer: DocumentPrinter, ticketPrinter: DocumentPrinter? = nil) throws -> Rig {
        let state = StateFolder(
            url: FileManager.default.temporaryDirectory.appendingPathComponent("e2e-\(UUID().uuidString)"))
        try state.prepare()
        var configuration = try state.configuration()
        configuration.commune = "xã Lũng Cú"
        let catalog = try assets.catalog()
        let forms = try assets.forms(for: catalog)
        let display = MemoryDisplay(width: configuration.panel.widthPixels, height: configuration.panel.heightPixels)
        let store = try state.openStore()
        let speaker = RecordingPromptPlayer()
        let terminal = Terminal(
            configuration: configuration, catalog: catalog, forms: forms, display: display,
            icons: IconLibrary(directories: assets.iconDirectories(forms: Array(forms.keys))),
            store: store, printer: printer, ticketPrinter: ticketPrinter, speaker: speaker, log: Log(label: "e2e"))
        terminal.start()
        return Rig(terminal: terminal, display: display, store: store, state: state, speaker: speaker)
    }

    /// A finger on the centre of the element `id` of the screen now shown: down, then up.
    func touch(_ id: String, on terminal: Terminal, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let element = try #require(
            terminal.screen.element(id: id), "no \(id) on \(terminal.screen.name)",
            sourceLocation: sourceLocation)
        terminal.handle(TouchEvent(.down, at: element.frame.center))
        terminal.handle(TouchEvent(.up, at: element.frame.center))
    }

    /// Answers the form through the screens, checking after each screen that the answer is already on disk.
    func fillForm(_ rig: Rig, language: String) throws {
        let terminal = rig.terminal
        #expect(terminal.screen.name == "language")
        try touch("language.\(language)", on: terminal)
        #expect(terminal.screen.name == "procedures")
        try touch("procedure.birth-certificate-copy", on: terminal)
        let draft = try #require(terminal.draft)

        #expect(terminal.screen.name == "question./data/for_whom")
        try touch("option.child", on: terminal)
        #expect(try rig.store.answers(draftID: draft.id)["/data/for_whom"] == "child")
        try touch("button.next", on: terminal)

        #expect(terminal.screen.name == "question./data/birth_year")
        for key in ["2", "0", "2", "3"] { try touch("key.\(key)", on: terminal) }
        try touch("button.next", on: terminal)
        #expect(try rig.store.answers(draftID: draft.id)["/data/birth_year"] == "2023")

        #expect(terminal.screen.name == "question./data/copies")
        try touch("option.2", on: terminal)
        try touch("button.next", on: terminal)
        #expect(terminal.screen.name == "question./data/receive")
        try touch("option.office", on: terminal)
        try touch("button.next", on: terminal)

        // Names typed on the Vietnamese keyboard, tones by their own keys.
        #expect(terminal.screen.name == "question./data/person_name")
        try type("lo2 thi5 mai", on: terminal)
        try touch("button.next", on: terminal)
        #expect(terminal.screen.name == "question./data/requester_name")
        try type("lo2 văn pao1", on: terminal)
        try touch("button.next", on: terminal)
        #expect(terminal.screen.name == "question./data/requester_id")
        for digit in "001190123456" { try touch("key.\(digit)", on: terminal) }
        try touch("button.next", on: terminal)
        #expect(terminal.screen.name == "review")
        #expect(
            try rig.store.answers(draftID: draft.id) == [
                "/data/for_whom": "child", "/data/birth_year": "2023", "/data/copies": "2", "/data/receive": "office",
                "/data/person_name": "Lò Thị Mai", "/data/requester_name": "Lò Văn Páo",
                "/data/requester_id": "001190123456",
            ])
    }

    /// Types on the on-screen keyboard, key by key: digits 1-5 are the tone keys (sắc huyền hỏi ngã nặng).
    func type(_ keys: String, on terminal: Terminal, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let tones: [Character: String] = ["1": "sac", "2": "huyen", "3": "hoi", "4": "nga", "5": "nang"]
        for key in keys {
            let id = tones[key].map { "tone.\($0)" } ?? (key == " " ? "key.space" : "key.\(key)")
            try touch(id, on: terminal, sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: ["vi", "en"])
    func aCitizenFillsPrintsAndLeavesNothingBehindOnScreen(language: String) async throws {
        let cups = try await CupsdFixture.start()
        defer { cups.stop() }
        let rig = try rig(printer: SpooledPrinter(spooler: PrintSpooler(server: cups.socketPath), queue: cups.queue))
        let terminal = rig.terminal
        try fillForm(rig, language: language)
        let draft = try #require(terminal.draft)

        try touch("button.print", on: terminal)
        #expect(terminal.screen.name == "printing")
        await terminal.settle()
        #expect(terminal.screen.name == "done")

        // What CUPS printed: our PDF, in Vietnamese whatever the citizen's language, with the answers.
        let job = try #require(terminal.lastPrint?.jobID)
        let printed = try await cups.printedDocument(forJob: job)
        #expect(printed.starts(with: Data("%PDF".utf8)))
        let file = rig.state.url.appendingPathComponent("printed.pdf")
        try printed.write(to: file)
        let text = try CupsdFixture.run("pdftotext", ["-layout", file.path, "-"])
        for expected in [
            "XIN BẢN SAO GIẤY KHAI SINH", "Cho con tôi", "2023", "Hai bản",
            "Tại Trung tâm phục vụ hành chính công xã", "Mã hồ sơ: \(draft.code)", "xã Lũng Cú", "Lò Thị Mai",
            "Lò Văn Páo", "001190123456",
        ] {
            #expect(text.contains(expected), "printed form lacks \(expected)")
        }
        #expect(!text.contains("Ba bản") && !text.contains("Cho bản thân tôi"), "only the chosen answers are printed")

        // What the database keeps: the finalized submission with the same answers, marked printed.
        let stored = try #require(try rig.store.drafts().first { $0.id == draft.id })
        #expect(stored.status == .printed)
        #expect(stored.language == language)
        let submission = try #require(try rig.store.submission(draftID: draft.id))
        for fragment in [
            "<for_whom>child</for_whom>", "<birth_year>2023</birth_year>", "<copies>2</copies>",
            "<receive>office</receive>", "<instanceID>uuid:\(draft.id)</instanceID>",
            "<person_name>Lò Thị Mai</person_name>", "<requester_id>001190123456</requester_id>",
        ] {
            #expect(submission.contains(fragment), "submission lacks \(fragment)")
        }

        // Finish: the answers leave memory; the rating asks with nothing of the citizen's kept.
        try touch("button.finish", on: terminal)
        #expect(terminal.screen.name == "rating")
        #expect(terminal.draft == nil)
        #expect(terminal.flow.session == nil)
        try touch("rate.4", on: terminal)
        #expect(terminal.screen.name == "language", "the next citizen starts from nothing")
        #expect(
            try rig.store.ratings() == [
                Rating(
                    score: 4, procedure: "birth-certificate-copy", language: language,
                    day: ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate]))
            ])
        #expect(rig.speaker.requests.contains(["/data/for_whom:label"]), "the question was spoken")
    }

    @Test func theScreenShowsWhatTheLayoutSays() throws {
        let rig = try rig(printer: DirectoryPrinter(directory: FileManager.default.temporaryDirectory))
        // The selected tile is drawn in the highlight colour; an unselected one in white.
        try touch("language.vi", on: rig.terminal)
        try touch("procedure.birth-certificate-copy", on: rig.terminal)
        try touch("option.parent", on: rig.terminal)
        let selected = try #require(rig.terminal.screen.element(id: "option.parent")).frame
        let other = try #require(rig.terminal.screen.element(id: "option.self")).frame
        let theme = Theme()
        func rgb(_ c: Color) -> UInt32 {
            UInt32(c.red * 255 + 0.5) << 16 | UInt32(c.green * 255 + 0.5) << 8 | UInt32(c.blue * 255 + 0.5)
        }
        #expect(rig.display.pixel(x: Int(selected.minX) + 12, y: Int(selected.maxY) - 12) == rgb(theme.selected))
        #expect(rig.display.pixel(x: Int(other.minX) + 12, y: Int(other.maxY) - 12) == rgb(theme.tile))
        #expect(rig.display.framesPresented >= 4)
    }
}
