/// What the terminal asks of the board. Every command is answered by ACK, NAK or (for STATUS)
/// a status report carrying the same sequence number.
public enum Command: Equatable, Sendable {
    /// Nothing but "I am here": keeps the heartbeat from showing dashes.
    case ping
    /// Shows `text` on `counter`; `blink` makes it flash for a few seconds (a new call).
    case show(counter: UInt8, text: DigitText, blink: Bool)
    /// Blanks one counter, or all of them with `Command.allCounters`.
    case clear(counter: UInt8)
    /// Sets the brightness, 0...`Wire.maxBrightness`.
    case brightness(UInt8)
    /// Flashes `counter` for `seconds` (0 stops).
    case blink(counter: UInt8, seconds: UInt8)
    /// Asks for the board's state (what the digits show).
    case status

    /// The counter number that means every counter, for CLEAR.
    public static let allCounters: UInt8 = 0xFF

    /// The message type byte.
    public var type: MessageType {
        switch self {
        case .ping: return .ping
        case .show: return .show
        case .clear: return .clear
        case .brightness: return .brightness
        case .blink: return .blink
        case .status: return .status
        }
    }

    /// The frame for the wire.
    public func frame(sequence: UInt8) -> WireFrame {
        var body = Bytes<64>()
        switch self {
        case .ping, .status:
            break
        case .show(let counter, let text, let blink):
            body.append(counter)
            body.append(blink ? 1 : 0)
            body.append(text.a)
            body.append(text.b)
            body.append(text.c)
            body.append(text.d)
        case .clear(let counter):
            body.append(counter)
        case .brightness(let level):
            body.append(level)
        case .blink(let counter, let seconds):
            body.append(counter)
            body.append(seconds)
        }
        return WireFrame.frame(type: type.rawValue, sequence: sequence, body: body)
    }

    /// Reads a command from a checked payload (type, sequence, body), checking lengths and
    /// ranges that do not depend on the board (the board checks counters itself).
    public init(payload: Payload) throws(NakCode) {
        guard payload.count >= 2, let type = MessageType(rawValue: payload[0]) else { throw .unknownCommand }
        let bodyLength = payload.count - 2
        func byte(_ index: Int) -> UInt8 { payload[2 + index] }
        switch type {
        case .ping:
            guard bodyLength == 0 else { throw .badLength }
            self = .ping
        case .status:
            guard bodyLength == 0 else { throw .badLength }
            self = .status
        case .show:
            guard bodyLength == 6 else { throw .badLength }
            guard byte(1) <= 1 else { throw .badArgument }
            let text = DigitText(byte(2), byte(3), byte(4), byte(5))
            guard text.isDisplayable else { throw .badCharacter }
            self = .show(counter: byte(0), text: text, blink: byte(1) == 1)
        case .clear:
            guard bodyLength == 1 else { throw .badLength }
            self = .clear(counter: byte(0))
        case .brightness:
            guard bodyLength == 1 else { throw .badLength }
            guard byte(0) <= Wire.maxBrightness else { throw .badArgument }
            self = .brightness(byte(0))
        case .blink:
            guard bodyLength == 2 else { throw .badLength }
            self = .blink(counter: byte(0), seconds: byte(1))
        case .hello, .ack, .nak, .statusReport:
            throw .unknownCommand
        }
    }
}
