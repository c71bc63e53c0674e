import Foundation
import KioskApp
import KioskDevices
import KioskQueue
import KioskUI
import Synchronization
import Testing

/// The display board fed boards from a queue driven by counter actions: it draws each, calls a
/// new number once (a recall again), and lights the LED board with the counter that was called.
@Suite @MainActor struct QueueDisplayTests {
    final class Lights: QueueLights {
        let shown = Mutex<[(texts: [String], blink: Int?)]>([])
        func show(_ board: Board, newCall: Call?) {
            shown.withLock { $0.append((board.lightTexts(count: 4), newCall?.counter)) }
        }
    }

    @Test func callsAreShownSpokenOnceAndLit() throws {
        let morning = Date(timeIntervalSince1970: 1_795_309_200)
        var queue = TicketQueue(
            services: [Service(code: "A", names: ["vi": "Hộ tịch"])],
            counters: [Counter(number: 1, services: ["A"]), Counter(number: 2, services: ["A"])], now: morning)
        for minute in 0..<3 { _ = try queue.issue(service: "A", at: morning.addingTimeInterval(Double(minute) * 60)) }
        _ = try queue.next(counter: 1, at: morning.addingTimeInterval(200))

        let display = MemoryDisplay(width: 640, height: 360)
        let lights = Lights()
        var spoken: [String] = []
        let board = QueueDisplay(
            display: display, view: QueueBoardView(services: queue.services), lights: lights
        ) { call in spoken.append("\(call.number)@\(call.counter)\(call.isRecall ? " again" : "")") }

        // Started after A001 was called: shown, not called again.
        board.show(queue.board)
        #expect(spoken.isEmpty)
        _ = try queue.next(counter: 2, at: morning.addingTimeInterval(300))
        board.show(queue.board)
        board.show(queue.board)  // the same board twice: one call
        _ = try queue.recall(counter: 2, at: morning.addingTimeInterval(330))
        board.show(queue.board)
        #expect(spoken == ["A002@2", "A002@2 again"])
        #expect(display.framesPresented == 4)

        let shown = lights.shown.withLock { $0 }
        #expect(shown.map(\.texts) == [["A001", "", "", ""]] + Array(repeating: ["A001", "A002", "", ""], count: 3))
        #expect(shown.map(\.blink) == [nil, 2, nil, 2])
        // Counter 2, called last, is lit on screen (the green of the view).
        let unit = 360.0 / 100
        let secondRow = Int(unit * 10 + unit * 2 + unit * 6 + unit + unit * 18 + unit * 1.5 + unit * 2)
        #expect(display.pixel(x: Int(unit * 4), y: secondRow) == 0x13_7547)
    }
}
