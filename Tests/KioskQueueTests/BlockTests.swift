import Foundation
import Testing

@testable import KioskQueue

@Suite("Queue: blocks for terminals that cannot reach the center")
struct BlockTests {
    @Test func blocksComeFromTheTopAndTheCenterSkipsThem() throws {
        var queue = QueueFixtures.queue()
        let first = try queue.reserveBlock(service: "C", size: 5, for: "kiosk-1", at: QueueFixtures.morning)
        let second = try queue.reserveBlock(service: "C", size: 5, for: "kiosk-2", at: QueueFixtures.morning)
        #expect((first.first, first.last) == (16, 20))
        #expect((second.first, second.last) == (11, 15))
        for minute in 0..<10 { _ = try queue.issue(service: "C", at: QueueFixtures.minutes(Double(minute))) }
        #expect(throws: QueueError.numbersExhausted(service: "C")) {
            try queue.issue(service: "C", at: QueueFixtures.minutes(11))
        }
        #expect(throws: QueueError.numbersExhausted(service: "C")) {
            try queue.reserveBlock(service: "C", size: 1, for: "kiosk-3", at: QueueFixtures.minutes(11))
        }
        #expect(throws: QueueError.invalidBlockSize(0)) {
            try queue.reserveBlock(service: "A", size: 0, for: "k", at: QueueFixtures.morning)
        }
    }

    /// A terminal offline all morning issues from its block; its tickets join the center's line
    /// by their time, with numbers no one else has, and a retried hand-over changes nothing.
    @Test func offlineTicketsNeverCollideAndJoinTheLine() throws {
        var center = QueueFixtures.queue()
        var issuer = BlockIssuer(
            block: try center.reserveBlock(service: "A", size: 50, for: "kiosk-7", at: QueueFixtures.morning))
        var offline: [Ticket] = []
        for minute in 0..<10 {
            _ = try center.issue(service: "A", at: QueueFixtures.minutes(Double(minute * 2)))
            offline.append(
                try issuer.issue(at: QueueFixtures.minutes(Double(minute * 2 + 1)), utcOffset: center.utcOffset))
        }
        #expect(offline.map(\.number.description).prefix(2) == ["A950", "A951"])
        for ticket in offline { _ = try center.accept(ticket, at: QueueFixtures.minutes(30)) }
        #expect(throws: QueueError.duplicateTicket(offline[0].number)) {
            try center.accept(offline[0], at: QueueFixtures.minutes(31))
        }
        let numbers = center.tickets.map(\.number)
        #expect(Set(numbers).count == 20)
        // Called in the order people arrived, whichever machine gave the number.
        var called: [String] = []
        for minute in 0..<20 {
            called += QueueFixtures.calls(try center.next(counter: 1, at: QueueFixtures.minutes(Double(40 + minute))))
                .map(\.number.description)
        }
        #expect(called.prefix(4) == ["A001", "A950", "A002", "A951"])
    }

    @Test func foreignAndStaleTicketsAreRefused() throws {
        var center = QueueFixtures.queue()
        let block = try center.reserveBlock(service: "A", size: 10, for: "kiosk-1", at: QueueFixtures.morning)
        var issuer = BlockIssuer(block: block)
        var stranger = try issuer.issue(at: QueueFixtures.minutes(1), utcOffset: center.utcOffset)
        stranger.issuer = "kiosk-2"
        #expect(throws: QueueError.foreignTicket(stranger.number)) {
            try center.accept(stranger, at: QueueFixtures.minutes(2))
        }
        let outside = Ticket(
            number: TicketNumber(service: "A", value: 5), service: "A", priority: nil,
            issuedAt: QueueFixtures.minutes(1),
            issuer: "kiosk-1")
        #expect(throws: QueueError.foreignTicket(outside.number)) {
            try center.accept(outside, at: QueueFixtures.minutes(2))
        }
        // Tomorrow the block is gone, on both sides.
        let tomorrow = QueueFixtures.minutes(24 * 60)
        #expect(throws: QueueError.numbersExhausted(service: "A")) {
            try issuer.issue(at: tomorrow, utcOffset: center.utcOffset)
        }
        var fresh = BlockIssuer(block: block)
        let yesterdays = try fresh.issue(at: QueueFixtures.minutes(3), utcOffset: center.utcOffset)
        #expect(throws: QueueError.foreignTicket(yesterdays.number)) { try center.accept(yesterdays, at: tomorrow) }
    }
}
