/// A 1-bit image as thermal printers take it: rows of bytes, most significant bit leftmost, a set
/// bit a black dot, each row padded to whole bytes.
public struct MonochromeBitmap: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// Row after row, `bytesPerRow` bytes each: exactly the data of ESC/POS `GS v 0`.
    public private(set) var bytes: [UInt8]

    /// A white image.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        bytes = [UInt8](repeating: 0, count: (self.width + 7) / 8 * self.height)
    }

    /// An image from packed rows; nil when `bytes` is not `bytesPerRow * height` long.
    public init?(width: Int, height: Int, bytes: [UInt8]) {
        guard width >= 0, height >= 0, bytes.count == (width + 7) / 8 * height else { return nil }
        self.width = width
        self.height = height
        self.bytes = bytes
    }

    public var bytesPerRow: Int { (width + 7) / 8 }

    /// Whether the dot at column `x`, row `y` is black; outside the image is white.
    public subscript(x: Int, y: Int) -> Bool {
        get {
            guard x >= 0, y >= 0, x < width, y < height else { return false }
            return bytes[y * bytesPerRow + x / 8] & (0x80 >> UInt8(x % 8)) != 0
        }
        set {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            let mask: UInt8 = 0x80 >> UInt8(x % 8)
            if newValue {
                bytes[y * bytesPerRow + x / 8] |= mask
            } else {
                bytes[y * bytesPerRow + x / 8] &= ~mask
            }
        }
    }

    /// The packed bytes of rows `rows`.
    public func rows(_ rows: Range<Int>) -> ArraySlice<UInt8> {
        bytes[rows.lowerBound * bytesPerRow..<rows.upperBound * bytesPerRow]
    }

    /// How many dots are black: a cheap check that something was drawn.
    public var blackDots: Int {
        bytes.reduce(0) { $0 + $1.nonzeroBitCount }
    }
}
