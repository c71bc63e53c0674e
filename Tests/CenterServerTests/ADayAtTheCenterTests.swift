import CenterServer
import Foundation
import KioskApp
import KioskDevices
import KioskQueue
import KioskSync
import KioskUI
import SeededRandom
import Synchronization
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A day at a service center, end to end over loopback: two terminals give tickets (one of them
/// also from its offline block), three counters call through their staff pages, a display board
/// follows the center's feed and calls each number aloud. No number is given twice, none is lost,
/// and the board calls exactly what the counters called, in order.
@Suite(.serialized) struct ADayAtTheCenterTests {
    /// A staff member's browser session: logs in once, then presses buttons.
    final class Staff: Sendable {
        let session: URLSession
        let base: String

        init(base: String) async throws {
            self.base = base
            let configuration = URLSessionConfiguration.ephemeral
            configuration.httpCookieStorage = .sharedCookieStorage(forGroupContainerIdentifier: UUID().uuidString)
            session = URLSession(configuration: configuration)
            _ = try await post("/staff/login", "user=canbo&password=mat-khau-dai&next=/staff")
        }

        @discardableResult
        func post(_ path: String, _ body: String = "") async throws -> String {
            var request = URLRequest(url: URL(string: base + path)!)
            request.httpMethod = "POST"
            request.httpBody = Data(body.utf8)
            request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
            let (data, _) = try await session.data(for: request)
            return String(decoding: data, as: UTF8.self)
        }
    }

    @Test func aDayKeepsEveryNumberAndTheBoardFollows() async throws {
        let center = try await QueueCenter()
        defer { Task { await center.stop() } }
        let terminals = center.tokens.map {
            QueueClient(credential: DeviceCredential(baseURL: URL(string: center.base)!, token: $0))
        }
        let staff = try await Staff(base: center.base)

        // The board: the center's feed drawn in memory; calls recorded as the speaker would get them.
        let spoken = Mutex<[String]>([])
        let feed = QueueFeed(credential: terminals[0].credential).boards()
        let display = await MainActor.run {
            QueueDisplay(display: MemoryDisplay(width: 480, height: 270), view: QueueBoardView(services: [])) { call in
                spoken.withLock { $0.append("\(call.number)@\(call.counter)") }
            }
        }
        let shown = Task { await display.run(feed) }
        // The day starts once the board shows: what it sees first is only shown, not called.
        for _ in 0..<200 where await display.boardsShown == 0 { try await Task.sleep(for: .milliseconds(20)) }
        try #require(await display.boardsShown > 0)

        var random = SplitMix(seed: 2026)
        var given: [String] = []
        var called: [String] = []
        let block = try await terminals[1].reserveBlock(service: "A", size: 30)
        var offline = BlockIssuer(block: block)
        var handedOver: [Ticket] = []
        for step in 0..<60 {
            switch random.next() % 5 {
            case 0, 1:
                let service = random.next() % 3 == 0 ? "B" : "A"
                let ticket = try await terminals[Int(random.next() % 2)].ticket(TicketRequest(service: service))
                given.append(ticket.number)
            case 2 where step < 40:
                let ticket = try offline.issue(at: Date(), utcOffset: 7 * 3600)
                given.append(ticket.number.description)
                handedOver.append(ticket)
                if handedOver.count == 3 {
                    #expect(try await terminals[1].handOver(handedOver) == 3)
                    handedOver = []
                }
            default:
                let counter = Int(random.next() % 3) + 1
                let before = try await center.state().board.lastCalls.first
                try await staff.post("/staff/counters/\(counter)/next")
                let after = try await center.state().board.lastCalls.first
                if let after, after != before { called.append("\(after.number)@\(after.counter)") }
            }
        }
        #expect(try await terminals[1].handOver(handedOver) == handedOver.count)
        #expect(Set(given).count == given.count, "no number given twice")
        #expect(called.count >= 5)

        // Every ticket given is in the center's day: called, done or waiting.
        let state = try await center.state()
        let calledNumbers = Set(called.map { String($0.prefix { $0 != "@" }) })
        let waiting = state.board.waiting.values.reduce(0, +)
        #expect(calledNumbers.isSubset(of: Set(given)))
        #expect(waiting + calledNumbers.count == given.count, "none lost")

        // The board called what the counters called, in order (the feed may still be catching up).
        for _ in 0..<600 where spoken.withLock({ $0.count }) < called.count {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(spoken.withLock { $0 } == called)
        shown.cancel()
    }
}
