import CCairo
import KioskUI

/// The Canvas on a cairo context: shapes with cairo, text with pango (HarfBuzz shaping, so every
/// stacked Vietnamese diacritic lands right), icons from the icon library.
public final class CairoCanvas: Canvas {
    let cr: OpaquePointer
    let icons: IconLibrary
    let fontFamily: String

    /// Draws on `context`, which the caller owns and keeps alive while this canvas is used.
    public init(context: OpaquePointer, icons: IconLibrary, fontFamily: String = "Noto Sans") {
        self.cr = context
        self.icons = icons
        self.fontFamily = fontFamily
    }

    public func fill(_ rect: Rect, color: Color, cornerRadius: Double) {
        path(rect, cornerRadius: cornerRadius)
        setColor(color)
        cairo_fill(cr)
    }

    public func stroke(_ rect: Rect, color: Color, lineWidth: Double, cornerRadius: Double) {
        path(rect.insetBy(dx: lineWidth / 2, dy: lineWidth / 2), cornerRadius: cornerRadius)
        setColor(color)
        cairo_set_line_width(cr, lineWidth)
        cairo_stroke(cr)
    }

    public func fillCircle(center: Point, radius: Double, color: Color) {
        cairo_new_path(cr)
        cairo_arc(cr, center.x, center.y, radius, 0, 2 * Double.pi)
        setColor(color)
        cairo_fill(cr)
    }

    public func drawText(_ text: String, in rect: Rect, style: TextStyle) {
        guard rect.width > 1, rect.height > 1, !text.isEmpty else { return }
        let layout = pango_cairo_create_layout(cr)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        pango_layout_set_width(layout, Int32(rect.width * Double(PANGO_SCALE)))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_alignment(layout, style.alignment.pango)
        pango_layout_set_text(layout, text, -1)

        let font = pango_font_description_new()
        defer { pango_font_description_free(font) }
        pango_font_description_set_family(font, fontFamily)
        pango_font_description_set_weight(font, style.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)

        // Shrink the type until the text fits: a long label must never be cut off.
        var size = style.size
        var height: Int32 = 0
        for _ in 0..<12 {
            pango_font_description_set_absolute_size(font, size * Double(PANGO_SCALE))
            pango_layout_set_font_description(layout, font)
            var width: Int32 = 0
            pango_layout_get_pixel_size(layout, &width, &height)
            if Double(height) <= rect.height || size < 8 { break }
            size *= 0.88
        }
        setColor(style.color)
        cairo_move_to(cr, rect.x, rect.y + max(0, (rect.height - Double(height)) / 2))
        pango_cairo_show_layout(cr, layout)
    }

    public func drawIcon(_ name: String, in rect: Rect) {
        guard rect.width > 1, rect.height > 1 else { return }
        if !icons.render(name, in: rect, on: cr) {
            // A missing picture must not leave a hole that looks like a bug: a neutral disc.
            fillCircle(
                center: rect.center, radius: min(rect.width, rect.height) * 0.35,
                color: Color(hex: 0xB8C2C8))
        }
    }

    func setColor(_ color: Color) {
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
    }

    func path(_ rect: Rect, cornerRadius: Double) {
        cairo_new_path(cr)
        let r = min(cornerRadius, rect.width / 2, rect.height / 2)
        guard r > 0 else {
            cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
            return
        }
        let half = Double.pi / 2
        cairo_arc(cr, rect.maxX - r, rect.minY + r, r, -half, 0)
        cairo_arc(cr, rect.maxX - r, rect.maxY - r, r, 0, half)
        cairo_arc(cr, rect.minX + r, rect.maxY - r, r, half, 2 * half)
        cairo_arc(cr, rect.minX + r, rect.minY + r, r, 2 * half, 3 * half)
        cairo_close_path(cr)
    }
}

extension TextStyle.Alignment {
    var pango: PangoAlignment {
        switch self {
        case .leading: PANGO_ALIGN_LEFT
        case .center: PANGO_ALIGN_CENTER
        case .trailing: PANGO_ALIGN_RIGHT
        }
    }
}
