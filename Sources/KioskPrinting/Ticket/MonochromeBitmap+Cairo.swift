import Foundation
import KioskGraphics
import KioskUI

extension MonochromeBitmap {
    /// Draws with cairo on a white greyscale page, then thresholds every pixel at half grey.
    ///
    /// No dithering: a ticket is text, rules and a QR code, which thresholding keeps sharp, and
    /// dithered text prints fuzzy on a thermal head.
    public init(width: Int, height: Int, draw: (CairoCanvas) -> Void) {
        self.init(width: width, height: height)
        guard width > 0, height > 0 else { return }
        let stride = width * 4
        let pixels = UnsafeMutableRawPointer.allocate(byteCount: stride * height, alignment: 16)
        defer { pixels.deallocate() }
        // 0xFF in every byte: white XRGB, so nothing undrawn can print.
        pixels.initializeMemory(as: UInt8.self, repeating: 0xFF, count: stride * height)
        let surface = ImageSurface(buffer: PixelBuffer(base: pixels, width: width, height: height, stride: stride))
        surface.draw(icons: IconLibrary(directories: []), draw)

        let bytes = pixels.assumingMemoryBound(to: UInt8.self)
        for y in 0..<height {
            for x in 0..<width {
                // Little-endian XRGB: B, G, R, X. Rec. 601 luma, in 0...255 * 1000.
                let p = y * stride + x * 4
                let luma = 114 * Int(bytes[p]) + 587 * Int(bytes[p + 1]) + 299 * Int(bytes[p + 2])
                if luma < 128 * 1000 { self[x, y] = true }
            }
        }
    }

    /// Writes the image as a black-and-white PNG, to look at what a printer would print.
    public func writePNG(to url: URL) throws(GraphicsError) {
        let stride = max(width, 1) * 4
        let pixels = UnsafeMutableRawPointer.allocate(byteCount: stride * max(height, 1), alignment: 16)
        defer { pixels.deallocate() }
        let words = pixels.bindMemory(to: UInt32.self, capacity: stride / 4 * max(height, 1))
        for y in 0..<height {
            for x in 0..<width {
                words[y * width + x] = self[x, y] ? 0xFF00_0000 : 0xFFFF_FFFF
            }
        }
        let surface = ImageSurface(buffer: PixelBuffer(base: pixels, width: width, height: height, stride: stride))
        try surface.writePNG(to: url)
    }
}
