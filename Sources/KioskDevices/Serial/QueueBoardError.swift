import QueueBoardProtocol

/// Why a queue-board command did not get through, reading like a log line.
public enum QueueBoardError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The serial line could not be opened or used, and did not come back in time.
    case unavailable(DeviceError)
    /// No valid answer after every retry.
    case noAnswer(path: String, attempts: Int)
    /// The board refused the command itself (resending will not help).
    case refused(NakCode)
    /// The board speaks a protocol version this terminal does not.
    case unsupportedVersion(UInt8)
    /// The text does not fit four 7-segment digits.
    case cannotDisplay(String)

    public var description: String {
        switch self {
        case .unavailable(let error): return "queue board unavailable: \(error)"
        case .noAnswer(let path, let attempts): return "queue board on \(path): no answer after \(attempts) attempts"
        case .refused(let code): return "queue board refused the command: \(code)"
        case .unsupportedVersion(let version):
            return "queue board speaks protocol version \(version), not \(Wire.protocolVersion)"
        case .cannotDisplay(let text): return "queue board cannot show \"\(text)\" on four 7-segment digits"
        }
    }
}
