import CCairo
import Foundation
import KioskUI

/// A cairo image surface: over a display's pixel buffer, or owning its own pixels (screenshots).
public final class ImageSurface {
    let surface: OpaquePointer

    /// A surface that owns its pixels.
    public init(width: Int, height: Int) {
        surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))
    }

    /// A surface over memory lent by a display, valid while the buffer is.
    public init(buffer: PixelBuffer) {
        surface = cairo_image_surface_create_for_data(
            buffer.base.assumingMemoryBound(to: UInt8.self), CAIRO_FORMAT_RGB24,
            Int32(buffer.width), Int32(buffer.height), Int32(buffer.stride))
    }

    /// Takes ownership of a surface made elsewhere (a PNG read).
    init(surface: OpaquePointer) {
        self.surface = surface
    }

    deinit { cairo_surface_destroy(surface) }

    /// Runs `body` with a canvas on this surface, then flushes the drawing into the pixels.
    public func draw(icons: IconLibrary, _ body: (CairoCanvas) -> Void) {
        let cr = cairo_create(surface)!
        defer {
            cairo_destroy(cr)
            cairo_surface_flush(surface)
        }
        body(CairoCanvas(context: cr, icons: icons))
    }

    /// Writes the surface as a PNG file.
    /// The corresponding C function is `cairo_surface_write_to_png`.
    public func writePNG(to url: URL) throws(GraphicsError) {
        let status = cairo_surface_write_to_png(surface, url.path)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw GraphicsError(
                operation: "write png", context: url.path, reason: String(cString: cairo_status_to_string(status)))
        }
    }
}
