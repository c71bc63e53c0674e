import Foundation
import QueueBoardProtocol

/// The terminal's side of the queue board: sends commands over a serial line and waits for the
/// ACK, resending on silence or a damaged frame, reopening the line when it was unplugged, and
/// putting the numbers back when the board restarts (it says HELLO and has forgotten them).
///
/// Blocking: call it from one thread that may wait (the board's own I/O thread or a
/// technician's command), never from the cooperative pool or the main actor.
public final class QueueBoardClient {
    /// Timing and retry policy.
    public struct Options: Sendable {
        public var baud = 115_200
        /// How long to wait for the answer to one frame.
        public var replyTimeout: Duration = .milliseconds(500)
        /// Sends of one command before giving up.
        public var attempts = 5
        /// How long to keep reopening an unplugged line before giving up on a command.
        public var reconnectTimeout: Duration = .seconds(5)
        public var reconnectDelay: Duration = .milliseconds(100)
        /// `keepAlive()` pings when nothing was sent for this long (the board shows dashes after 60 s).
        public var keepAliveInterval: Duration = .seconds(20)

        public init() {}
    }

    /// What the client has seen of the line, for diagnostics and tests.
    public struct Counters: Sendable, Equatable {
        public var resends = 0
        public var reconnects = 0
        public var boardRestarts = 0
        public var restores = 0
    }

    public let path: String
    public let options: Options
    /// The board's HELLO, once one has been seen.
    public internal(set) var hello: BoardMessage.Hello?
    public internal(set) var counters = Counters()

    var port: SerialPort?
    var decoder = FrameDecoder()
    var sequence: UInt8 = 0
    var lastSent = ContinuousClock.now
    /// What the board should be showing, to put back after it restarts.
    var shown: [DigitText?] = Array(repeating: nil, count: Wire.counters)
    var brightness: UInt8?
    var restoreNeeded = false
    var restoring = false
    /// Whether the board has answered anything yet.
    var answered = false

    /// A client for the board at `path`; the line is opened on first use and after every unplug.
    public init(path: String, options: Options = Options()) {
        self.path = path
        self.options = options
        // Start the count somewhere else after each terminal restart, so a board that kept
        // running does not take the first command for a retry of an old one.
        sequence = UInt8.random(in: 1...255)
    }

    /// Opens the line now (otherwise the first command does), waiting for it to appear.
    public func connect() throws(QueueBoardError) {
        _ = try openPort()
    }

    /// Closes the line; the next command opens it again.
    public func disconnect() {
        port = nil
        decoder = FrameDecoder()
    }

    /// Sends `command` and returns the board's answer (ACK, or the status report for STATUS).
    @discardableResult
    public func send(_ command: Command) throws(QueueBoardError) -> BoardMessage {
        let reply = try exchange(command)
        remember(command)
        return reply
    }

    /// Sends PING if nothing was sent for `options.keepAliveInterval` before `now`, so the
    /// board knows the terminal is alive and keeps its numbers up. Call it from the terminal's
    /// timer; `now` is a parameter so the policy is tested without waiting.
    public func keepAlive(now: ContinuousClock.Instant = .now) throws(QueueBoardError) {
        if now - lastSent >= options.keepAliveInterval { try send(.ping) }
    }

    func remember(_ command: Command) {
        switch command {
        case .show(let counter, let text, _): shown[Int(counter)] = text
        case .clear(let counter):
            if counter == Command.allCounters {
                shown = Array(repeating: nil, count: Wire.counters)
            } else {
                shown[Int(counter)] = nil
            }
        case .brightness(let level): brightness = level
        case .ping, .status, .blink: break
        }
    }

    /// One command to its answer: retries, reconnects, and the restore after a board restart.
    func exchange(_ command: Command) throws(QueueBoardError) -> BoardMessage {
        sequence = sequence == 255 ? 1 : sequence + 1
        let frame = command.frame(sequence: sequence).array
        let mySequence = sequence
        var attempt = 0
        var restarts = 0
        while attempt < options.attempts {
            // A HELLO during the restore asks for another one: the outer loop runs it when
            // this one ends, instead of nesting restores without bound.
            if restoreNeeded && !restoring {
                restoreNeeded = false
                restoring = true
                defer { restoring = false }
                try restore()
            }
            attempt += 1
            if attempt > 1 { counters.resends += 1 }
            switch try transmit(frame, sequence: mySequence) {
            case .answer(let message):
                return message
            case .resend:
                continue
            case .restarted:
                // The board restarted around our frame: put its numbers back, then send again.
                // Bounded, so a board rebooting in a loop ends in an error, not a hang.
                restarts += 1
                if restarts > options.attempts { throw .noAnswer(path: path, attempts: attempt) }
                attempt -= 1
            }
        }
        throw .noAnswer(path: path, attempts: options.attempts)
    }

    /// Puts back what the board showed before it restarted.
    func restore() throws(QueueBoardError) {
        counters.restores += 1
        if let brightness { _ = try exchange(.brightness(brightness)) }
        for (counter, text) in shown.enumerated() {
            if let text { _ = try exchange(.show(counter: UInt8(counter), text: text, blink: false)) }
        }
    }
}

extension Bytes {
    /// The bytes in use, as an array.
    var array: [UInt8] { (0..<count).map { self[$0] } }
}
