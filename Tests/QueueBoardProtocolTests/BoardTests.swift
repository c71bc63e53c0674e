import QueueBoardCore
import QueueBoardProtocol
import Testing

/// A PING frame whose last checksum byte was changed on the line.
func damagedChecksum() -> [UInt8] {
    var frame = Command.ping.frame(sequence: 1).array
    let index = frame.count - 2
    frame[index] = frame[index] == 0x01 ? 0x02 : 0x01
    return frame
}

/// The board's behaviour with time in the test's hands.
@Suite struct BoardTests {
    /// Sends a frame to the board byte by byte and decodes its one reply.
    func send(_ frame: [UInt8], to board: inout LEDBoard, at now: UInt32) throws -> BoardMessage {
        var replies: [[UInt8]] = []
        for byte in frame {
            if let reply = board.receive(byte, now: now) { replies.append(reply.array) }
        }
        #expect(replies.count == 1)
        let reply = try #require(replies.first)
        let payload = try #require(decode(reply).first?.payload)
        return try BoardMessage(payload: Payload(payload))
    }

    func send(_ command: Command, _ sequence: UInt8, to board: inout LEDBoard, at now: UInt32) throws -> BoardMessage {
        try send(command.frame(sequence: sequence).array, to: &board, at: now)
    }

    func text(_ string: String) -> DigitText {
        let bytes = Array(string.utf8)
        return DigitText(bytes[0], bytes[1], bytes[2], bytes[3])
    }

