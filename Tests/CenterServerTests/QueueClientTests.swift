import CenterServer
import Foundation
import KioskQueue
import KioskSync
import Testing

/// KioskSync's queue client and feed against the real center on loopback.
@Suite(.serialized) struct QueueClientTests {
    func client(_ center: QueueCenter, token: Int = 0) -> QueueClient {
        QueueClient(credential: DeviceCredential(baseURL: URL(string: center.base)!, token: center.tokens[token]))
    }

    @Test func ticketsStateBlocksAndRefusals() async throws {
        let center = try await QueueCenter()
        defer { Task { await center.stop() } }
        let client = client(center, token: 1)
        let first = try await client.ticket(TicketRequest(service: "B", draftCode: "31415926"))
        #expect((first.number, first.ahead) == ("B001", 0))
        #expect(try await client.state().board.waiting["B"] == 1)
        let block = try await client.reserveBlock(service: "B", size: 10)
        #expect(block.terminal == "kiosk-2")
        var issuer = BlockIssuer(block: block)
        let offline = try issuer.issue(at: Date(), utcOffset: 7 * 3600)
        #expect(try await client.handOver([offline]) == 1)
        #expect(try await client.handOver([offline]) == 0)
        await #expect(throws: QueueClient.Failure.refused(status: 404, message: "no service Z")) {
            try await client.ticket(TicketRequest(service: "Z"))
        }
        let stranger = QueueClient(credential: DeviceCredential(baseURL: URL(string: center.base)!, token: "forged"))
        await #expect(throws: QueueClient.Failure.refused(status: 401, message: "a device token is required")) {
            try await stranger.state()
        }
    }

    @Test func aCenterThatIsDownIsUnreachable() async throws {
        let center = try await QueueCenter()
        let client = client(center)
        await center.stop()
        await #expect(throws: QueueClient.Failure.unreachable("connection refused")) {
            try await client.ticket(TicketRequest(service: "A"))
        }
    }

    /// The feed follows the board, and comes back by itself after the center restarts.
    @Test func theFeedFollowsAndReconnects() async throws {
        let center = try await QueueCenter()
        let feed = QueueFeed(credential: client(center).credential).boards()
        var boards = feed.makeAsyncIterator()
        #expect(await boards.next()?.waiting["A"] == 0)
        _ = try await center.ticket("A")
        #expect(await boards.next()?.waiting["A"] == 1)
        let again = try await center.restarted()
        defer { Task { await again.stop() } }
        _ = try await again.ticket("A")
        // After the restart the first board seen holds both tickets: nothing was lost.
        var seen = await boards.next()
        while let board = seen, board.waiting["A"] != 2 { seen = await boards.next() }
        #expect(seen?.waiting["A"] == 2)
    }
}

@Suite struct ServerSentEventsTests {
    @Test func eventsComeWholeHoweverTheBytesArrive() {
        let stream = Array(": hello\r\nevent: board\r\ndata: {\"a\":1}\r\n\r\ndata: one\ndata: two\n\nid: 7\n\n".utf8)
        for cut in 1..<stream.count {
            var parser = ServerSentEvents()
            let events = parser.feed(stream[..<cut]) + parser.feed(stream[cut...])
            #expect(
                events == [.init(name: "board", data: #"{"a":1}"#), .init(name: "message", data: "one\ntwo")],
                "cut at \(cut)")
        }
    }

    @Test func anOversizedEventIsDropped() {
        var parser = ServerSentEvents(limit: 100)
        let big = "data: " + String(repeating: "x", count: 500) + "\n\n"
        #expect(parser.feed(Array(big.utf8)).isEmpty)
        #expect(parser.feed(Array("data: ok\n\n".utf8)) == [.init(name: "message", data: "ok")])
    }
}
