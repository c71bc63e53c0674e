import Foundation
import KioskDevices
import KioskGraphics
import KioskPrinting
import KioskQueue
import KioskStore
import KioskTesting
import KioskUI
import Testing

@testable import KioskApp

/// A village house's terminal owns its queue: a citizen who printed their form gets the next
/// number on the done screen, the numbering survives a restart of the terminal, and staff calling
/// with the real `kiosk queue next` on the same SQLite file move the terminal's board.
@MainActor
@Suite(.serialized) struct VillageQueueTests {
    let e2e = EndToEndTests()

    /// A terminal in village mode on the state folder `state` (a new one when nil), headless.
    func terminal(state existing: StateFolder? = nil) throws -> EndToEndTests.Rig {
        let state =
            existing
            ?? StateFolder(url: FileManager.default.temporaryDirectory.appendingPathComponent("village-\(UUID())"))
        try state.prepare()
        var configuration = try state.configuration()
        if existing == nil {
            configuration.commune = "xã Lũng Cú"
            configuration.queue.mode = .village
            let encoder = JSONEncoder()
            try encoder.encode(configuration).write(to: state.configurationURL)
        }
        let catalog = try e2e.assets.catalog()
        let forms = try e2e.assets.forms(for: catalog)
        let display = MemoryDisplay(width: configuration.panel.widthPixels, height: configuration.panel.heightPixels)
        let store = try state.openStore()
        let speaker = RecordingPromptPlayer()
        let printed = state.url.appendingPathComponent("printed")
        try FileManager.default.createDirectory(at: printed, withIntermediateDirectories: true)
        // The form printer writes the PDFs into a folder (the CUPS path is the end-to-end test's).
        let terminal = Terminal(
            configuration: configuration, catalog: catalog, forms: forms, display: display,
            icons: IconLibrary(directories: e2e.assets.iconDirectories(forms: Array(forms.keys))), store: store,
            printer: DirectoryPrinter(directory: printed),
            ticketPrinter: DirectoryPrinter(directory: state.url.appendingPathComponent("tickets")), speaker: speaker,
            log: Log(label: "village"))
        terminal.start()
        return EndToEndTests.Rig(terminal: terminal, display: display, store: store, state: state, speaker: speaker)
    }

    /// One citizen from the language screen to the done screen with a number.
    func citizen(_ rig: EndToEndTests.Rig, language: String, priority: String = "none") async throws {
        try e2e.fillForm(rig, language: language)
        try e2e.touch("button.print", on: rig.terminal)
        await rig.terminal.settle()
        #expect(rig.terminal.screen.name == "priority", "priority is asked once the form is printed")
        for id in [
            "priority.elderly", "priority.disabled", "priority.pregnant", "priority.smallChild", "priority.none",
        ] {
            #expect(rig.terminal.screen.element(id: id) != nil, "no \(id)")
        }
        try e2e.touch("priority.\(priority)", on: rig.terminal)
        await rig.terminal.settle()
        #expect(rig.terminal.screen.name == "done.ticket")
    }

    func text(_ id: String, on terminal: Terminal) -> String? {
        guard case .text(let words, _)? = terminal.screen.element(id: id)?.content else { return nil }
        return words
    }

    /// Finish and rate: the next citizen starts from the language screen.
    func leave(_ rig: EndToEndTests.Rig) throws {
        try e2e.touch("button.finish", on: rig.terminal)
        try e2e.touch("rate.5", on: rig.terminal)
        #expect(rig.terminal.screen.name == "language")
    }

