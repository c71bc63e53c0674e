/// Damage tracking: what changed between two layouts of the same screen, so that a key press
/// redraws a few rectangles instead of the whole frame.
extension Screen {
    /// The rectangles to redraw to turn `old` (on display) into this screen, or nil when the whole
    /// frame must be drawn (another screen, or a change of layout). An empty list: nothing changed.
    public func damage(from old: Screen) -> [Rect]? {
        guard name == old.name, language == old.language, background == old.background,
            elements.count == old.elements.count
        else { return nil }
        var rects: [Rect] = []
        for (new, was) in zip(elements, old.elements) where new != was {
            for frame in [new.frame, was.frame] where !rects.contains(frame) {
                rects.append(frame)
            }
        }
        // Past half the frame, one full redraw is cheaper than many clipped ones.
        let area = rects.reduce(0) { $0 + $1.width * $1.height }
        let full = boundsEstimate
        if full > 0, area > full / 2 { return nil }
        return rects
    }

    /// The area the elements cover (the screen's size is not kept in a Screen).
    var boundsEstimate: Double {
        let maxX = elements.map(\.frame.maxX).max() ?? 0
        let maxY = elements.map(\.frame.maxY).max() ?? 0
        return maxX * maxY
    }

    /// This screen with the touch target `target` drawn pressed: its panel in the pressed colour.
    /// Shown while the finger is down, so a press is seen before the action happens.
    public func pressing(_ target: Element, theme: Theme = Theme()) -> Screen {
        var screen = self
        guard let index = screen.elements.firstIndex(of: target),
            case .panel(_, let border, let radius) = target.content
        else { return screen }
        screen.elements[index].content = .panel(fill: theme.pressed, border: border, cornerRadius: radius)
        return screen
    }
}

extension Rect {
    /// The smallest rectangle on whole pixels that holds this one grown by `outset` on every side.
    public func integral(outset: Double = 0) -> Rect {
        let left = (x - outset).rounded(.down)
        let top = (y - outset).rounded(.down)
        return Rect(
            x: left, y: top, width: (maxX + outset).rounded(.up) - left, height: (maxY + outset).rounded(.up) - top)
    }

    /// Whether the two rectangles overlap.
    public func intersects(_ other: Rect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }
}
