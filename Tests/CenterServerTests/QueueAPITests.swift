import CenterServer
import Foundation
import KioskQueue
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The center's queue over HTTP on loopback: tickets for many terminals at once, numbering kept
/// across a restart, blocks for terminals that lose the center, counters driving the board.
@Suite(.serialized) struct QueueAPITests {
    /// Twenty terminals' requests at once, from two devices: twenty numbers, 1 to 20, no gap.
    @Test func concurrentTicketsAreDistinctAndGapless() async throws {
        let center = try await QueueCenter()
        defer { Task { await center.stop() } }
        let numbers = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<20 {
                group.addTask { try await center.ticket("A", token: index % 2).number }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(numbers.sorted() == (1...20).map { String(format: "A%03d", $0) })
        let state = try await center.state()
        #expect(state.board.waiting["A"] == 20)
        let next = try await center.ticket("A", priority: true)
        #expect(next.number == "A021")
        // One priority ticket after every three others: three regular tickets go first.
        #expect(next.ahead == 3)
    }

    @Test func badRequestsAreRefusedClearly() async throws {
        let center = try await QueueCenter()
        defer { Task { await center.stop() } }
        #expect(
            try await center.call("POST", "/api/queue/tickets", token: nil, json: #"{"service":"A"}"#).status == 401)
        #expect(
            try await center.call("POST", "/api/queue/tickets", token: "forged", json: #"{"service":"A"}"#).status
                == 401)
        #expect(try await center.call("POST", "/api/queue/tickets", token: center.tokens[0], json: "{").status == 400)
        let unknown = try await center.call(
            "POST", "/api/queue/tickets", token: center.tokens[0], json: #"{"service":"Z"}"#)
        #expect(unknown.status == 404)
        #expect(String(decoding: unknown.body, as: UTF8.self).contains("no service Z"))
        let huge = String(repeating: " ", count: 20_000) + #"{"service":"A"}"#
        #expect(try await center.call("POST", "/api/queue/tickets", token: center.tokens[0], json: huge).status == 400)
        #expect(try await center.call("GET", "/api/queue/state", token: nil).status == 401)
    }

    /// The center stops mid-morning and starts again: the next ticket goes on from the last.
    @Test func aRestartMidDayContinuesTheNumbering() async throws {
        let center = try await QueueCenter()
        for _ in 0..<7 { _ = try await center.ticket("B") }
        let again = try await center.restarted()
        defer { Task { await again.stop() } }
        #expect(try await again.ticket("B").number == "B008")
        #expect(try await again.state().board.waiting["B"] == 8)
    }

    /// A terminal takes a block in the morning, loses the center, issues from its block, and hands
    /// its tickets over when the center is back (twice, as a retry would): no number is given twice.
    @Test func anOfflineTerminalsBlockNeverCollides() async throws {
        let center = try await QueueCenter()
        defer { Task { await center.stop() } }
        let (status, body) = try await center.call(
            "POST", "/api/queue/blocks", token: center.tokens[1], json: #"{"service":"A","size":20}"#)
        #expect(status == 201)
        let block = try JSONDecoder().decode(NumberBlock.self, from: body)
        #expect((block.first, block.last, block.terminal) == (980, 999, "kiosk-2"))
        var issuer = BlockIssuer(block: block)
        var offline: [Ticket] = []
        var given: [String] = []
        for _ in 0..<5 {
            given.append(try await center.ticket("A").number)
            let ticket = try issuer.issue(at: Date(), utcOffset: 7 * 3600)
            offline.append(ticket)
            given.append(ticket.number.description)
        }
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let handover = String(decoding: try encoder.encode(offline), as: UTF8.self)
        for expected in [5, 0] {
            let (status, body) = try await center.call(
                "POST", "/api/queue/handover", token: center.tokens[1], json: handover)
            #expect(status == 200)
            #expect(String(decoding: body, as: UTF8.self) == #"{"accepted":\#(expected)}"#)
        }
        // Another terminal cannot hand over kiosk-2's tickets.
        let (_, stolen) = try await center.call("POST", "/api/queue/handover", token: center.tokens[0], json: handover)
        #expect(String(decoding: stolen, as: UTF8.self) == #"{"accepted":0}"#)
        #expect(Set(given).count == 10)
        #expect(try await center.state().board.waiting["A"] == 10)
    }
}
