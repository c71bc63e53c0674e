/// Why the board refused a frame, sent in a NAK. Framing errors (1-4) mean "send it again";
/// the others mean the command itself is wrong and resending will not help.
public enum NakCode: UInt8, Error, Equatable, Sendable {
    case badEncoding = 1
    case tooLong = 2
    case tooShort = 3
    case badChecksum = 4
    /// A message type the board does not know (or one only the board may send).
    case unknownCommand = 5
    /// The body is not the length the command needs.
    case badLength = 6
    /// No such counter on this board.
    case badCounter = 7
    /// A value out of range (brightness above 15).
    case badArgument = 8
    /// A character the 7-segment digits cannot show.
    case badCharacter = 9

    /// Whether the host should send the same frame again.
    public var isTransient: Bool { rawValue <= NakCode.badChecksum.rawValue }
}
