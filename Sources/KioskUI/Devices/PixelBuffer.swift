/// Memory a display lends for one frame: 32-bit XRGB pixels (little-endian B, G, R, X), rows
/// `stride` bytes apart. Valid only inside the call that lends it.
public struct PixelBuffer {
    public var base: UnsafeMutableRawPointer
    public var width: Int
    public var height: Int
    public var stride: Int

    public init(base: UnsafeMutableRawPointer, width: Int, height: Int, stride: Int) {
        self.base = base
        self.width = width
        self.height = height
        self.stride = stride
    }
}
