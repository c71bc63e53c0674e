/// How far the picture is turned, clockwise, between the UI's upright frame and the panel: a
/// panel mounted on its side shows an upright UI with `.quarter` or `.threeQuarters`.
public enum Rotation: Int, Sendable, Codable, CaseIterable {
    case none = 0
    case quarter = 90
    case half = 180
    case threeQuarters = 270

    /// The rotation of `degrees` (0, 90, 180 or 270), nil for any other angle.
    public init?(degrees: Int) {
        self.init(rawValue: ((degrees % 360) + 360) % 360)
    }

    /// Whether the UI's width is the panel's height.
    public var swapsAxes: Bool { self == .quarter || self == .threeQuarters }

    /// The UI's size on a panel of `width` x `height` pixels.
    public func logicalSize(panelWidth width: Int, panelHeight height: Int) -> (width: Int, height: Int) {
        swapsAxes ? (height, width) : (width, height)
    }

    /// The panel pixel that shows UI pixel (`x`, `y`), for a UI of `width` x `height` pixels.
    public func panelPoint(x: Int, y: Int, width: Int, height: Int) -> (x: Int, y: Int) {
        switch self {
        case .none: (x, y)
        case .quarter: (height - 1 - y, x)
        case .half: (width - 1 - x, height - 1 - y)
        case .threeQuarters: (y, width - 1 - x)
        }
    }

    /// The UI point, in 0...1 of the UI's width and height, under a panel point in 0...1 of the
    /// panel's width and height: the inverse of ``panelPoint(x:y:width:height:)`` for touches.
    public func uiPoint(panelX x: Double, panelY y: Double) -> (x: Double, y: Double) {
        switch self {
        case .none: (x, y)
        case .quarter: (y, 1 - x)
        case .half: (1 - x, 1 - y)
        case .threeQuarters: (1 - y, x)
        }
    }
}
