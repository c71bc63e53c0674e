import Foundation
import Testing

/// `center serve` under systemd: SIGTERM must end it promptly, also while a display board holds
/// the queue's never-ending feed open. The real binary, really listening.
@Suite(.serialized) struct CenterSigtermTests {
    /// A program whose standard output is read line by line as it comes; its end is awaited from the
    /// Process termination handler (no thread of Swift's pool is held).
    final class LineProcess: @unchecked Sendable {
        // @unchecked: Process is thread-safe for these calls; the streams are.
        let process = Process()
        let lines: AsyncStream<String>
        let exited: AsyncStream<Int32>

        init(_ executable: String, _ arguments: [String]) throws {
            let (lines, lineSink) = AsyncStream.makeStream(of: String.self)
            let (exited, exitSink) = AsyncStream.makeStream(of: Int32.self)
            self.lines = lines
            self.exited = exited
            let pipe = Pipe()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            let buffer = LockedBuffer()
            pipe.fileHandleForReading.readabilityHandler = { handle in
                let data = handle.availableData
                if data.isEmpty {
                    handle.readabilityHandler = nil
                    lineSink.finish()
                    return
                }
                for line in buffer.append(data) { lineSink.yield(line) }
            }
            process.terminationHandler = { process in
                exitSink.yield(process.terminationStatus)
                exitSink.finish()
            }
            try process.run()
            // Never left behind: a program still running after two minutes is killed (the test
            // then fails on what it waited for instead of hanging).
            let pid = process.processIdentifier
            Task.detached {
                try await Task.sleep(for: .seconds(120))
                _ = kill(pid, SIGKILL)
            }
        }

        /// The first line with `prefix`, nil if the output ends first.
        func line(startingWith prefix: String) async -> String? {
            for await line in lines where line.hasPrefix(prefix) { return line }
            return nil
        }

        /// The exit status, or nil when it has not exited within `seconds` (then it is killed).
        func exit(within seconds: Double) async -> Int32? {
            let pid = process.processIdentifier
            let watchdog = Task {
                try await Task.sleep(for: .seconds(seconds))
                _ = kill(pid, SIGKILL)
            }
            var status: Int32 = -1
            for await value in exited { status = value }
            watchdog.cancel()
            let killed = process.terminationReason == .uncaughtSignal && status == SIGKILL
            return killed ? nil : status
        }
    }

    final class LockedBuffer: @unchecked Sendable {
        // @unchecked: every access holds the lock.
        private let lock = NSLock()
        private var pending = Data()

        func append(_ data: Data) -> [String] {
            lock.lock()
            defer { lock.unlock() }
            pending.append(data)
            var lines: [String] = []
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                lines.append(String(decoding: pending[pending.startIndex..<newline], as: UTF8.self))
                pending = Data(pending[(newline + 1)...])
            }
            return lines
        }
    }

    static let queueSetup = """
        {"services":[{"code":"A","names":{"vi":"Hộ tịch","en":"Civil status"},"first":1,"last":999}],
         "counters":[{"number":1,"services":["A"],"isOpen":true}]}
        """

    @Test func centerServeExitsPromptlyOnSIGTERMWhileABoardWatchesTheFeed() async throws {
        let center = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("center").path
        try #require(FileManager.default.isExecutableFile(atPath: center), "build the center executable first")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("center-term-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.queueSetup.utf8).write(to: folder.appendingPathComponent("queue.json"))
        let token = try TLSFixture.shell("\(center) device add board-1 --data \(folder.path)")
            .trimmingCharacters(in: .whitespacesAndNewlines)

        let serve = try LineProcess(center, ["serve", "--data", folder.path, "--port", "0"])
        let listening = try #require(await serve.line(startingWith: "listening on "))
        let port = try #require(listening.split(separator: ":").last.flatMap { Int($0) })

        // A display board on the feed: the first board event arrives, and the stream stays open.
        let feed = try LineProcess(
            "/usr/bin/curl",
            ["-sN", "-H", "Authorization: Bearer \(token)", "http://127.0.0.1:\(port)/api/queue/feed"])
        #expect(await feed.line(startingWith: "event: board") != nil)

        #expect(kill(serve.process.processIdentifier, SIGTERM) == 0)
        // Generous for a loaded machine; a server that waits for the feed to end would never exit.
        let status = await serve.exit(within: 30)
        #expect(status == 0, "center serve did not exit on SIGTERM")
        #expect(await feed.exit(within: 30) != nil, "the feed was not closed")
    }
}
