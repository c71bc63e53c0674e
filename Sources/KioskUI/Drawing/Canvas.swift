/// Where screens draw: cairo and pango on the terminal, PDF for print previews, a recorder in
/// tests. The UI never sees a pixel format or a C type.
public protocol Canvas: AnyObject {
    /// Fills a rectangle, with rounded corners when `cornerRadius` > 0.
    func fill(_ rect: Rect, color: Color, cornerRadius: Double)
    /// Strokes the outline of a rectangle.
    func stroke(_ rect: Rect, color: Color, lineWidth: Double, cornerRadius: Double)
    /// Fills a circle.
    func fillCircle(center: Point, radius: Double, color: Color)
    /// Sets `text` wrapped into `rect`, vertically centred; shrinks the type until it fits.
    func drawText(_ text: String, in rect: Rect, style: TextStyle)
    /// Draws a named icon (an SVG of the assets or of a form's media) fitted into `rect`.
    /// An icon that cannot be found is drawn as a neutral placeholder, never an error.
    func drawIcon(_ name: String, in rect: Rect)
    /// Runs `body` with drawing limited to `rect` (damage redraws); the limit ends with `body`.
    func clipped(to rect: Rect, _ body: () -> Void)
}

extension Canvas {
    /// A canvas that cannot clip draws everything `body` draws (correct, only slower).
    public func clipped(to rect: Rect, _ body: () -> Void) { body() }
}
