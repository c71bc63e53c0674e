import QueueBoardProtocol

extension QueueBoardClient {
    /// The four digits for `text`, right-aligned ("7" shows as "   7"); letters in either case.
    public static func digits(_ text: String) throws(QueueBoardError) -> DigitText {
        let bytes = Array(text.utf8)
        guard bytes.count <= Wire.digitsPerCounter else { throw .cannotDisplay(text) }
        let padded = Array(repeating: UInt8(0x20), count: Wire.digitsPerCounter - bytes.count) + bytes
        let digits = DigitText(padded[0], padded[1], padded[2], padded[3])
        guard digits.isDisplayable else { throw .cannotDisplay(text) }
        return digits
    }

    /// Shows `text` (up to four characters) on `counter`; `blink` flashes it as a new call.
    public func show(counter: Int, text: String, blink: Bool = false) throws(QueueBoardError) {
        guard (0..<Wire.counters).contains(counter) else { throw .refused(.badCounter) }
        try send(.show(counter: UInt8(counter), text: Self.digits(text), blink: blink))
    }

    /// The board's state: what each counter holds and what its digits show.
    public func status() throws(QueueBoardError) -> BoardStatus {
        guard case .status(_, let status) = try send(.status) else { throw .noAnswer(path: path, attempts: 1) }
        return status
    }
}
