import CCairo
import KioskUI

extension CairoCanvas {
    /// Clips to `rect` around `body` (damage redraws of the UI).
    /// The corresponding C functions are `cairo_save`, `cairo_clip` and `cairo_restore`.
    public func clipped(to rect: Rect, _ body: () -> Void) {
        cairo_save(cr)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(cr)
        body()
        cairo_restore(cr)
    }
}
