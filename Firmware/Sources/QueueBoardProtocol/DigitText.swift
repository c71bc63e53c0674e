/// The four characters of one counter, left to right, as ASCII. A space is a blank digit.
public struct DigitText: Equatable, Sendable {
    public var a: UInt8
    public var b: UInt8
    public var c: UInt8
    public var d: UInt8

    public init(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) {
        self.a = a
        self.b = b
        self.c = c
        self.d = d
    }

    /// Four blanks.
    public static let blank = DigitText(0x20, 0x20, 0x20, 0x20)
    /// Four dashes: the heartbeat's "no news from the terminal".
    public static let dashes = DigitText(0x2D, 0x2D, 0x2D, 0x2D)

    /// The character at `index` (0...3).
    public subscript(index: Int) -> UInt8 {
        switch index {
        case 0: return a
        case 1: return b
        case 2: return c
        default: return d
        }
    }

    /// Whether every character can be drawn on a 7-segment digit.
    public var isDisplayable: Bool {
        SevenSegment.isDisplayable(a) && SevenSegment.isDisplayable(b) && SevenSegment.isDisplayable(c)
            && SevenSegment.isDisplayable(d)
    }

    /// The segment masks of the four digits packed high byte first (digit 0 in bits 31...24).
    public var segments: UInt32 {
        UInt32(SevenSegment.mask(a)) << 24 | UInt32(SevenSegment.mask(b)) << 16
            | UInt32(SevenSegment.mask(c)) << 8 | UInt32(SevenSegment.mask(d))
    }
}
