/// Sizes and numbers of the wire format.
///
/// A frame on the wire is COBS(payload) followed by one 0x00. The payload is
/// `type, sequence, body..., crcHigh, crcLow`, the CRC-16/CCITT-FALSE of everything before it.
/// A receiver that sees garbage throws the bytes away at the next 0x00 and is in step again.
/// Senders also start every frame with a 0x00, so noise on an idle line costs only itself and
/// never the frame after it; the empty frames this makes are ignored.
public enum Wire {
    /// The protocol version the board announces in HELLO. A host refuses other versions.
    public static let protocolVersion: UInt8 = 1
    /// Counters (service desks) on one board.
    public static let counters = 4
    /// Characters per counter.
    public static let digitsPerCounter = 4
    /// The longest payload, checksum included.
    public static let maxPayload = 64
    /// The longest encoded frame, delimiter included.
    public static let maxFrame = 72
    /// Brightness levels run from 0 (dimmest, still visible) to this.
    public static let maxBrightness: UInt8 = 15
    /// The board shows dashes after this long without a frame from the host.
    public static let heartbeatTimeoutMilliseconds: UInt32 = 60_000
}

/// A payload before framing, checksum included.
public typealias Payload = Bytes<64>
/// An encoded frame, delimiter included, ready for the UART.
public typealias WireFrame = Bytes<72>

/// The first byte of a payload.
public enum MessageType: UInt8, Sendable {
    // Board to host.
    case hello = 0x01
    case ack = 0x02
    case nak = 0x03
    case statusReport = 0x04
    // Host to board.
    case ping = 0x10
    case show = 0x11
    case clear = 0x12
    case brightness = 0x13
    case blink = 0x14
    case status = 0x15
}

extension WireFrame {
    /// Frames a payload (type, sequence, body) for the wire: appends the CRC, COBS-encodes,
    /// and puts a 0x00 delimiter before and after.
    public static func frame(type: UInt8, sequence: UInt8, body: Bytes<64>) -> WireFrame {
        var payload = Payload()
        payload.append(type)
        payload.append(sequence)
        var index = 0
        while index < body.count && payload.count < Wire.maxPayload - 2 {
            payload.append(body[index])
            index += 1
        }
        let crc = CRC16.checksum(payload, count: payload.count)
        payload.append(UInt8(truncatingIfNeeded: crc >> 8))
        payload.append(UInt8(truncatingIfNeeded: crc))
        var frame = WireFrame()
        frame.append(0)
        _ = COBS.encode(payload, into: &frame)
        frame.append(0)
        return frame
    }
}
