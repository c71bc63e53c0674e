/// Draws a laid-out screen on a canvas.
public enum ScreenRenderer {
    public static func draw(_ screen: Screen, on canvas: Canvas, metrics: Metrics, theme: Theme = Theme()) {
        canvas.fill(metrics.bounds, color: screen.background, cornerRadius: 0)
        for element in screen.elements {
            draw(element, on: canvas, theme: theme)
        }
    }

    /// Redraws only `damage` (from `Screen.damage(from:)`) of a screen whose previous layout is on
    /// the canvas already: each rectangle is cleared and the elements crossing it drawn, clipped.
    public static func draw(
        _ screen: Screen, damage: [Rect], on canvas: Canvas, metrics: Metrics, theme: Theme = Theme()
    ) {
        for damaged in damage {
            // Whole pixels (a clip along a fractional edge blends twice) and the outer half of a
            // border's stroke, which reaches past its frame.
            let rect = damaged.integral(outset: 2)
            canvas.clipped(to: rect) {
                canvas.fill(rect, color: screen.background, cornerRadius: 0)
                for element in screen.elements where element.frame.insetBy(dx: -2, dy: -2).intersects(rect) {
                    draw(element, on: canvas, theme: theme)
                }
            }
        }
    }

    static func draw(_ element: Element, on canvas: Canvas, theme: Theme) {
        switch element.content {
        case .panel(let fill, let border, let radius):
            canvas.fill(element.frame, color: fill, cornerRadius: radius)
            if let border {
                canvas.stroke(element.frame, color: border, lineWidth: 3, cornerRadius: radius)
            }
        case .text(let text, let style):
            canvas.drawText(text, in: element.frame, style: style)
        case .icon(let name):
            canvas.drawIcon(name, in: element.frame)
        case .dots(let count, let current):
            drawDots(count: count, current: current, in: element.frame, on: canvas, theme: theme)
        }
    }

    static func drawDots(count: Int, current: Int, in rect: Rect, on canvas: Canvas, theme: Theme) {
        guard count > 0 else { return }
        let radius = min(rect.height / 2, rect.width / Double(count) / 3)
        let step = rect.width / Double(count)
        for i in 0..<count {
            let center = Point(x: rect.x + step * (Double(i) + 0.5), y: rect.center.y)
            let color = i < current ? theme.dotDone : theme.dotTodo
            let r = i == current ? radius : radius * 0.7
            canvas.fillCircle(center: center, radius: r, color: i == current ? theme.bar : color)
        }
    }
}
