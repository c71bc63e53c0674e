/// What the board sends to the terminal.
public enum BoardMessage: Equatable, Sendable {
    /// Sent once at boot (sequence 0): the board restarted and forgot everything it showed.
    case hello(Hello)
    /// The command with this sequence number was carried out.
    case ack(sequence: UInt8)
    /// The frame with this sequence number was refused (sequence 0 when it was unreadable).
    case nak(sequence: UInt8, code: NakCode)
    /// The answer to STATUS.
    case status(sequence: UInt8, BoardStatus)

    /// The board's self-description at boot.
    public struct Hello: Equatable, Sendable {
        public var protocolVersion: UInt8
        public var counters: UInt8
        public var digitsPerCounter: UInt8
        public var firmwareMajor: UInt8
        public var firmwareMinor: UInt8

        public init(
            protocolVersion: UInt8, counters: UInt8, digitsPerCounter: UInt8, firmwareMajor: UInt8,
            firmwareMinor: UInt8
        ) {
            self.protocolVersion = protocolVersion
            self.counters = counters
            self.digitsPerCounter = digitsPerCounter
            self.firmwareMajor = firmwareMajor
            self.firmwareMinor = firmwareMinor
        }
    }

    /// The frame for the wire.
    public var frame: WireFrame {
        var body = Bytes<64>()
        switch self {
        case .hello(let hello):
            body.append(hello.protocolVersion)
            body.append(hello.counters)
            body.append(hello.digitsPerCounter)
            body.append(hello.firmwareMajor)
            body.append(hello.firmwareMinor)
            return WireFrame.frame(type: MessageType.hello.rawValue, sequence: 0, body: body)
        case .ack(let sequence):
            return WireFrame.frame(type: MessageType.ack.rawValue, sequence: sequence, body: body)
        case .nak(let sequence, let code):
            body.append(code.rawValue)
            return WireFrame.frame(type: MessageType.nak.rawValue, sequence: sequence, body: body)
        case .status(let sequence, let status):
            status.appendBody(to: &body)
            return WireFrame.frame(type: MessageType.statusReport.rawValue, sequence: sequence, body: body)
        }
    }

    /// Reads a board message from a checked payload.
    public init(payload: Payload) throws(NakCode) {
        guard payload.count >= 2, let type = MessageType(rawValue: payload[0]) else { throw .unknownCommand }
        let sequence = payload[1]
        switch type {
        case .hello:
            // A later protocol version may add fields: read the ones this version knows.
            guard payload.count >= 7 else { throw .badLength }
            self = .hello(
                Hello(
                    protocolVersion: payload[2], counters: payload[3], digitsPerCounter: payload[4],
                    firmwareMajor: payload[5], firmwareMinor: payload[6]))
        case .ack:
            guard payload.count == 2 else { throw .badLength }
            self = .ack(sequence: sequence)
        case .nak:
            guard payload.count == 3 else { throw .badLength }
            guard let code = NakCode(rawValue: payload[2]) else { throw .badArgument }
            self = .nak(sequence: sequence, code: code)
        case .statusReport:
            self = .status(sequence: sequence, try BoardStatus(payload: payload))
        case .ping, .show, .clear, .brightness, .blink, .status:
            throw .unknownCommand
        }
    }
}
