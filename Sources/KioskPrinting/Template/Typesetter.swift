import CCairo
import KioskForms
import KioskUI

/// Sets text with pango on one cairo context: measures it for the layout and draws it after. Both
/// passes use the same context, so what was measured is what is drawn.
final class Typesetter {
    /// A text once set: its height, and each line's baseline and horizontal extent.
    struct Measure {
        var height: Double
        var lines: [(baseline: Double, minX: Double, maxX: Double)]
    }

    let cr: OpaquePointer
    let family: String
    /// Extra room between lines, as official forms leave for writing by hand.
    static let lineSpacing: Float = 1.15

    init(context: OpaquePointer, family: String = "Noto Serif") {
        cr = context
        self.family = family
    }

    /// Measures `markup` set in `width`; line positions are relative to the text's top left.
    func measure(markup: String, width: Double, font: TextFont, alignment: TextStyle.Alignment = .leading) -> Measure {
        withLayout(markup: markup, width: width, font: font, alignment: alignment) { layout in
            var lines: [(Double, Double, Double)] = []
            let iterator = pango_layout_get_iter(layout)
            defer { pango_layout_iter_free(iterator) }
            repeat {
                var ink = PangoRectangle()
                var logical = PangoRectangle()
                pango_layout_iter_get_line_extents(iterator, &ink, &logical)
                let scale = Double(PANGO_SCALE)
                lines.append(
                    (
                        Double(pango_layout_iter_get_baseline(iterator)) / scale, Double(logical.x) / scale,
                        Double(logical.x + logical.width) / scale
                    ))
            } while pango_layout_iter_next_line(iterator) != 0
            var w: Int32 = 0
            var h: Int32 = 0
            pango_layout_get_pixel_size(layout, &w, &h)
            return Measure(height: Double(h), lines: lines)
        }
    }

    /// The x offset, from the left of the box, where the byte at `index` of the plain text starts,
    /// and the line it is on.
    func position(ofByte index: Int, markup: String, width: Double, font: TextFont) -> (x: Double, line: Int) {
        withLayout(markup: markup, width: width, font: font, alignment: .leading) { layout in
            var rect = PangoRectangle()
            pango_layout_index_to_pos(layout, Int32(index), &rect)
            var line: Int32 = 0
            var x: Int32 = 0
            pango_layout_index_to_line_x(layout, Int32(index), 0, &line, &x)
            return (Double(rect.x) / Double(PANGO_SCALE), Int(line))
        }
    }

    /// Draws `markup` in `frame`'s width, its top at `frame.y`.
    func draw(markup: String, frame: Rect, font: TextFont, alignment: TextStyle.Alignment) {
        withLayout(markup: markup, width: frame.width, font: font, alignment: alignment) { layout in
            cairo_set_source_rgb(cr, 0, 0, 0)
            cairo_move_to(cr, frame.x, frame.y)
            pango_cairo_show_layout(cr, layout)
        }
    }

    private func withLayout<T>(
        markup: String, width: Double, font: TextFont, alignment: TextStyle.Alignment,
        _ body: (OpaquePointer) -> T
    ) -> T {
        let layout: OpaquePointer = pango_cairo_create_layout(cr)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        pango_layout_set_width(layout, Int32(max(1, width) * Double(PANGO_SCALE)))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_line_spacing(layout, Self.lineSpacing)
        pango_layout_set_alignment(
            layout,
            alignment == .center ? PANGO_ALIGN_CENTER : alignment == .trailing ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT)
        let description = pango_font_description_new()
        defer { pango_font_description_free(description) }
        pango_font_description_set_family(description, family)
        pango_font_description_set_weight(description, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
        pango_layout_set_font_description(layout, description)
        pango_layout_set_markup(layout, markup, -1)
        return body(layout)
    }
}
