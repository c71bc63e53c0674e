/// The physical size of the panel: turns millimetres into pixels so that touch targets keep
/// their size on any panel.
public struct Metrics: Sendable, Equatable {
    /// Display size in pixels.
    public var size: Size
    /// Pixels per millimetre, from the configured panel width.
    public var pixelsPerMM: Double

    public init(widthPixels: Int, heightPixels: Int, widthMM: Double) {
        size = Size(width: Double(widthPixels), height: Double(heightPixels))
        pixelsPerMM = widthMM > 0 ? Double(widthPixels) / widthMM : 96 / 25.4
    }

    /// `value` millimetres in pixels.
    public func mm(_ value: Double) -> Double { (value * pixelsPerMM).rounded() }

    /// The whole display.
    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    /// The smallest touch target this UI allows, in millimetres (DESIGN.md: at least 12 mm).
    public static let minimumTargetMM = 12.0
}
