/// One thing drawn on a screen, optionally a touch target.
public struct Element: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        /// A filled (optionally outlined) panel.
        case panel(fill: Color, border: Color?, cornerRadius: Double)
        case text(String, TextStyle)
        case icon(String)
        /// Progress: `count` dots, the first `done` of them filled, `current` ringed.
        case dots(count: Int, current: Int)
    }

    public var frame: Rect
    public var content: Content
    /// When set, the element is a touch target and `frame` is its touch area.
    public var action: UIAction?
    /// A stable name for tests and screenshots ("option.child", "button.next").
    public var id: String?

    public init(frame: Rect, content: Content, action: UIAction? = nil, id: String? = nil) {
        self.frame = frame
        self.content = content
        self.action = action
        self.id = id
    }
}

extension Element {
    /// What a tap at `point` on this target does: its action, with a tap on the typed text turned
    /// into the caret position nearest the finger.
    public func action(at point: Point) -> UIAction? {
        guard case .placeCaret(let stops) = action else { return action }
        guard !stops.isEmpty else { return nil }
        var best = 0
        for (index, x) in stops.enumerated() where abs(x - point.x) < abs(stops[best] - point.x) { best = index }
        return .setCaret(best)
    }
}
