/// Why a frame off the wire was refused before its command was looked at.
public enum FrameError: Error, Equatable, Sendable {
    /// The COBS encoding is broken: a zero code byte or a block running past the frame.
    case badEncoding
    /// The frame is longer than any valid frame (garbage or a lost delimiter).
    case tooLong
    /// Fewer bytes than a header and a checksum.
    case tooShort
    /// The CRC-16 does not match: bits were damaged on the line.
    case badChecksum

    /// The NAK code the board answers with.
    public var nakCode: NakCode {
        switch self {
        case .badEncoding: return .badEncoding
        case .tooLong: return .tooLong
        case .tooShort: return .tooShort
        case .badChecksum: return .badChecksum
        }
    }
}
