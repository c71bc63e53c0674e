import Foundation
import Testing

@testable import KioskQueue

@Suite("Queue: counters")
struct CounterTests {
    @Test func nextCallsTheOldestOfTheCountersServices() throws {
        var queue = QueueFixtures.queue()
        _ = try queue.issue(service: "B", at: QueueFixtures.minutes(0))
        _ = try queue.issue(service: "A", at: QueueFixtures.minutes(1))
        _ = try queue.issue(service: "C", at: QueueFixtures.minutes(2))
        // Counter 1 serves A only; counter 2 A and B (B001 is older); counter 3 B and C.
        #expect(
            QueueFixtures.calls(try queue.next(counter: 1, at: QueueFixtures.minutes(3))).map(\.number.description) == [
                "A001"
            ])
        #expect(
            QueueFixtures.calls(try queue.next(counter: 2, at: QueueFixtures.minutes(3))).map(\.number.description) == [
                "B001"
            ])
        #expect(
            QueueFixtures.calls(try queue.next(counter: 3, at: QueueFixtures.minutes(3))).map(\.number.description) == [
                "C001"
            ])
        let board = queue.board
        #expect(board.counters.map { $0.number?.description } == ["A001", "B001", "C001"])
        #expect(board.lastCalls.map(\.counter) == [3, 2, 1])
        #expect(board.waiting == ["A": 0, "B": 0, "C": 0])
        // Nothing left: "Next" finishes the ticket and calls nobody.
        let idle = try queue.next(counter: 1, at: QueueFixtures.minutes(10))
        #expect(QueueFixtures.calls(idle).isEmpty)
        #expect(queue.ticket(TicketNumber(service: "A", value: 1))?.state == .done)
        #expect(queue.board.counters[0].number == nil)
    }

    @Test func recallNoShowServeDoneAndTheirRefusals() throws {
        var queue = QueueFixtures.queue()
        _ = try queue.issue(service: "A", at: QueueFixtures.minutes(0))
        _ = try queue.issue(service: "A", at: QueueFixtures.minutes(1))
        #expect(throws: QueueError.noCurrentTicket(counter: 1)) {
            try queue.recall(counter: 1, at: QueueFixtures.minutes(2))
        }
        #expect(throws: QueueError.unknownCounter(9)) { try queue.next(counter: 9, at: QueueFixtures.minutes(2)) }
        _ = try queue.next(counter: 1, at: QueueFixtures.minutes(2))
        let recall = QueueFixtures.calls(try queue.recall(counter: 1, at: QueueFixtures.minutes(3)))
        #expect(
            recall == [
                Call(
                    number: TicketNumber(service: "A", value: 1), counter: 1, at: QueueFixtures.minutes(3),
                    isRecall: true)
            ])
        _ = try queue.noShow(counter: 1, at: QueueFixtures.minutes(4))
        #expect(queue.ticket(TicketNumber(service: "A", value: 1))?.state == .noShow)
        _ = try queue.next(counter: 1, at: QueueFixtures.minutes(5))
        _ = try queue.serve(counter: 1, at: QueueFixtures.minutes(6))
        let second = TicketNumber(service: "A", value: 2)
        #expect(throws: QueueError.wrongState(second, .serving)) {
            try queue.noShow(counter: 1, at: QueueFixtures.minutes(7))
        }
        #expect(throws: QueueError.wrongState(second, .serving)) {
            try queue.recall(counter: 1, at: QueueFixtures.minutes(7))
        }
        _ = try queue.done(counter: 1, at: QueueFixtures.minutes(16))
        #expect(queue.ticket(second)?.state == .done)
        #expect(queue.ticket(second)?.finishedAt == QueueFixtures.minutes(16))
        #expect(throws: QueueError.noCurrentTicket(counter: 1)) {
            try queue.done(counter: 1, at: QueueFixtures.minutes(17))
        }
    }

    /// A transferred ticket waits in the other line at the place its issue time gives it.
    @Test func transferMovesTheTicketToTheFrontOfAnotherLine() throws {
        var queue = QueueFixtures.queue()
        _ = try queue.issue(service: "A", at: QueueFixtures.minutes(0))
        _ = try queue.issue(service: "B", at: QueueFixtures.minutes(1))
        _ = try queue.next(counter: 1, at: QueueFixtures.minutes(2))
        _ = try queue.transfer(counter: 1, to: "B", at: QueueFixtures.minutes(3))
        let moved = try #require(queue.ticket(TicketNumber(service: "A", value: 1)))
        #expect(moved.service == "B")
        #expect(moved.transferredFrom == "A")
        #expect(moved.state == .issued)
        #expect(queue.board.waiting == ["A": 0, "B": 2, "C": 0])
        #expect(
            QueueFixtures.calls(try queue.next(counter: 3, at: QueueFixtures.minutes(4))).map(\.number.description) == [
                "A001"
            ])
        #expect(throws: QueueError.unknownService("X")) {
            try queue.transfer(counter: 3, to: "X", at: QueueFixtures.minutes(5))
        }
    }

    /// A counter that closes with someone called sends them back to wait, not away.
    @Test func closingACounterKeepsTheCalledTicketWaiting() throws {
        var queue = QueueFixtures.queue()
        _ = try queue.issue(service: "A", at: QueueFixtures.minutes(0))
        _ = try queue.next(counter: 1, at: QueueFixtures.minutes(1))
        _ = try queue.setOpen(false, counter: 1, at: QueueFixtures.minutes(2))
        #expect(queue.ticket(TicketNumber(service: "A", value: 1))?.state == .issued)
        #expect(queue.board.counters[0] == Board.CounterLine(counter: 1, number: nil, isOpen: false))
        #expect(
            QueueFixtures.calls(try queue.next(counter: 2, at: QueueFixtures.minutes(3))).map(\.number.description) == [
                "A001"
            ])
    }

    @Test func theCallIsSpokenDigitByDigit() {
        let call = Call(number: TicketNumber(service: "A", value: 12), counter: 3, at: QueueFixtures.morning)
        let vietnamese = CallScript(call: call, language: "vi")
        #expect(vietnamese.text == "Mời số A 0 1 2 đến quầy số 3.")
        #expect(
            vietnamese.clips == [
                "call.chime", "call.invite", "char.A", "char.0", "char.1", "char.2", "call.to-counter", "counter.3",
            ])
        #expect(CallScript(call: call, language: "en").text == "Number A 0 1 2, please go to counter 3.")
    }
}
