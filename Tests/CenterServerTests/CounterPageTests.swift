import CenterServer
import Foundation
import KioskQueue
import KioskTesting
import TestSupport
import Testing

/// A counter's page in a real headless browser (Debian's chromium, through Tests/e2e/counter-browser):
/// staff log in and press the buttons; the board that terminals and displays read follows, and the
/// feed pushes each change.
@Suite(.serialized) struct CounterPageTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    struct Page: Decodable {
        var after: String
        var url: String
        var current: String?
        var state: String?
        var message: String?
    }

    func browse(_ center: QueueCenter, counter: Int, _ actions: [String]) async throws -> [Page] {
        let run = try await Program.run(
            Self.repository.appendingPathComponent("Tests/e2e/counter-browser").path,
            [center.base, "canbo", "mat-khau-dai", String(counter)] + actions)
        #expect(run.status == 0, "\(run.output)")
        return run.output.split(separator: "\n").compactMap {
            try? JSONDecoder().decode(Page.self, from: Data($0.utf8))
        }
    }

    @Test func staffCallAndServeFromTheirCounterPage() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"), "chromium (Debian) is needed")
        let center = try await QueueCenter()
        defer { Task { await center.stop() } }
        for index in 0..<3 { _ = try await center.ticket("A", token: index % 2) }

        let pages = try await browse(
            center, counter: 1, ["next", "recall", "serve", "done", "next", "no-show", "next"])
        #expect(pages.map(\.after) == ["login", "next", "recall", "serve", "done", "next", "no-show", "next"])
        #expect(pages.map(\.url).allSatisfy { $0 == "/staff/counters/1" })
        #expect(pages.map { $0.current ?? "?" } == ["—", "A001", "A001", "A001", "—", "A002", "—", "A003"])
        try #require(pages.count == 8)
        #expect(pages[3].state == "(đang phục vụ)")
        // A button that does not apply says why instead of doing something else.
        let refused = try await browse(center, counter: 1, ["serve", "no-show"])
        #expect(refused.last?.message?.contains("A003") == true, "\(refused.map(\.message))")

        let board = try await center.state().board
        #expect(board.counters.first?.number?.description == "A003")
        #expect(board.lastCalls.first?.number.description == "A003")
        #expect(board.waiting["A"] == 0)
    }

    /// The display feed: the board now, then one event per change, as server-sent events.
    @Test func theFeedPushesEveryChange() async throws {
        let center = try await QueueCenter()
        defer { Task { await center.stop() } }
        let feed = try LineReader(
            "/usr/bin/curl",
            ["-sN", "-H", "Authorization: Bearer \(center.tokens[0])", center.base + "/api/queue/feed"])
        defer { feed.stop() }
        let first = try await feed.nextEvent()
        #expect(first.waiting["A"] == 0)
        _ = try await center.ticket("A")
        #expect(try await feed.nextEvent().waiting["A"] == 1)
        _ = try await center.ticket("B")
        #expect(try await feed.nextEvent().waiting["B"] == 1)
        let unauthorized = try await center.call("GET", "/api/queue/feed", token: nil)
        #expect(unauthorized.status == 401)
    }
}

/// Reads a program's output line by line as it comes (a feed that never ends by itself).
final class LineReader: @unchecked Sendable {
    // @unchecked: `lines` is fed from the pipe's handler and read through the stream only.
    let process = Process()
    let pipe = Pipe()
    let lines: AsyncStream<String>

    init(_ path: String, _ arguments: [String]) throws {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self)
        lines = stream
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = pipe
        let pending = Pending()
        pipe.fileHandleForReading.readabilityHandler = { handle in
            let chunk = handle.availableData
            guard !chunk.isEmpty else {
                continuation.finish()
                handle.readabilityHandler = nil
                return
            }
            pending.data.append(chunk)
            while let newline = pending.data.firstIndex(of: 10) {
                continuation.yield(String(decoding: pending.data[pending.data.startIndex..<newline], as: UTF8.self))
                pending.data.removeSubrange(pending.data.startIndex...newline)
            }
        }
        try process.run()
    }

    /// Bytes read but not yet a whole line; only the pipe's handler touches it, one call at a time.
    final class Pending: @unchecked Sendable {
        var data = Data()
    }

    /// The next `board` event's data.
    func nextEvent() async throws -> Board {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        for await line in lines where line.hasPrefix("data: ") {
            return try decoder.decode(Board.self, from: Data(line.dropFirst(6).utf8))
        }
        throw CenterError(operation: "read the feed", reason: "it ended")
    }

    func stop() {
        process.terminate()
    }
}
