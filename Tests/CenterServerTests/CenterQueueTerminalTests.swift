import CenterServer
import Foundation
import KioskDevices
import KioskGraphics
import KioskPrinting
import KioskQueue
import KioskSync
import KioskUI
import Testing

@testable import KioskApp

/// A terminal at a service center takes its tickets from the real center on loopback; with the
/// center stopped it issues from the block the center reserved for it; when the center is back
/// the block's tickets are handed over, and no number is ever given twice.
@MainActor
@Suite(.serialized) struct CenterQueueTerminalTests {
    let assets = Assets(
        root: URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Assets"))

    func terminal(center: QueueCenter) throws -> (Terminal, CenterTicketSource) {
        let state = StateFolder(
            url: FileManager.default.temporaryDirectory.appendingPathComponent("center-q-\(UUID())"))
        try state.prepare()
        var configuration = try state.configuration()
        configuration.queue.mode = .center
        configuration.queue.askPriority = false
        configuration.queue.blockSize = 20
        let catalog = try assets.catalog()
        let forms = try assets.forms(for: catalog)
        let store = try state.openStore()
        let printed = state.url.appendingPathComponent("printed")
        try FileManager.default.createDirectory(at: printed, withIntermediateDirectories: true)
        let terminal = Terminal(
            configuration: configuration, catalog: catalog, forms: forms,
            display: MemoryDisplay(width: 1280, height: 800),
            icons: IconLibrary(directories: assets.iconDirectories(forms: Array(forms.keys))), store: store,
            printer: DirectoryPrinter(directory: printed), speaker: RecordingPromptPlayer(), log: Log(label: "center-q")
        )
        let source = CenterTicketSource(
            client: QueueClient(
                credential: DeviceCredential(baseURL: URL(string: center.base)!, token: center.tokens[0]), timeout: 60),
            store: store, settings: configuration.queue)
        terminal.tickets = source
        terminal.start()
        return (terminal, source)
    }

    func touch(_ id: String, on terminal: Terminal, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let element = try #require(
            terminal.screen.element(id: id), "no \(id) on \(terminal.screen.name)", sourceLocation: sourceLocation)
        terminal.tap(at: element.frame.center)
    }

    /// The birth certificate copy, answered through the screens, printed; returns the number shown.
    func citizen(_ terminal: Terminal) async throws -> (number: String?, ahead: String?) {
        try touch("language.vi", on: terminal)
        try touch("procedure.birth-certificate-copy", on: terminal)
        try touch("option.self", on: terminal)
        try touch("button.next", on: terminal)
        for key in ["1", "9", "9", "0"] { try touch("key.\(key)", on: terminal) }
        try touch("button.next", on: terminal)
        try touch("option.1", on: terminal)
        try touch("button.next", on: terminal)
        try touch("option.office", on: terminal)
        try touch("button.next", on: terminal)
        while terminal.screen.name != "review" {
            // Names and the ID number: letters or digits, whatever the screen asks.
            if terminal.screen.element(id: "key.a") != nil {
                for key in ["m", "a", "i"] { try touch("key.\(key)", on: terminal) }
            } else {
                for digit in "001190123456" { try touch("key.\(digit)", on: terminal) }
            }
            let before = terminal.screen.name
            try touch("button.next", on: terminal)
            guard terminal.screen.name != before else {
                Issue.record("stuck on \(before)")
                return (nil, nil)
            }
        }
        try touch("button.print", on: terminal)
        await terminal.settle()
        #expect(terminal.screen.name == "done.ticket")
        func text(_ id: String) -> String? {
            guard case .text(let words, _)? = terminal.screen.element(id: id)?.content else { return nil }
            return words
        }
        let shown = (text("ticket.number"), text("ticket.ahead"))
        try touch("button.finish", on: terminal)
        try touch("rate.5", on: terminal)
        return shown
    }

    @Test func centerNumbersThenTheBlockThenHandOverWithoutCollisions() async throws {
        var center = try await QueueCenter()
        let (terminal, source) = try terminal(center: center)

        let first = try await citizen(terminal)
        #expect(first.number == "A001", "the center's own number")
        #expect(first.ahead == "Không có ai chờ trước bạn")

        // The center goes away: the terminal issues from the top block the center set aside.
        await center.stop()
        let second = try await citizen(terminal)
        #expect(second.number == "A980")
        #expect(second.ahead == nil, "the center's line is not known offline: no count is shown")
        #expect(try await source.pendingTickets().map(\.number.description) == ["A980"])

        // Back: the block's ticket is handed over before the next is asked for.
        center = try await center.restarted()
        defer { Task { [center] in await center.stop() } }
        let third = try await citizen(terminal)
        #expect(third.number == "A002")
        #expect(third.ahead == "2 người đang chờ trước bạn", "A001 and the handed-over A980")
        #expect(try await source.pendingTickets().isEmpty)

        let state = try await center.state()
        #expect(state.board.waiting["A"] == 3)
        let numbers = [first.number, second.number, third.number].compactMap { $0 }
        #expect(Set(numbers).count == 3, "no number given twice: \(numbers)")
    }
}
