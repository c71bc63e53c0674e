import QueueBoardProtocol
import SeededRandom
import Testing

@Suite struct FrameTests {
    static let commands: [Command] = [
        .ping, .status, .clear(counter: 2), .clear(counter: Command.allCounters), .brightness(0), .brightness(15),
        .blink(counter: 3, seconds: 9), .show(counter: 0, text: DigitText(0x41, 0x30, 0x31, 0x32), blink: true),
        .show(counter: 3, text: .blank, blink: false),
    ]

    @Test(arguments: commands)
    func commandsRoundTrip(command: Command) throws {
        let frame = command.frame(sequence: 77).array
        #expect(frame.first == 0 && frame.last == 0)
        #expect(!frame.dropFirst().dropLast().contains(0))
        let events = decode(frame)
        #expect(events.count == 1)
        let payload = try #require(events.first?.payload)
        #expect(payload[0] == command.type.rawValue)
        #expect(payload[1] == 77)
        #expect(try Command(payload: Payload(payload)) == command)
    }

    @Test func boardMessagesRoundTrip() throws {
        let counter = BoardStatus.Counter(
            text: DigitText(0x42, 0x30, 0x30, 0x37), segments: 0x7C3F_3F07, blinking: true)
        let blank = BoardStatus.Counter(text: .blank, segments: 0, blinking: false)
        let status = BoardStatus(
            brightness: 7, heartbeat: true, selfTest: false, uptimeSeconds: 123_456,
            counters: (counter, blank, blank, counter))
        let messages: [BoardMessage] = [
            .hello(.init(protocolVersion: 1, counters: 4, digitsPerCounter: 4, firmwareMajor: 1, firmwareMinor: 2)),
            .ack(sequence: 200), .nak(sequence: 0, code: .badChecksum), .nak(sequence: 9, code: .badCharacter),
            .status(sequence: 31, status),
        ]
        for message in messages {
            let payload = try #require(decode(message.frame.array).first?.payload)
            #expect(try BoardMessage(payload: Payload(payload)) == message)
        }
    }

    @Test func everySingleBitFlipIsCaught() {
        let frame = Command.show(counter: 1, text: DigitText(0x41, 0x30, 0x34, 0x32), blink: true)
            .frame(sequence: 5).array
        var caught = 0
        for index in 0..<(frame.count - 1) {
            for bit in 0..<8 {
                var damaged = frame
                damaged[index] ^= 1 << bit
                let events = decode(damaged)
                #expect(events.allSatisfy { $0.payload == nil }, "byte \(index) bit \(bit)")
                if events.contains(where: { $0.error != nil }) { caught += 1 }
            }
        }
        // Every flip is reported, not just dropped: the sender learns to resend.
        #expect(caught == (frame.count - 1) * 8)
    }

    @Test func resynchronisesAfterGarbage() throws {
        var decoder = FrameDecoder()
        let good = Command.ping.frame(sequence: 3).array
        var random = SplitMix(seed: 7)
        let garbage = (0..<40).map { _ in UInt8.random(in: 1...255, using: &random) }
        let events = decode(garbage + [0] + good, with: &decoder)
        #expect(events.count == 2)
        #expect(events[0].error != nil)
        #expect(events[1].payload == [MessageType.ping.rawValue, 3])
        // A frame cut short (a restart mid-send), then a delimiter and a good frame.
        let cut = Array(Command.status.frame(sequence: 4).array.prefix(3))
        let after = decode(cut + [0] + good, with: &decoder)
        #expect(after.last?.payload == [MessageType.ping.rawValue, 3])
        // Empty frames (delimiters in a row) are ignored.
        #expect(decode([0, 0, 0] + good).count == 1)
    }

    @Test func overlongFrameIsReportedOnceThenDecoderRecovers() {
        var decoder = FrameDecoder()
        let events = decode(
            [UInt8](repeating: 0x41, count: 500) + [0] + Command.ping.frame(sequence: 1).array, with: &decoder)
        #expect(events.count == 2)
        #expect(events[0].error == .tooLong)
        #expect(events[1].payload != nil)
    }

    @Test func hostSideRefusesMalformedBoardMessages() {
        #expect(throws: NakCode.unknownCommand) { try BoardMessage(payload: Payload([0x10, 1])) }
        #expect(throws: NakCode.badLength) { try BoardMessage(payload: Payload([0x02, 1, 9])) }
        #expect(throws: NakCode.badArgument) { try BoardMessage(payload: Payload([0x03, 1, 99])) }
        #expect(throws: NakCode.badLength) { try BoardMessage(payload: Payload([0x04, 1, 0, 0])) }
        #expect(throws: NakCode.badLength) { try BoardMessage(payload: Payload([0x01, 0, 1])) }
    }
}
