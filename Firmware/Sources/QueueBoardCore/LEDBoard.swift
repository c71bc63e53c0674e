import QueueBoardProtocol

/// The board's behaviour, apart from its registers: frames in, replies out, and the segments
/// the digits should show at a given time. Time is the caller's: milliseconds since boot from
/// SysTick on the board, any number in tests. Differences are taken with wrapping arithmetic,
/// so the 49-day wrap of a 32-bit millisecond clock does nothing.
public struct LEDBoard: Sendable {
    /// This firmware's version, announced in HELLO.
    public static let firmwareMajor: UInt8 = 1
    public static let firmwareMinor: UInt8 = 0
    /// How long SHOW with `blink` flashes a new call.
    public static let newCallBlinkMilliseconds: UInt32 = 5_000
    /// Half a blink period: the digits are lit this long, then dark this long.
    public static let blinkPhaseMilliseconds: UInt32 = 250
    /// How long the boot self-test runs unless a command arrives first.
    public static let selfTestMilliseconds: UInt32 = 2_000
    /// Brightness after boot.
    public static let defaultBrightness: UInt8 = 10

    struct CounterState: Sendable {
        var text = DigitText.blank
        var blinking = false
        var blinkUntil: UInt32 = 0
    }

    var decoder = FrameDecoder()
    var counter0 = CounterState()
    var counter1 = CounterState()
    var counter2 = CounterState()
    var counter3 = CounterState()
    /// The current brightness, 0...`Wire.maxBrightness`.
    public private(set) var brightness = LEDBoard.defaultBrightness
    let bootTime: UInt32
    var lastHostFrame: UInt32
    var selfTestRunning = true
    var lastSequence: UInt8 = 0
    var lastPayloadChecksum: UInt16 = 0
    var lastReply = WireFrame()

    /// A board that has just booted at `now`: self-test on, nothing shown, host not yet heard.
    public init(now: UInt32) {
        bootTime = now
        lastHostFrame = now
    }

    /// The HELLO frame to send once at boot.
    public var hello: WireFrame {
        BoardMessage.hello(
            .init(
                protocolVersion: Wire.protocolVersion, counters: UInt8(Wire.counters),
                digitsPerCounter: UInt8(Wire.digitsPerCounter), firmwareMajor: LEDBoard.firmwareMajor,
                firmwareMinor: LEDBoard.firmwareMinor)
        ).frame
    }

    /// Feeds one byte from the host; returns the frame to send back when it completed a frame.
    public mutating func receive(_ byte: UInt8, now: UInt32) -> WireFrame? {
        switch decoder.feed(byte) {
        case nil:
            return nil
        case .error(let error, let sequence)?:
            return BoardMessage.nak(sequence: sequence, code: error.nakCode).frame
        case .payload(let payload)?:
            return handle(payload, now: now)
        }
    }

    /// Carries out one checked payload and returns the reply. A payload repeating the previous
    /// one (same sequence number, same bytes) is a retry after a lost reply: it gets the same
    /// reply again and is not carried out twice. A different payload under the same number (a
    /// terminal that restarted its count) is a new command.
    public mutating func handle(_ payload: Payload, now: UInt32) -> WireFrame {
        let sequence = payload[1]
        let checksum = CRC16.checksum(payload, count: payload.count)
        if sequence != 0 && sequence == lastSequence && checksum == lastPayloadChecksum {
            lastHostFrame = now
            return lastReply
        }
        let reply: WireFrame
        do throws(NakCode) {
            let command = try Command(payload: payload)
            reply = try execute(command, sequence: sequence, now: now)
        } catch {
            reply = BoardMessage.nak(sequence: sequence, code: error).frame
        }
        lastHostFrame = now
        lastSequence = sequence
        lastPayloadChecksum = checksum
        lastReply = reply
        return reply
    }

    mutating func execute(_ command: Command, sequence: UInt8, now: UInt32) throws(NakCode) -> WireFrame {
        switch command {
        case .ping:
            break
        case .status:
            // The report shows the digits as they were when the request came: a technician
            // asking "what is on the board" during the heartbeat must see the dashes.
            return BoardMessage.status(sequence: sequence, status(now: now)).frame
        case .show(let counter, let text, let blink):
            try checkCounter(counter)
            selfTestRunning = false
            update(counter) { state in
                state.text = text
                state.blinking = blink
                state.blinkUntil = now &+ LEDBoard.newCallBlinkMilliseconds
            }
        case .clear(let counter):
            selfTestRunning = false
            if counter == Command.allCounters {
                var index: UInt8 = 0
                while index < UInt8(Wire.counters) {
                    update(index) { $0 = CounterState() }
                    index += 1
                }
            } else {
                try checkCounter(counter)
                update(counter) { $0 = CounterState() }
            }
        case .brightness(let level):
            brightness = level
        case .blink(let counter, let seconds):
            try checkCounter(counter)
            update(counter) { state in
                state.blinking = seconds > 0
                state.blinkUntil = now &+ UInt32(seconds) * 1000
            }
        }
        return BoardMessage.ack(sequence: sequence).frame
    }

    func checkCounter(_ counter: UInt8) throws(NakCode) {
        guard Int(counter) < Wire.counters else { throw .badCounter }
    }

    mutating func update(_ counter: UInt8, _ change: (inout CounterState) -> Void) {
        switch counter {
        case 0: change(&counter0)
        case 1: change(&counter1)
        case 2: change(&counter2)
        default: change(&counter3)
        }
    }

    func state(_ index: Int) -> CounterState {
        switch index {
        case 0: return counter0
        case 1: return counter1
        case 2: return counter2
        default: return counter3
        }
    }
}