    @Test func citizensGetNumbersInTurnAcrossARestartAndStaffCallThem() async throws {
        let first = try terminal()
        try await citizen(first, language: "vi")
        #expect(text("ticket.number", on: first.terminal) == "A001")
        #expect(text("ticket.service", on: first.terminal) == "Hộ tịch")
        #expect(text("ticket.ahead", on: first.terminal) == "Không có ai chờ trước bạn")
        #expect(first.speaker.requests.contains { $0.contains("say:A 0 0 1") }, "the number is spoken")
        #expect(first.terminal.screen.audio.contains("ui.keepTicket"))
        let draftCode = try #require(first.terminal.flow.draftCode)
        try leave(first)

        // The slip came out of the ticket printer: ESC/POS that decodes to the number's ticket.
        let desk = VillageDesk(store: first.store, settings: first.terminal.configuration.queue)
        let issued = try #require(try desk.queue().tickets.first)
        let tickets = first.state.url.appendingPathComponent("tickets")
        let slips = try FileManager.default.contentsOfDirectory(atPath: tickets.path)
        #expect(slips.count == 1, "\(slips)")
        let slip = try TicketESCPOSDecoder.decode(Data(contentsOf: tickets.appendingPathComponent(slips[0])))
        let expected = TicketRenderer(paper: .mm80).render(
            TicketContent(
                number: "A001", service: "Hộ tịch", issuedAt: issued.issuedAt, peopleAhead: 0, commune: "xã Lũng Cú",
                draftCode: draftCode, language: "vi"))
        #expect(slip.image == expected)

        try await citizen(first, language: "en")
        #expect(text("ticket.number", on: first.terminal) == "A002")
        #expect(text("ticket.service", on: first.terminal) == "Civil status")
        #expect(text("ticket.ahead", on: first.terminal) == "1 person is waiting before you")
        try leave(first)

        // The stored queue has both, the first with its draft code.
        let stored = try desk.queue()
        #expect(stored.tickets.map(\.number.description) == ["A001", "A002"])
        #expect(stored.tickets.first?.draftCode == draftCode)

        // A restart: a new terminal on the same folder goes on from A002.
        let restarted = try terminal(state: first.state)
        try await citizen(restarted, language: "vi", priority: "elderly")
        #expect(text("ticket.number", on: restarted.terminal) == "A003")
        #expect(try desk.queue().tickets.last?.priority == .elderly)

        // Staff call with the real command on the same file; the terminal's board follows.
        let boards = try #require(restarted.terminal.tickets as? VillageDesk).boards(every: .milliseconds(50))
        var iterator = boards.makeAsyncIterator()
        let before = try #require(await iterator.next())
        #expect(before.waiting["A"] == 3)
        let run = try await Kiosk.run(["queue", "next", "--state", first.state.url.path, "--counter", "1"])
        #expect(run.status == 0, "\(run.output)")
        // One priority ticket after every 3 others (the village default): A001 is called first.
        #expect(run.output.contains("counter 1: A001"), "\(run.output)")
        var after = try #require(await iterator.next())
        while after.counters.first?.number == nil { after = try #require(await iterator.next()) }
        #expect(after.counters.first?.number?.description == "A001")
        #expect(after.waiting["A"] == 2)
        #expect(after.lastCalls.first?.counter == 1)

        let again = try await Kiosk.run(["queue", "next", "--state", first.state.url.path, "--counter", "1"])
        #expect(again.output.contains("counter 1: A002"), "\(again.output)")
        let bad = try await Kiosk.run(["queue", "recall", "--state", first.state.url.path, "--counter", "9"])
        #expect(bad.status != 0)
        #expect(bad.output.contains("no counter 9"), "\(bad.output)")
    }

    @Test func theTerminalAndTheCommandNeverLoseEachOthersChanges() async throws {
        let rig = try terminal()
        let settings = rig.terminal.configuration.queue
        let desk = VillageDesk(store: rig.store, settings: settings)
        // Another process's store on the same file, as `kiosk queue` opens it.
        let other = VillageDesk(store: try rig.state.openStore(), settings: settings)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for _ in 0..<25 { _ = try await desk.ticket(service: "A", priority: nil, draftCode: nil) }
            }
            group.addTask {
                for _ in 0..<25 { _ = try await other.ticket(service: "A", priority: nil, draftCode: nil) }
            }
            try await group.waitForAll()
        }
        let numbers = try desk.queue().tickets.map(\.number.value)
        #expect(numbers == Array(1...50), "distinct and gapless")
    }

    @Test func aBrokenStoredQueueIsAnErrorNotATrap() async throws {
        let rig = try terminal()
        _ = try rig.store.updateQueueRecord(VillageDesk.recordName, at: Date()) { _ in (Data("{nope".utf8), ()) }
        let desk = VillageDesk(store: rig.store, settings: rig.terminal.configuration.queue)
        await #expect(throws: AppError.self) { try await desk.ticket(service: "A", priority: nil, draftCode: nil) }
        #expect(throws: AppError.self) { try desk.counter(.next, counter: 1) }
    }

    /// The second screen at a village house: the display board fed by the stored queue draws each
    /// change and calls a new number once, whoever made the call (here the staff's command path).
    @Test func theSecondScreenFollowsTheDeskAndCallsEachNumber() async throws {
        let rig = try terminal()
        let desk = try #require(rig.terminal.tickets as? VillageDesk)
        for _ in 0..<2 { _ = try await desk.ticket(service: "B", priority: nil, draftCode: nil) }
        let display = MemoryDisplay(width: 640, height: 360)
        var spoken: [String] = []
        let screen = QueueDisplay(
            display: display, view: QueueBoardView(services: await desk.services(), language: "vi")
        ) { call in spoken.append("\(call.number)@\(call.counter)") }
        var boards = desk.boards(every: .milliseconds(20)).makeAsyncIterator()
        screen.show(try #require(await boards.next()))
        // The staff's command works on its own store on the same file.
        let staff = VillageDesk(store: try rig.state.openStore(), settings: rig.terminal.configuration.queue)
        _ = try staff.counter(.next, counter: 1)
        screen.show(try #require(await boards.next()))
        _ = try staff.counter(.recall, counter: 1)
        screen.show(try #require(await boards.next()))
        _ = try staff.counter(.next, counter: 1)
        screen.show(try #require(await boards.next()))
        #expect(spoken == ["B001@1", "B001@1", "B002@1"])
        #expect(display.framesPresented == 4)
    }

    /// Numbering starts again at the village's midnight (UTC+7), not the machine's.
    @Test func numbersStartAgainTheNextDay() async throws {
        let rig = try terminal()
        // 2026-11-22 23:30 in Viet Nam.
        let clock = ManualClock(Date(timeIntervalSince1970: 1_795_365_000))
        let desk = VillageDesk(store: rig.store, settings: rig.terminal.configuration.queue, clock: clock.now)
        let evening = try await desk.ticket(service: "A", priority: nil, draftCode: nil)
        clock.advance(by: 20 * 60)
        let late = try await desk.ticket(service: "A", priority: nil, draftCode: nil)
        clock.advance(by: 20 * 60)  // past midnight there
        let morning = try await desk.ticket(service: "A", priority: nil, draftCode: nil)
        #expect([evening, late, morning].map(\.ticket.number.description) == ["A001", "A002", "A001"])
        #expect(morning.ahead == 0, "yesterday's line is gone")
    }
}
