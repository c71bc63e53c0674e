import CCairo
import Foundation
import KioskUI

extension ImageSurface {
    /// Reads a PNG file (golden images in tests).
    /// The corresponding C function is `cairo_image_surface_create_from_png`.
    public convenience init(contentsOfPNG url: URL) throws(GraphicsError) {
        guard let loaded = cairo_image_surface_create_from_png(url.path),
            cairo_surface_status(loaded) == CAIRO_STATUS_SUCCESS
        else {
            throw GraphicsError(operation: "read png", context: url.path, reason: "not a readable PNG")
        }
        self.init(surface: loaded)
    }

    /// Width and height in pixels.
    public var size: (width: Int, height: Int) {
        (Int(cairo_image_surface_get_width(surface)), Int(cairo_image_surface_get_height(surface)))
    }

    /// The pixels as 0xRRGGBB, row by row (alpha dropped).
    public func rgbPixels() -> [UInt32] {
        cairo_surface_flush(surface)
        let (width, height) = size
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { return [] }
        var pixels: [UInt32] = []
        pixels.reserveCapacity(width * height)
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride)
            for x in 0..<width {
                pixels.append(row.load(fromByteOffset: x * 4, as: UInt32.self) & 0xFF_FFFF)
            }
        }
        return pixels
    }
}
