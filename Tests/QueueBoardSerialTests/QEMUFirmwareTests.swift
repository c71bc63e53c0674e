import Foundation
import KioskDevices
import KioskGraphics
import QueueBoardProtocol
import Testing

/// The real firmware in qemu-system-arm, the terminal's real serial driver on the other end.
@Suite(.serialized) struct QEMUFirmwareTests {
    /// Runs `body` with a booted board; QEMU is started and stopped on a thread of its own.
    func withQEMU(fastIdleTime: Bool = false, _ body: (QEMUBoard) async throws -> Void) async throws {
        let qemu = try await onThread { try QEMUBoard(fastIdleTime: fastIdleTime) }
        do {
            try await body(qemu)
        } catch {
            try? await onThread { qemu.stop() }
            throw error
        }
        try await onThread { qemu.stop() }
    }

    func client(for board: QEMUBoard) async throws -> Handoff<QueueBoardClient> {
        var options = QueueBoardClient.Options()
        // Generous: QEMU notices an opened pty only once a second, and these machines are shared.
        options.replyTimeout = .milliseconds(700)
        options.attempts = 10
        let client = Handoff(QueueBoardClient(path: board.ptyPath, options: options))
        try await onThread { try client.value.connect() }
        return client
    }

    /// Sends raw bytes with the driver's serial port and collects the board's messages.
    func exchangeRaw(_ bytes: [UInt8], on port: SerialPort, expecting count: Int) throws -> [BoardMessage] {
        try port.write(bytes)
        var decoder = FrameDecoder()
        var messages: [BoardMessage] = []
        let deadline = ContinuousClock.now + .seconds(5)
        while messages.count < count && ContinuousClock.now < deadline {
            for byte in try port.read(timeout: .milliseconds(200)) {
                if case .payload(let payload)? = decoder.feed(byte), let message = try? BoardMessage(payload: payload) {
                    if case .hello = message { continue }
                    messages.append(message)
                }
            }
        }
        return messages
    }

