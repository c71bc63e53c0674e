import KioskUI

/// A display in memory: for tests, screenshots and benchmarks. Counts the frames presented.
@MainActor
public final class MemoryDisplay: Display {
    public let width: Int
    public let height: Int
    public let stride: Int
    let pixels: UnsafeMutableRawPointer
    public private(set) var framesPresented = 0

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        stride = width * 4
        pixels = UnsafeMutableRawPointer.allocate(byteCount: stride * height, alignment: 16)
        pixels.initializeMemory(as: UInt8.self, repeating: 0, count: stride * height)
    }

    isolated deinit { pixels.deallocate() }

    public func draw(_ body: (PixelBuffer) -> Void) {
        body(buffer)
    }

    public func present() {
        framesPresented += 1
    }

    /// The pixels, to read back what is on "screen".
    public var buffer: PixelBuffer {
        PixelBuffer(base: pixels, width: width, height: height, stride: stride)
    }

    /// The pixel at (x, y) as 0xRRGGBB.
    public func pixel(x: Int, y: Int) -> UInt32 {
        guard x >= 0, y >= 0, x < width, y < height else { return 0 }
        return pixels.load(fromByteOffset: y * stride + x * 4, as: UInt32.self) & 0xFF_FFFF
    }
}
