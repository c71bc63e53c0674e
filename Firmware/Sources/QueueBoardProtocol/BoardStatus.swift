/// The board's state as reported by STATUS: what each counter holds and what its digits show.
public struct BoardStatus: Equatable, Sendable {
    /// One counter of the board.
    public struct Counter: Equatable, Sendable {
        /// The characters last sent with SHOW (blanks after CLEAR).
        public var text: DigitText
        /// The lit segments of the four digits, digit 0 in the high byte (see `SevenSegment`).
        /// These are the segments the digits show when lit: dashes during the heartbeat, the
        /// test pattern during the self-test; blinking is reported apart in `blinking`.
        public var segments: UInt32
        /// Whether the counter is flashing (a new call).
        public var blinking: Bool

        public init(text: DigitText, segments: UInt32, blinking: Bool) {
            self.text = text
            self.segments = segments
            self.blinking = blinking
        }

        /// The segment mask of digit `index` (0...3, left to right).
        public func segments(ofDigit index: Int) -> UInt8 {
            UInt8(truncatingIfNeeded: segments >> UInt32(24 - 8 * index))
        }
    }

    public var brightness: UInt8
    /// The host has been silent for `Wire.heartbeatTimeoutMilliseconds`: the digits show dashes.
    public var heartbeat: Bool
    /// The boot self-test pattern is on the digits.
    public var selfTest: Bool
    /// Seconds since the board started.
    public var uptimeSeconds: UInt32
    public var counter0: Counter
    public var counter1: Counter
    public var counter2: Counter
    public var counter3: Counter

    public init(
        brightness: UInt8, heartbeat: Bool, selfTest: Bool, uptimeSeconds: UInt32,
        counters: (Counter, Counter, Counter, Counter)
    ) {
        self.brightness = brightness
        self.heartbeat = heartbeat
        self.selfTest = selfTest
        self.uptimeSeconds = uptimeSeconds
        (counter0, counter1, counter2, counter3) = counters
    }

    /// Counter `index` (0...3).
    public subscript(counter index: Int) -> Counter {
        get {
            switch index {
            case 0: return counter0
            case 1: return counter1
            case 2: return counter2
            default: return counter3
            }
        }
        set {
            switch index {
            case 0: counter0 = newValue
            case 1: counter1 = newValue
            case 2: counter2 = newValue
            default: counter3 = newValue
            }
        }
    }

    /// The body length of a status report.
    static let bodyLength = 8 + 9 * Wire.counters

    func appendBody(to body: inout Bytes<64>) {
        body.append(brightness)
        body.append((heartbeat ? 1 : 0) | (selfTest ? 2 : 0))
        appendWord(uptimeSeconds, to: &body)
        body.append(UInt8(Wire.counters))
        body.append(UInt8(Wire.digitsPerCounter))
        var index = 0
        while index < Wire.counters {
            let counter = self[counter: index]
            body.append(counter.text.a)
            body.append(counter.text.b)
            body.append(counter.text.c)
            body.append(counter.text.d)
            appendWord(counter.segments, to: &body)
            body.append(counter.blinking ? 1 : 0)
            index += 1
        }
    }

    init(payload: Payload) throws(NakCode) {
        guard payload.count == 2 + BoardStatus.bodyLength,
            payload[8] == UInt8(Wire.counters), payload[9] == UInt8(Wire.digitsPerCounter)
        else { throw .badLength }
        brightness = payload[2]
        heartbeat = payload[3] & 1 != 0
        selfTest = payload[3] & 2 != 0
        uptimeSeconds = readWord(payload, at: 4)
        let blank = Counter(text: .blank, segments: 0, blinking: false)
        (counter0, counter1, counter2, counter3) = (blank, blank, blank, blank)
        var index = 0
        while index < Wire.counters {
            let base = 10 + 9 * index
            self[counter: index] = Counter(
                text: DigitText(payload[base], payload[base + 1], payload[base + 2], payload[base + 3]),
                segments: readWord(payload, at: base + 4), blinking: payload[base + 8] != 0)
            index += 1
        }
    }
}

func appendWord(_ word: UInt32, to body: inout Bytes<64>) {
    body.append(UInt8(truncatingIfNeeded: word >> 24))
    body.append(UInt8(truncatingIfNeeded: word >> 16))
    body.append(UInt8(truncatingIfNeeded: word >> 8))
    body.append(UInt8(truncatingIfNeeded: word))
}

func readWord(_ payload: Payload, at index: Int) -> UInt32 {
    UInt32(payload[index]) << 24 | UInt32(payload[index + 1]) << 16 | UInt32(payload[index + 2]) << 8
        | UInt32(payload[index + 3])
}
