import Foundation
import SeededRandom
import Testing

@testable import KioskQueue

@Suite("Queue: priority and the people ahead")
struct PriorityTests {
    /// Issues a line at counter 1 (service A): "r" regular, "p" priority, one a minute.
    func line(_ kinds: String, policy: PriorityPolicy) throws -> TicketQueue {
        var queue = QueueFixtures.queue(policy: policy)
        for (minute, kind) in kinds.enumerated() {
            _ = try queue.issue(
                service: "A", priority: kind == "p" ? .elderly : nil, at: QueueFixtures.minutes(Double(minute)))
        }
        return queue
    }

    func drain(_ queue: inout TicketQueue) throws -> [Int] {
        var order: [Int] = []
        var minute = 100.0
        while true {
            let calls = QueueFixtures.calls(try queue.next(counter: 1, at: QueueFixtures.minutes(minute)))
            guard let call = calls.first else { return order }
            order.append(call.number.value)
            minute += 1
        }
    }

    @Test func strictCallsEveryPriorityTicketFirst() throws {
        var queue = try line("rrprp", policy: .strict)
        #expect(try drain(&queue) == [3, 5, 1, 2, 4])
    }

    @Test func oneEveryTwoLetsTheLineMove() throws {
        var queue = try line("rrrrppp", policy: .oneEvery(2))
        #expect(try drain(&queue) == [1, 2, 5, 3, 4, 6, 7])
    }

    /// "People ahead" on a ticket is what then happens: for every ticket of a mixed line, the
    /// count predicted at the end of issuing equals the number called before it.
    @Test(arguments: [PriorityPolicy.strict, .oneEvery(1), .oneEvery(2), .oneEvery(3)])
    func aheadIsWhatHappens(policy: PriorityPolicy) throws {
        var generator = SplitMix(seed: 7)
        let kinds = String((0..<30).map { _ in generator.next() % 3 == 0 ? "p" : "r" })
        var queue = try line(kinds, policy: policy)
        let predicted = Dictionary(
            uniqueKeysWithValues: queue.tickets.map { ($0.number.value, queue.ahead(of: $0).count) })
        let order = try drain(&queue)
        for (position, value) in order.enumerated() {
            #expect(predicted[value] == position, "\(kinds) A\(value)")
        }
    }

    /// The wait is the people ahead times the mean recent time at a counter, shared by the open
    /// counters of the service.
    @Test func theEstimatedWaitComesFromRecentServiceTimes() throws {
        var queue = QueueFixtures.queue()
        var first = QueueFixtures.printed(try queue.issue(service: "B", at: QueueFixtures.minutes(0)))
        if case .print(_, _, let wait)? = try queue.issue(service: "B", at: QueueFixtures.minutes(0)).first {
            #expect(wait == nil)  // nothing measured yet
        }
        _ = try queue.next(counter: 2, at: QueueFixtures.minutes(1))
        _ = try queue.done(counter: 2, at: QueueFixtures.minutes(7))  // 6 minutes
        _ = try queue.next(counter: 3, at: QueueFixtures.minutes(7))
        _ = try queue.done(counter: 3, at: QueueFixtures.minutes(17))  // 10 minutes
        first = QueueFixtures.printed(try queue.issue(service: "B", at: QueueFixtures.minutes(18)))
        first += QueueFixtures.printed(try queue.issue(service: "B", at: QueueFixtures.minutes(18)))
        let last = try #require(first.last)
        let ahead = queue.ahead(of: last)
        #expect(ahead.count == 1)
        // Mean 8 minutes; B is served at counters 2 and 3.
        #expect(ahead.estimatedWait == TimeInterval(8 * 60 / 2))
    }
}
