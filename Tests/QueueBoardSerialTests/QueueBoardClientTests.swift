import Foundation
import QueueBoardProtocol
import Testing

@testable import KioskDevices

/// The terminal's driver against the board's own logic on a pseudo-terminal.
@Suite struct QueueBoardClientTests {
    static func fastOptions() -> QueueBoardClient.Options {
        var options = QueueBoardClient.Options()
        // Long enough that a loaded machine does not cause resends of its own; exact counts below rely on it.
        options.replyTimeout = .milliseconds(600)
        options.reconnectTimeout = .seconds(3)
        options.reconnectDelay = .milliseconds(20)
        return options
    }

    func connected(_ path: String) async throws -> Handoff<QueueBoardClient> {
        let client = Handoff(QueueBoardClient(path: path, options: Self.fastOptions()))
        // A first exchange, as a terminal does at start: it also takes in the board's boot HELLO
        // (after which the first ping goes again). The second ping is answered only once the
        // board has dealt with everything before it, so the tests start from a quiet line.
        try await onThread {
            try client.value.send(.ping)
            try client.value.send(.ping)
        }
        #expect(client.value.hello?.protocolVersion == Wire.protocolVersion)
        return client
    }

    @Test func showReachesTheBoard() async throws {
        let line = try PseudoTerminal()
        let board = SimulatedBoard(line: line)
        defer { board.stop() }
        let client = try await connected(line.slavePath)
        let status = try await onThread {
            try client.value.show(counter: 1, text: "A12", blink: true)
            try client.value.show(counter: 3, text: "7")
            return try client.value.status()
        }
        #expect(status[counter: 1].text == DigitText(0x20, 0x41, 0x31, 0x32))
        #expect(status[counter: 1].blinking)
        #expect(status[counter: 3].segments == DigitText(0x20, 0x20, 0x20, 0x37).segments)
        #expect(board.status()[counter: 1].text == status[counter: 1].text)
        #expect(client.value.counters.resends == 0)
    }

    @Test func damagedRepliesAreResent() async throws {
        let line = try PseudoTerminal()
        let board = SimulatedBoard(line: line)
        defer { board.stop() }
        let client = try await connected(line.slavePath)
        // Noise before a reply costs nothing: every frame starts with its own delimiter.
        board.faults.withLock { $0.garbageBeforeReplies = 1 }
        let resendsBefore = client.value.counters.resends
        try await onThread { try client.value.show(counter: 0, text: "A001") }
        #expect(client.value.counters.resends == resendsBefore)
        board.faults.withLock { $0.damageReplies = 2 }
        try await onThread { try client.value.show(counter: 0, text: "B034") }
        #expect(client.value.counters.resends - resendsBefore == 2)
        #expect(board.status()[counter: 0].text == DigitText(0x42, 0x30, 0x33, 0x34))
    }

    @Test func lostAckIsResentButNotCarriedOutTwice() async throws {
        let line = try PseudoTerminal()
        let board = SimulatedBoard(line: line)
        defer { board.stop() }
        let client = try await connected(line.slavePath)
        board.faults.withLock { $0.dropReplies = 1 }
        let before = board.commandsSeen.withLock { $0 }
        let resendsBefore = client.value.counters.resends
        try await onThread { try client.value.show(counter: 2, text: "0009", blink: true) }
        #expect(client.value.counters.resends - resendsBefore == 1)
        // The board answered both sends (the second from its memory of the first).
        #expect(board.commandsSeen.withLock { $0 } - before == 2)
        #expect(board.status()[counter: 2].blinking)
    }

    @Test func refusedCommandIsAnErrorNotARetry() async throws {
        let line = try PseudoTerminal()
        let board = SimulatedBoard(line: line)
        defer { board.stop() }
        let client = try await connected(line.slavePath)
        let resendsBefore = client.value.counters.resends
        let error = try await onThread { () -> QueueBoardError? in
            do throws(QueueBoardError) {
                try client.value.send(.show(counter: 9, text: .dashes, blink: false))
                return nil
            } catch { return error }
        }
        #expect(error == .refused(.badCounter))
        #expect(client.value.counters.resends == resendsBefore)
        #expect(throws: QueueBoardError.cannotDisplay("12345")) { try QueueBoardClient.digits("12345") }
        #expect(throws: QueueBoardError.cannotDisplay("Ợ")) { try QueueBoardClient.digits("Ợ") }
    }

    @Test func keepAlivePingsOnlyAfterTheInterval() async throws {
        let line = try PseudoTerminal()
        let board = SimulatedBoard(line: line)
        defer { board.stop() }
        var options = Self.fastOptions()
        options.keepAliveInterval = .seconds(10)
        // Exact frame counts below: no resend may come from a slow answer on a loaded machine.
        options.replyTimeout = .seconds(5)
        let client = Handoff(QueueBoardClient(path: line.slavePath, options: options))
        try await onThread {
            // The boot HELLO makes the first ping go twice; the second ping waits for both.
            try client.value.send(.ping)
            try client.value.send(.ping)
        }
        let before = board.commandsSeen.withLock { $0 }
        // From the moment the last frame went out, not from now: a loaded machine may pause here.
        let sent = client.value.lastSent
        try await onThread { try client.value.keepAlive(now: sent + .seconds(5)) }
        #expect(board.commandsSeen.withLock { $0 } == before)
        try await onThread { try client.value.keepAlive(now: sent + .seconds(11)) }
        #expect(board.commandsSeen.withLock { $0 } == before + 1)
    }