    @Test func helloAnnouncesVersionAndShape() throws {
        let board = LEDBoard(now: 0)
        let payload = try #require(decode(board.hello.array).first?.payload)
        #expect(
            try BoardMessage(payload: Payload(payload))
                == .hello(
                    .init(protocolVersion: 1, counters: 4, digitsPerCounter: 4, firmwareMajor: 1, firmwareMinor: 0)))
    }

    @Test func showThenStatusReportsTheSegments() throws {
        var board = LEDBoard(now: 0)
        #expect(
            try send(.show(counter: 2, text: text("A012"), blink: false), 1, to: &board, at: 10) == .ack(sequence: 1))
        guard case .status(let sequence, let status) = try send(.status, 2, to: &board, at: 20) else {
            Issue.record("no status")
            return
        }
        #expect(sequence == 2)
        #expect(status[counter: 2].text == text("A012"))
        #expect(status[counter: 2].segments == 0x773F_065B)
        #expect(status[counter: 0].segments == 0)
        #expect(!status.selfTest && !status.heartbeat)
    }

    @Test(
        arguments: [
            // (frame, expected NAK)
            ([0x05, 0x11, 0x00], NakCode.badEncoding),
            ([UInt8](repeating: 0x41, count: 100) + [0], NakCode.tooLong),
            ([0x03, 0x10, 0x01, 0x00], NakCode.tooShort),
            (damagedChecksum(), NakCode.badChecksum),
            (rawFrame([0x7F, 1]), NakCode.unknownCommand),
            (rawFrame([MessageType.hello.rawValue, 1]), NakCode.unknownCommand),
            (rawFrame([MessageType.ping.rawValue, 1, 0]), NakCode.badLength),
            (rawFrame([MessageType.show.rawValue, 1, 4, 0, 0x31, 0x31, 0x31, 0x31]), NakCode.badCounter),
            (rawFrame([MessageType.clear.rawValue, 1, 9]), NakCode.badCounter),
            (rawFrame([MessageType.blink.rawValue, 1, 4, 3]), NakCode.badCounter),
            (rawFrame([MessageType.brightness.rawValue, 1, 16]), NakCode.badArgument),
            (rawFrame([MessageType.show.rawValue, 1, 0, 2, 0x31, 0x31, 0x31, 0x31]), NakCode.badArgument),
            (rawFrame([MessageType.show.rawValue, 1, 0, 0, 0x41, 0x21, 0x31, 0x31]), NakCode.badCharacter),
        ] as [([UInt8], NakCode)])
    func everyNak(frame: [UInt8], code: NakCode) throws {
        var board = LEDBoard(now: 0)
        guard case .nak(_, let received) = try send(frame, to: &board, at: 5) else {
            Issue.record("expected NAK \(code)")
            return
        }
        #expect(received == code)
        // The board keeps working after the refusal.
        #expect(try send(.ping, 2, to: &board, at: 6) == .ack(sequence: 2))
    }

    @Test func nakCarriesTheSequenceOfARefusedCommand() throws {
        var board = LEDBoard(now: 0)
        #expect(try send(.brightness(15), 44, to: &board, at: 0) == .ack(sequence: 44))
        #expect(
            try send(rawFrame([MessageType.brightness.rawValue, 45, 99]), to: &board, at: 0)
                == .nak(sequence: 45, code: .badArgument))
        #expect(board.brightness == 15)
    }

    @Test func heartbeatShowsDashesAfterSixtySecondsOfSilence() throws {
        var board = LEDBoard(now: 1_000)
        _ = try send(.show(counter: 0, text: text("0042"), blink: false), 1, to: &board, at: 1_000)
        #expect(board.litSegments(counter: 0, now: 60_999) == text("0042").segments)
        #expect(!board.isHeartbeatShown(now: 60_999))
        #expect(board.isHeartbeatShown(now: 61_000))
        #expect(board.litSegments(counter: 0, now: 61_000) == DigitText.dashes.segments)
        #expect(board.litSegments(counter: 3, now: 61_000) == DigitText.dashes.segments)
        // STATUS reports the dashes it found, then the host is heard again and the number returns.
        guard case .status(_, let status) = try send(.status, 2, to: &board, at: 70_000) else {
            Issue.record("no status")
            return
        }
        #expect(status.heartbeat)
        #expect(status[counter: 0].segments == DigitText.dashes.segments)
        #expect(status[counter: 0].text == text("0042"))
        #expect(board.litSegments(counter: 0, now: 70_001) == text("0042").segments)
    }

    @Test func garbageDoesNotCountAsTheHostBeingAlive() throws {
        var board = LEDBoard(now: 0)
        // The garbage ends with a delimiter: the board answers it with a NAK, but it is no sign of life.
        for byte in [UInt8](repeating: 0x55, count: 10) + [0] { _ = board.receive(byte, now: 59_000) }
        #expect(board.isHeartbeatShown(now: 60_000))
    }

    @Test func clockWrapDoesNotBreakTheHeartbeat() throws {
        let boot = UInt32.max - 10_000
        var board = LEDBoard(now: boot)
        _ = try send(.ping, 1, to: &board, at: boot)
        #expect(!board.isHeartbeatShown(now: boot &+ 30_000))
        #expect(board.isHeartbeatShown(now: boot &+ 60_000))
    }

    @Test func selfTestRunsAtBootUntilTheFirstShow() throws {
        let board = LEDBoard(now: 0)
        #expect(board.litSegments(counter: 1, now: 0) == 0xFFFF_FFFF)
        #expect(board.litSegments(counter: 1, now: 900) == 0x0101_0101)  // segment a
        #expect(board.litSegments(counter: 1, now: 1_999) == 0x4040_4040)  // segment g
        #expect(board.status(now: 100).selfTest)
        #expect(board.litSegments(counter: 1, now: 2_000) == 0)
        var interrupted = LEDBoard(now: 0)
        _ = try send(.show(counter: 1, text: text("B007"), blink: false), 1, to: &interrupted, at: 300)
        #expect(interrupted.litSegments(counter: 1, now: 301) == text("B007").segments)
        #expect(!interrupted.status(now: 301).selfTest)
    }

    @Test func newCallBlinksForFiveSeconds() throws {
        var board = LEDBoard(now: 0)
        _ = try send(.show(counter: 1, text: text("A007"), blink: true), 1, to: &board, at: 10_000)
        let lit = text("A007").segments
        let phases = stride(from: 10_000, to: 15_000, by: 250).map { board.drivenSegments(counter: 1, now: UInt32($0)) }
        #expect(phases.contains(0) && phases.contains(lit))
        #expect(board.status(now: 14_999)[counter: 1].blinking)
        #expect(!board.status(now: 15_000)[counter: 1].blinking)
        #expect(board.drivenSegments(counter: 1, now: 15_100) == lit)
        #expect(board.drivenSegments(counter: 0, now: 12_000) == 0)  // other counters untouched
        _ = try send(.blink(counter: 1, seconds: 0), 2, to: &board, at: 16_000)
        _ = try send(.blink(counter: 1, seconds: 2), 3, to: &board, at: 16_000)
        #expect(board.status(now: 17_999)[counter: 1].blinking)
        #expect(!board.status(now: 18_000)[counter: 1].blinking)
    }

    @Test func retryWithSameSequenceIsNotCarriedOutTwice() throws {
        var board = LEDBoard(now: 0)
        let frame = Command.show(counter: 0, text: text("0001"), blink: true).frame(sequence: 9).array
        #expect(try send(frame, to: &board, at: 0) == .ack(sequence: 9))
        // The ACK was lost; the host resends the same bytes 4 s later.
        #expect(try send(frame, to: &board, at: 4_000) == .ack(sequence: 9))
        #expect(!board.status(now: 6_000)[counter: 0].blinking, "the retry restarted the blink")
        // The same number with different bytes is a new command (the terminal restarted its count).
        _ = try send(.show(counter: 0, text: text("0002"), blink: false), 9, to: &board, at: 7_000)
        #expect(board.status(now: 7_000)[counter: 0].text == text("0002"))
    }

    @Test func clearAndBrightness() throws {
        var board = LEDBoard(now: 0)
        for counter in 0..<4 {
            _ = try send(
                .show(counter: UInt8(counter), text: text("888 "), blink: false), UInt8(counter + 1), to: &board, at: 0)
        }
        _ = try send(.clear(counter: 2), 10, to: &board, at: 1)
        #expect(board.litSegments(counter: 2, now: 2) == 0)
        #expect(board.litSegments(counter: 1, now: 2) == 0x7F7F_7F00)
        _ = try send(.clear(counter: Command.allCounters), 11, to: &board, at: 3)
        #expect((0..<4).allSatisfy { board.litSegments(counter: $0, now: 4) == 0 })
        _ = try send(.brightness(3), 12, to: &board, at: 5)
        #expect(board.status(now: 6).brightness == 3)
    }
}
