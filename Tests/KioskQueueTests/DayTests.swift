import Foundation
import SeededRandom
import Testing

@testable import KioskQueue

/// A day at a service center, simulated: tickets from the center's own terminal and from a
/// terminal that was offline for a while, three counters taking random actions. Nothing is called
/// twice at once, no number is given twice, no ticket is lost, and the board always tells the truth.
@Suite("Queue: a simulated day")
struct DayTests {
    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func aDayKeepsEveryTicket(seed: UInt64) throws {
        var random = SplitMix(seed: seed)
        var queue = QueueFixtures.queue(policy: .oneEvery(2))
        var issuer = BlockIssuer(
            block: try queue.reserveBlock(service: "A", size: 100, for: "kiosk-2", at: QueueFixtures.morning))
        var pending: [Ticket] = []
        var printed: [TicketNumber] = []
        var announced = 0
        for minute in 0..<600 {
            let now = QueueFixtures.minutes(Double(minute))
            switch random.next() % 10 {
            case 0, 1:
                let service = ["A", "B"][Int(random.next() % 2)]
                let actions = try queue.issue(
                    service: service, priority: random.next() % 4 == 0 ? .pregnant : nil, at: now)
                printed += QueueFixtures.printed(actions).map(\.number)
            case 2:
                let ticket = try issuer.issue(at: now, utcOffset: queue.utcOffset)
                printed.append(ticket.number)
                pending.append(ticket)
            case 3 where minute > 300 && !pending.isEmpty:
                for ticket in pending { _ = try queue.accept(ticket, at: now) }
                pending = []
            default:
                let counter = Int(random.next() % 3) + 1
                let action = random.next() % 6
                let outcome = Result { () throws(QueueError) -> [TicketQueue.Action] in
                    switch action {
                    case 0, 1: return try queue.next(counter: counter, at: now)
                    case 2: return try queue.recall(counter: counter, at: now)
                    case 3: return try queue.noShow(counter: counter, at: now)
                    case 4: return try queue.serve(counter: counter, at: now)
                    default: return try queue.done(counter: counter, at: now)
                    }
                }
                if case .success(let actions) = outcome { announced += QueueFixtures.calls(actions).count }
            }
            // Invariants after every step.
            #expect(Set(printed).count == printed.count)
            let atCounters = queue.counters.compactMap(\.current)
            #expect(Set(atCounters).count == atCounters.count)
            for number in atCounters {
                let state = queue.ticket(number)?.state
                #expect(state == .called || state == .serving)
            }
            #expect(queue.board.waiting.values.reduce(0, +) == queue.tickets.filter { $0.state == .issued }.count)
        }
        for ticket in pending { _ = try queue.accept(ticket, at: QueueFixtures.minutes(600)) }
        #expect(Set(queue.tickets.map(\.number)) == Set(printed))
        #expect(announced > 0)
    }
}
