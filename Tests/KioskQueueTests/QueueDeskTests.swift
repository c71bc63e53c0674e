import Foundation
import Synchronization
import Testing

@testable import KioskQueue

@Suite("Queue: the desk")
struct QueueDeskTests {
    /// Stores the queue as JSON in memory, as the center stores it in its database; can be told to fail.
    final class Storage: Sendable {
        let saved = Mutex<Data?>(nil)
        let failing = Mutex(false)

        func persist(_ queue: TicketQueue) throws {
            if failing.withLock({ $0 }) { throw CocoaError(.fileWriteNoPermission) }
            let data = try JSONEncoder().encode(queue)
            saved.withLock { $0 = data }
        }

        func load() throws -> TicketQueue? {
            try saved.withLock { $0 }.map { try JSONDecoder().decode(TicketQueue.self, from: $0) }
        }
    }

    /// Fifty clients asking at once get fifty different numbers, 1 to 50 with no gap.
    @Test func clientsAtOnceGetDistinctGaplessNumbers() async throws {
        let storage = Storage()
        let desk = QueueDesk(queue: QueueFixtures.queue(), clock: { QueueFixtures.morning }, persist: storage.persist)
        let numbers = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<50 {
                group.addTask { try await desk.issue(service: "A").ticket.number.value }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(numbers.sorted() == Array(1...50))
        // What was stored is what was given: a restart goes on at 51.
        var restarted = try #require(try storage.load())
        let next = QueueFixtures.printed(try restarted.issue(service: "A", at: QueueFixtures.minutes(1)))
        #expect(next.map(\.number.value) == [51])
    }

    /// When the queue cannot be stored, the command is undone: no number is given that a restart
    /// would give again.
    @Test func aCommandNotStoredIsUndone() async throws {
        let storage = Storage()
        let desk = QueueDesk(queue: QueueFixtures.queue(), clock: { QueueFixtures.morning }, persist: storage.persist)
        _ = try await desk.issue(service: "A")
        storage.failing.withLock { $0 = true }
        await #expect(throws: QueueDesk.Failure.self) { try await desk.issue(service: "A") }
        storage.failing.withLock { $0 = false }
        #expect(try await desk.issue(service: "A").ticket.number.value == 2)
        await #expect(throws: QueueDesk.Failure.self) { try await desk.issue(service: "Q") }
    }

    /// Watchers see the board now, then each change.
    @Test func watchersFollowTheBoard() async throws {
        let desk = QueueDesk(queue: QueueFixtures.queue(), clock: { QueueFixtures.morning }, persist: { _ in })
        let boards = await desk.watch()
        var iterator = boards.makeAsyncIterator()
        #expect(await iterator.next()?.waiting["A"] == 0)
        _ = try await desk.issue(service: "A")
        #expect(await iterator.next()?.waiting["A"] == 1)
        _ = try await desk.perform { queue, now throws(QueueError) in try queue.next(counter: 1, at: now) }
        let called = await iterator.next()
        #expect(called?.counters.first?.number?.description == "A001")
        #expect(called?.waiting["A"] == 0)
    }
}