    @Test func corruptedFramesGetNaksAndTheLineRecovers() async throws {
        try await withQEMU { qemu in
            let path = qemu.ptyPath
            let naks = try await onThread { () -> [BoardMessage] in
                let port = try SerialPort(path: path, baud: 115_200)
                // Wait until the firmware answers at all (QEMU notices the opened pty within a second).
                var alive: [BoardMessage] = []
                for attempt in 0..<10 where alive.isEmpty {
                    alive = try self.exchangeRaw(
                        Command.ping.frame(sequence: UInt8(100 + attempt)).array, on: port, expecting: 1)
                }
                // A slow first answer may still be on its way: let the line go quiet before counting.
                while try !port.read(timeout: .milliseconds(300)).isEmpty {}
                var good = Command.show(counter: 0, text: DigitText(0x41, 0x30, 0x31, 0x32), blink: false)
                    .frame(sequence: 2).array
                var damaged = good
                damaged[damaged.count / 2] ^= 0x04
                let frames: [[UInt8]] = [
                    damaged,  // bad checksum
                    [0x00, 0x07, 0x11, 0x00],  // COBS block past the end
                    [0x00] + [UInt8](repeating: 0x5A, count: 150) + [0x00],  // too long
                    [0x00, 0x02, 0x10, 0x00],  // too short
                    Command.brightness(15).frame(sequence: 3).array,  // fine
                    WireFrameBuilder.raw([MessageType.brightness.rawValue, 4, 99]),  // bad argument
                    // bad counter, then a bad character
                    WireFrameBuilder.raw([MessageType.show.rawValue, 5, 7, 0, 0x31, 0x31, 0x31, 0x31]),
                    WireFrameBuilder.raw([MessageType.show.rawValue, 6, 0, 0, 0x21, 0x31, 0x31, 0x31]),
                    WireFrameBuilder.raw([0x66, 7]),  // unknown command
                    WireFrameBuilder.raw([MessageType.ping.rawValue, 8, 1]),  // bad length
                ]
                var replies: [BoardMessage] = alive
                for frame in frames { replies += try self.exchangeRaw(frame, on: port, expecting: 1) }
                good = Command.status.frame(sequence: 9).array
                replies += try self.exchangeRaw(good, on: port, expecting: 1)
                return replies
            }
            try #require(naks.count == 12, "\(naks)")
            guard case .ack(let first) = naks[0], (100..<110).contains(first) else {
                Issue.record("the board never answered a ping: \(naks[0])")
                return
            }
            #expect(
                naks[1] == .nak(sequence: 0, code: .badChecksum) || naks[1] == .nak(sequence: 2, code: .badChecksum))
            #expect(naks[2] == .nak(sequence: 0, code: .badEncoding))
            #expect(naks[3] == .nak(sequence: 0, code: .tooLong))
            #expect(naks[4] == .nak(sequence: 0, code: .tooShort))
            #expect(naks[5] == .ack(sequence: 3))
            #expect(naks[6] == .nak(sequence: 4, code: .badArgument))
            #expect(naks[7] == .nak(sequence: 5, code: .badCounter))
            #expect(naks[8] == .nak(sequence: 6, code: .badCharacter))
            #expect(naks[9] == .nak(sequence: 7, code: .unknownCommand))
            #expect(naks[10] == .nak(sequence: 8, code: .badLength))
            guard case .status(9, let status) = naks[11] else {
                Issue.record("no status after the garbage: \(naks[11])")
                return
            }
            // The damaged SHOW was not carried out; the good BRIGHTNESS was.
            #expect(status[counter: 0].text == .blank)
            #expect(status.brightness == 15)
        }
    }

    @Test func burstThenPictureMatchesWhatWasSent() async throws {
        try await withQEMU { qemu in
            let client = try await client(for: qemu)
            let sent = ["A012", "B7", "", "C104"]
            let status = try await onThread { () -> BoardStatus in
                try client.value.send(.brightness(15))
                // A burst: a call every frame, as fast as the line goes.
                for number in 1...60 { try client.value.show(counter: number % 4, text: String(number)) }
                try client.value.send(.clear(counter: Command.allCounters))
                for (counter, text) in sent.enumerated() where !text.isEmpty {
                    try client.value.show(counter: counter, text: text, blink: counter == 0)
                }
                return try client.value.status()
            }
            // QEMU holds the boot HELLO until the line is opened and the driver keeps it; on a loaded
            // machine the line may open before the board has booted, so a HELLO may not have come,
            // but one that came must be this board's.
            if let hello = client.value.hello {
                #expect(
                    hello
                        == .init(
                            protocolVersion: 1, counters: 4, digitsPerCounter: 4, firmwareMajor: 1, firmwareMinor: 0))
            }
            #expect(status[counter: 0].blinking)
            #expect(!status.selfTest && !status.heartbeat)
            let picture = QEMUBoard.repository.appendingPathComponent("Firmware/build/board-after-show.png")
            try QueueBoardPicture.render(status).writePNG(to: picture)
            let expected = sent.map { String(repeating: " ", count: 4 - $0.count) + $0 }
            #expect(digitsInPicture(at: picture) == expected)
        }
    }

    @Test func firmwareRestartMidSession() async throws {
        try await withQEMU { qemu in
            let client = try await client(for: qemu)
            try await onThread {
                try client.value.show(counter: 0, text: "A001")
                try client.value.show(counter: 3, text: "D004")
                try client.value.send(.brightness(6))
            }
            // The reset lands in the middle of a frame, and the board boots to the rest of one:
            // a second opener of the line sends half frames around the reset.
            let half = Array(Command.show(counter: 2, text: .dashes, blink: false).frame(sequence: 77).array.prefix(5))
            let path = qemu.ptyPath
            try await onThread {
                let cable = try SerialPort(path: path, baud: 115_200)
                try cable.write(half)
                try qemu.reset()
                try cable.write(half)
            }
            try await Task.sleep(for: .milliseconds(300))
            let status = try await onThread { () -> BoardStatus in
                try client.value.show(counter: 1, text: "B002")
                return try client.value.status()
            }
            #expect(client.value.counters.boardRestarts == 1)
            #expect(status.uptimeSeconds < 5)
            #expect(status.brightness == 6)
            #expect(status[counter: 0].text == DigitText(0x41, 0x30, 0x30, 0x31))
            #expect(status[counter: 1].text == DigitText(0x42, 0x30, 0x30, 0x32))
            #expect(status[counter: 3].text == DigitText(0x44, 0x30, 0x30, 0x34))
            #expect(status[counter: 2].text == .blank)  // the half frames did nothing
        }
    }

    @Test func heartbeatDashesAfterAMinuteOfSilence() async throws {
        try await withQEMU(fastIdleTime: true) { qemu in
            let client = try await client(for: qemu)
            var lastFrame = try await onThread { () -> Int in
                try client.value.show(counter: 2, text: "42")
                return Int(try client.value.status().uptimeSeconds)
            }
            // The guest clock runs ahead while the board idles, by how much depends on the host's
            // load; every look at the board is a frame from the host, so look again later each time
            // until a minute of board time has passed since the last frame. Seconds are whole:
            // 61 means over a minute, under 59 less than one.
            var wait = Duration.seconds(3)
            for _ in 0..<6 {
                try await Task.sleep(for: wait)
                let (silent, heard) = try await onThread { (try client.value.status(), try client.value.status()) }
                let quiet = Int(silent.uptimeSeconds) - lastFrame
                if quiet >= 61 {
                    #expect(silent.heartbeat)
                    #expect((0..<4).allSatisfy { silent[counter: $0].segments == DigitText.dashes.segments })
                    #expect(silent[counter: 2].text == DigitText(0x20, 0x20, 0x34, 0x32))
                    #expect(!heard.heartbeat)
                    #expect(heard[counter: 2].segments == DigitText(0x20, 0x20, 0x34, 0x32).segments)
                    return
                }
                if quiet < 59 { #expect(!silent.heartbeat, "dashes after \(quiet) s of silence") }
                lastFrame = Int(heard.uptimeSeconds)
                wait = wait * 2
            }
            Issue.record("a minute of board time never passed between two looks")
        }
    }
}

/// Frames with any bytes, for the commands the driver's API refuses to build.
enum WireFrameBuilder {
    static func raw(_ payload: [UInt8]) -> [UInt8] {
        var body = Bytes<64>()
        for byte in payload.dropFirst(2) { body.append(byte) }
        return WireFrame.frame(type: payload[0], sequence: payload[1], body: body).array
    }
}
