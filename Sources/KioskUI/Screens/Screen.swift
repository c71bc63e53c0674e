/// A laid-out screen: what to draw, where the touch targets are, and what to say on entry.
public struct Screen: Sendable, Equatable {
    /// A stable name: "language", "procedures", "question./data/copies", "review", "printing", "done".
    public var name: String
    public var language: String
    public var background: Color
    public var elements: [Element]
    /// Prompt ids spoken when the screen opens, in order (itext ids for form text, "ui.*" for ours).
    public var audio: [String]

    public init(name: String, language: String, background: Color, elements: [Element], audio: [String]) {
        self.name = name
        self.language = language
        self.background = background
        self.elements = elements
        self.audio = audio
    }

    /// The action of the topmost touch target under `point`, if any.
    public func hitTest(_ point: Point) -> Element? {
        elements.last { $0.action != nil && $0.frame.contains(point) }
    }

    /// The element with a given id, for tests and scripted taps.
    public func element(id: String) -> Element? {
        elements.first { $0.id == id }
    }

    /// The shorter side of the smallest touch target, in millimetres.
    public func smallestTargetMM(metrics: Metrics) -> Double? {
        elements.filter { $0.action != nil }
            .map { min($0.frame.width, $0.frame.height) / metrics.pixelsPerMM }
            .min()
    }
}
