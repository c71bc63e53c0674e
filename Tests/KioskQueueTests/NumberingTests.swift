import Foundation
import Testing

@testable import KioskQueue

@Suite("Queue: numbering")
struct NumberingTests {
    @Test func numbersAreGaplessPerServiceAndPadded() throws {
        var queue = QueueFixtures.queue()
        var issued: [String] = []
        for (index, service) in ["A", "B", "A", "A", "C", "B"].enumerated() {
            let actions = try queue.issue(service: service, at: QueueFixtures.minutes(Double(index)))
            issued += QueueFixtures.printed(actions).map(\.number.description)
        }
        #expect(issued == ["A001", "B001", "A002", "A003", "C001", "B002"])
    }

    @Test func ticketNumbersReadBack() {
        #expect(TicketNumber(parsing: "A012") == TicketNumber(service: "A", value: 12))
        #expect(TicketNumber(parsing: "A012")?.description == "A012")
        for bad in ["", "A", "012", "AB12", "a012", "A01x", "A1234567", "Ă012"] {
            #expect(TicketNumber(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func aServiceRunsOutOfNumbersClearly() throws {
        var queue = QueueFixtures.queue()
        for minute in 0..<20 { _ = try queue.issue(service: "C", at: QueueFixtures.minutes(Double(minute))) }
        #expect(throws: QueueError.numbersExhausted(service: "C")) {
            try queue.issue(service: "C", at: QueueFixtures.minutes(30))
        }
        #expect(throws: QueueError.unknownService("Z")) { try queue.issue(service: "Z", at: QueueFixtures.morning) }
    }

    /// Numbering starts again at midnight in Viet Nam (17:00 UTC), not at midnight UTC.
    @Test func numberingStartsAgainEachDayAtLocalMidnight() throws {
        var queue = QueueFixtures.queue()
        _ = try queue.issue(service: "A", at: QueueFixtures.morning)
        _ = try queue.next(counter: 1, at: QueueFixtures.minutes(1))
        _ = try queue.issue(service: "A", at: QueueFixtures.minutes(2))
        // 23:59 the same day, local time: still the same day.
        let lateEvening = QueueFixtures.minutes(15 * 60 + 59)
        let late = QueueFixtures.printed(try queue.issue(service: "A", at: lateEvening))
        #expect(late.map(\.number.description) == ["A003"])
        let nextMorning = QueueFixtures.minutes(24 * 60)
        let actions = try queue.issue(service: "A", at: nextMorning)
        #expect(QueueFixtures.printed(actions).map(\.number.description) == ["A001"])
        #expect(queue.day == QueueDay(year: 2026, month: 11, day: 23))
        #expect(queue.tickets.count == 1)
        #expect(queue.board.counters.allSatisfy { $0.number == nil })
    }

    /// The whole queue is stored after each command; a restart mid-day goes on with the numbers.
    @Test func aRestartContinuesTheNumbering() throws {
        var queue = QueueFixtures.queue()
        for minute in 0..<5 { _ = try queue.issue(service: "A", at: QueueFixtures.minutes(Double(minute))) }
        _ = try queue.next(counter: 1, at: QueueFixtures.minutes(6))
        let stored = try JSONEncoder().encode(queue)
        var restarted = try JSONDecoder().decode(TicketQueue.self, from: stored)
        #expect(restarted == queue)
        let actions = try restarted.issue(service: "A", at: QueueFixtures.minutes(7))
        #expect(QueueFixtures.printed(actions).map(\.number.description) == ["A006"])
        #expect(
            QueueFixtures.calls(try restarted.next(counter: 1, at: QueueFixtures.minutes(8))).map(\.number.description)
                == ["A002"])
    }
}
