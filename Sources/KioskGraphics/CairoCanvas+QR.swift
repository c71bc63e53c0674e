import CCairo
import KioskUI

extension CairoCanvas {
    /// Draws `code` as the largest square that fits in `rect`, centred, black on white, with the
    /// 4-module quiet zone inside that square.
    ///
    /// On an image surface with no rotation, modules are whole device pixels (the square shrinks a
    /// little, to a multiple of the module count) so the edges are sharp: a blurred edge is what
    /// makes a thermal print or a cheap scanner misread. On PDF the geometry is exact instead.
    public func drawQRCode(_ code: QRCode, in rect: Rect) {
        let modules = Double(code.sizeWithQuietZone)
        let side = min(rect.width, rect.height)
        guard side > 0 else { return }
        cairo_save(cr)
        defer { cairo_restore(cr) }

        var origin = (x: rect.x + (rect.width - side) / 2, y: rect.y + (rect.height - side) / 2)
        var module = side / modules
        if let pixels = wholePixelModule(side: side, modules: modules) {
            // Work in device space from here: origin rounded to a pixel, modules whole pixels.
            cairo_user_to_device(cr, &origin.x, &origin.y)
            let slack = (pixels.deviceSide - pixels.module * modules) / 2
            origin = ((origin.x + slack).rounded(), (origin.y + slack).rounded())
            module = pixels.module
            cairo_identity_matrix(cr)
            cairo_set_antialias(cr, CAIRO_ANTIALIAS_NONE)
        }

        let total = module * modules
        cairo_new_path(cr)
        cairo_rectangle(cr, origin.x, origin.y, total, total)
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_fill(cr)

        // One rectangle per horizontal run of dark modules: fewer edges, no hairline seams.
        let quiet = Double(QRCode.quietZone)
        cairo_new_path(cr)
        for y in 0..<code.size {
            var x = 0
            while x < code.size {
                guard code[x, y] else {
                    x += 1
                    continue
                }
                let start = x
                while x < code.size && code[x, y] { x += 1 }
                cairo_rectangle(
                    cr, origin.x + (quiet + Double(start)) * module, origin.y + (quiet + Double(y)) * module,
                    Double(x - start) * module, module)
            }
        }
        cairo_set_source_rgb(cr, 0, 0, 0)
        cairo_fill(cr)
    }

    /// The module size in whole device pixels when the target is an image surface drawn without
    /// rotation or skew and each module gets at least one pixel; nil otherwise.
    private func wholePixelModule(side: Double, modules: Double) -> (module: Double, deviceSide: Double)? {
        guard cairo_surface_get_type(cairo_get_target(cr)) == CAIRO_SURFACE_TYPE_IMAGE else { return nil }
        var matrix = cairo_matrix_t()
        cairo_get_matrix(cr, &matrix)
        guard matrix.xy == 0, matrix.yx == 0, matrix.xx > 0, matrix.xx == matrix.yy else { return nil }
        let deviceSide = side * matrix.xx
        let module = (deviceSide / modules).rounded(.down)
        return module >= 1 ? (module, deviceSide) : nil
    }
}
