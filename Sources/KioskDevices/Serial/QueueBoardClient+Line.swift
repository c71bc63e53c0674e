import Foundation
import QueueBoardProtocol

extension QueueBoardClient {
    enum Outcome {
        case answer(BoardMessage)
        case resend
        case restarted
    }

    /// Sends one frame and reads until its answer, a reason to resend, or the timeout.
    func transmit(_ frame: [UInt8], sequence: UInt8) throws(QueueBoardError) -> Outcome {
        let port = try openPort()
        do throws(DeviceError) {
            try port.write(frame)
        } catch {
            return try lost(error)
        }
        lastSent = .now
        let deadline = ContinuousClock.now + options.replyTimeout
        while ContinuousClock.now < deadline {
            let bytes: [UInt8]
            do throws(DeviceError) {
                bytes = try port.read(timeout: deadline - .now)
            } catch {
                return try lost(error)
            }
            for byte in bytes {
                guard case .payload(let payload)? = decoder.feed(byte) else { continue }
                // Damaged frames from the board are dropped: the timeout brings a resend.
                guard let message = try? BoardMessage(payload: payload) else { continue }
                if let outcome = try handle(message, sequence: sequence) { return outcome }
            }
        }
        return .resend
    }

    /// The line failed under us: a disconnect means reopen and resend, anything else is reported.
    func lost(_ error: DeviceError) throws(QueueBoardError) -> Outcome {
        guard error.isDisconnect else { throw .unavailable(error) }
        // Unplugged mid-command: reopen on the next attempt. A board powered by its cable
        // restarted with the plug, and its HELLO went out before the line was open again, so
        // put the numbers back without waiting for one.
        disconnect()
        counters.reconnects += 1
        restoreNeeded = shown.contains { $0 != nil } || brightness != nil
        return .resend
    }

    /// What a message from the board means for the frame we are waiting on; nil to keep waiting.
    func handle(_ message: BoardMessage, sequence: UInt8) throws(QueueBoardError) -> Outcome? {
        switch message {
        case .hello(let hello):
            guard hello.protocolVersion == Wire.protocolVersion else {
                throw .unsupportedVersion(hello.protocolVersion)
            }
            self.hello = hello
            // A HELLO after the board has answered us means it restarted (the first one may be
            // lost: sent at power-on, before the line was open).
            if answered { counters.boardRestarts += 1 }
            restoreNeeded = shown.contains { $0 != nil } || brightness != nil
            return .restarted
        case .ack(let acknowledged):
            guard acknowledged == sequence else { return nil }
            answered = true
            return .answer(message)
        case .status(let reported, _):
            guard reported == sequence else { return nil }
            answered = true
            return .answer(message)
        case .nak(let refused, let code):
            if code.isTransient { return .resend }
            guard refused == sequence else { return nil }
            throw .refused(code)
        }
    }

    /// The open line, opening it (again) if needed and retrying while it is absent.
    func openPort() throws(QueueBoardError) -> SerialPort {
        if let port { return port }
        let deadline = ContinuousClock.now + options.reconnectTimeout
        while true {
            do throws(DeviceError) {
                let port = try SerialPort(path: path, baud: options.baud)
                self.port = port
                decoder = FrameDecoder()
                return port
            } catch {
                guard error.isDisconnect || error.errno == EACCES || error.errno == EBUSY,
                    ContinuousClock.now < deadline
                else { throw .unavailable(error) }
                Thread.sleep(forTimeInterval: options.reconnectDelay.seconds)
            }
        }
    }
}

extension Duration {
    /// The duration in seconds, for APIs that take a TimeInterval.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
