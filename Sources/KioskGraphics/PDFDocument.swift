import CCairo
import Foundation
import KioskUI

/// A PDF made in memory with cairo, page by page; text stays text (pdftotext reads it back).
public final class PDFDocument {
    /// A4 in PostScript points.
    public static let a4 = Size(width: 595.276, height: 841.89)

    /// Collects the bytes cairo writes; a class so the C callback can reach it through a pointer.
    final class Sink {
        var data = Data()
    }

    let sink = Sink()
    let surface: OpaquePointer
    let cr: OpaquePointer
    let icons: IconLibrary
    public let pageSize: Size
    var finished = false

    public init(pageSize: Size = PDFDocument.a4, icons: IconLibrary) {
        self.pageSize = pageSize
        self.icons = icons
        let write: cairo_write_func_t = { closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }
        surface = cairo_pdf_surface_create_for_stream(
            write, Unmanaged.passUnretained(sink).toOpaque(),
            pageSize.width, pageSize.height)
        cr = cairo_create(surface)
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    /// Draws one page.
    public func page(_ body: (CairoCanvas) -> Void) {
        cairo_save(cr)
        body(CairoCanvas(context: cr, icons: icons))
        cairo_restore(cr)
        cairo_show_page(cr)
    }

    /// Ends the document and returns the PDF bytes.
    /// The corresponding C function is `cairo_surface_finish`.
    public func finish() throws(GraphicsError) -> Data {
        if !finished {
            cairo_surface_finish(surface)
            finished = true
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw GraphicsError(
                operation: "finish pdf", context: "\(sink.data.count) bytes",
                reason: String(cString: cairo_status_to_string(status)))
        }
        return sink.data
    }
}
