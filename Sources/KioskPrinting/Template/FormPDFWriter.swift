import CCairo
import Foundation
import KioskGraphics
import KioskUI

/// An A4 PDF drawn with cairo: laid-out pages in, bytes out. Text stays text, so pdftotext and a
/// screen reader get the answers back.
final class FormPDFWriter {
    /// Collects what cairo writes; a class so the C callback can reach it through a pointer.
    final class Sink {
        var data = Data()
    }

    let sink = Sink()
    let surface: OpaquePointer
    let cr: OpaquePointer
    let setter: Typesetter

    init() {
        let write: cairo_write_func_t = { closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }
        surface = cairo_pdf_surface_create_for_stream(
            write, Unmanaged.passUnretained(sink).toOpaque(), TemplateLayout.page.width, TemplateLayout.page.height)
        cr = cairo_create(surface)
        setter = Typesetter(context: cr)
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    /// Draws one page.
    func draw(_ page: LaidOutPage) {
        for item in page.items {
            cairo_save(cr)
            draw(item)
            cairo_restore(cr)
        }
        cairo_show_page(cr)
    }

    private func draw(_ item: PageItem) {
        cairo_set_source_rgb(cr, 0, 0, 0)
        switch item {
        case .text(_, let markup, let frame, let font, let alignment):
            setter.draw(markup: markup, frame: frame, font: font, alignment: alignment)
        case .dots(let y, let fromX, let toX):
            // Round dots 2.2 pt apart, as the official forms' dotted leaders.
            var dash: [Double] = [0.01, 2.2]
            cairo_set_dash(cr, &dash, 2, 0)
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
            cairo_set_line_width(cr, 0.9)
            cairo_move_to(cr, fromX, y)
            cairo_line_to(cr, toX, y)
            cairo_stroke(cr)
        case .rule(let from, let to, let width):
            cairo_set_line_width(cr, width)
            cairo_move_to(cr, from.x, from.y)
            cairo_line_to(cr, to.x, to.y)
            cairo_stroke(cr)
        case .box(let rect, let ticked):
            cairo_set_line_width(cr, 0.8)
            cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
            cairo_stroke(cr)
            if ticked {
                // A cross, as a pen ticks a box: no glyph that a font might lack.
                cairo_set_line_width(cr, 1.4)
                cairo_move_to(cr, rect.x + 2, rect.y + 2)
                cairo_line_to(cr, rect.maxX - 2, rect.maxY - 2)
                cairo_move_to(cr, rect.maxX - 2, rect.y + 2)
                cairo_line_to(cr, rect.x + 2, rect.maxY - 2)
                cairo_stroke(cr)
            }
        case .qrCode(let code, _, let frame):
            CairoCanvas(context: cr, icons: IconLibrary(directories: [])).drawQRCode(code, in: frame)
        }
    }

    /// Ends the document and returns the PDF bytes.
    /// The corresponding C function is `cairo_surface_finish`.
    func finish() throws(GraphicsError) -> Data {
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw GraphicsError(
                operation: "finish pdf", context: "\(sink.data.count) bytes",
                reason: String(cString: cairo_status_to_string(status)))
        }
        return sink.data
    }
}
