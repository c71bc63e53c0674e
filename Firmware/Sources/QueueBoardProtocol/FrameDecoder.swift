/// Splits a byte stream into checked payloads. Fed one byte at a time (from the UART on the
/// board, from read() on the host); keeps no more than one frame.
///
/// Garbage, a lost byte or a frame cut by a restart costs only that frame: everything up to the
/// next 0x00 is dropped and reported once, and the next frame decodes normally.
public struct FrameDecoder: Sendable {
    /// What one byte completed.
    public enum Event: Sendable {
        /// A frame with a good checksum: type, sequence and body (the CRC removed).
        case payload(Payload)
        /// A frame that was refused; `sequence` is its second byte when one could be read
        /// (only a hint: the damage may be there too).
        case error(FrameError, sequence: UInt8)
    }

    var encoded = Bytes<72>()
    var overflowed = false

    public init() {}

    /// Feeds one byte; returns an event when it ended a non-empty frame.
    public mutating func feed(_ byte: UInt8) -> Event? {
        guard byte == 0 else {
            if !encoded.append(byte) { overflowed = true }
            return nil
        }
        defer {
            encoded.removeAll()
            overflowed = false
        }
        if overflowed { return .error(.tooLong, sequence: 0) }
        if encoded.count == 0 { return nil }
        var payload = Payload()
        do throws(FrameError) {
            try COBS.decode(encoded, into: &payload)
        } catch {
            return .error(error, sequence: 0)
        }
        let sequence = payload.count >= 2 ? payload[1] : 0
        guard payload.count >= 4 else { return .error(.tooShort, sequence: sequence) }
        let received = UInt16(payload[payload.count - 2]) << 8 | UInt16(payload[payload.count - 1])
        guard CRC16.checksum(payload, count: payload.count - 2) == received else {
            return .error(.badChecksum, sequence: sequence)
        }
        payload.truncate(to: payload.count - 2)
        return .payload(payload)
    }
}