    @Test func boardOfAnotherProtocolVersionIsRefused() async throws {
        let line = try PseudoTerminal()
        let board = SimulatedBoard(line: line)
        defer { board.stop() }
        let client = try await connected(line.slavePath)
        // A board with newer firmware boots on the same line.
        line.write(
            BoardMessage.hello(
                .init(protocolVersion: 2, counters: 4, digitsPerCounter: 4, firmwareMajor: 2, firmwareMinor: 0)
            ).frame.array)
        let error = try await onThread { () -> QueueBoardError? in
            do throws(QueueBoardError) {
                try client.value.send(.ping)
                return nil
            } catch { return error }
        }
        #expect(error == .unsupportedVersion(2))
        #expect(error?.description == "queue board speaks protocol version 2, not 1")
    }

    @Test func silentBoardEndsInNoAnswer() async throws {
        let line = try PseudoTerminal()
        let board = SimulatedBoard(line: line)
        defer { board.stop() }
        board.faults.withLock { $0.silent = true }
        let client = Handoff(QueueBoardClient(path: line.slavePath, options: Self.fastOptions()))
        let error = try await onThread { () -> QueueBoardError? in
            do throws(QueueBoardError) {
                try client.value.send(.ping)
                return nil
            } catch { return error }
        }
        #expect(error == .noAnswer(path: line.slavePath, attempts: 5))
    }

    @Test func boardRestartMidSessionGetsItsNumbersBack() async throws {
        let line = try PseudoTerminal()
        let board = SimulatedBoard(line: line)
        defer { board.stop() }
        let client = try await connected(line.slavePath)
        try await onThread {
            try client.value.send(.brightness(4))
            try client.value.show(counter: 0, text: "A001")
            try client.value.show(counter: 2, text: "C003")
        }
        board.faults.withLock { $0.restart = true }
        try await Task.sleep(for: .milliseconds(100))
        let status = try await onThread {
            try client.value.show(counter: 1, text: "B002")
            return try client.value.status()
        }
        #expect(client.value.counters.boardRestarts == 1)
        #expect(client.value.counters.restores == 1)
        #expect(status.brightness == 4)
        #expect(status[counter: 0].text == DigitText(0x41, 0x30, 0x30, 0x31))
        #expect(status[counter: 1].text == DigitText(0x42, 0x30, 0x30, 0x32))
        #expect(status[counter: 2].text == DigitText(0x43, 0x30, 0x30, 0x33))
    }

    @Test func boardRebootingInALoopEndsInAnError() async throws {
        let line = try PseudoTerminal()
        let board = SimulatedBoard(line: line)
        defer { board.stop() }
        let client = try await connected(line.slavePath)
        try await onThread { try client.value.show(counter: 0, text: "A001") }
        board.faults.withLock { $0.restartAlways = true }
        let error = try await onThread { () -> QueueBoardError? in
            do throws(QueueBoardError) {
                try client.value.show(counter: 1, text: "B002")
                return nil
            } catch { return error }
        }
        guard case .noAnswer? = error else {
            Issue.record("expected no answer, got \(String(describing: error))")
            return
        }
        #expect(client.value.counters.boardRestarts > 1)
    }

    @Test func unplugAndReplugReconnects() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("board-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // A stable name, as udev's /dev/serial/by-id gives, pointing at whichever pty is plugged in.
        let link = directory.appendingPathComponent("queue-board").path
        let first = try PseudoTerminal()
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: first.slavePath)
        let firstBoard = SimulatedBoard(line: first)
        let client = try await connected(link)
        try await onThread { try client.value.show(counter: 0, text: "0001") }

        firstBoard.stop()
        try await Task.sleep(for: .milliseconds(50))
        first.hangUp()
        try FileManager.default.removeItem(atPath: link)
        let second = try PseudoTerminal()
        let secondBoard = SimulatedBoard(line: second)
        defer { secondBoard.stop() }
        // Plugged back in a moment later, under a new tty name, while the driver is retrying.
        Thread {
            Thread.sleep(forTimeInterval: 0.3)
            try? FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: second.slavePath)
        }.start()
        let status = try await onThread {
            try client.value.show(counter: 1, text: "0002")
            return try client.value.status()
        }
        #expect(client.value.counters.reconnects >= 1)
        // The replugged board booted blank: the driver put counter 0 back from memory.
        #expect(status[counter: 0].text == DigitText(0x30, 0x30, 0x30, 0x31))
        #expect(status[counter: 1].text == DigitText(0x30, 0x30, 0x30, 0x32))
    }

    @Test func vanishedDeviceIsAClearError() async throws {
        var options = Self.fastOptions()
        options.reconnectTimeout = .milliseconds(200)
        let client = Handoff(QueueBoardClient(path: "/nonexistent/board", options: options))
        let error = try await onThread { () -> QueueBoardError? in
            do throws(QueueBoardError) {
                try client.value.send(.ping)
                return nil
            } catch { return error }
        }
        #expect(error?.description.hasPrefix("queue board unavailable: open /nonexistent/board") == true)
    }
}
