import KioskUI

/// `kiosk calibrate`'s steps: four targets near the corners of the UI, one touch each, then the
/// matrix that maps what the panel reported onto the targets.
///
/// Touches must come uncalibrated and unturned, in panel pixels (an ``EvdevInput`` with the
/// identity matrix, no rotation and the panel's size), so the matrix works in libinput's frame.
public struct CalibrationSession: Sendable {
    /// What the technician should do next.
    public enum Step: Equatable, Sendable {
        /// Touch target `index` (into ``targets``).
        case touch(Int)
        /// Done: write this matrix to the configuration.
        case done(CalibrationMatrix)
        /// The touches made no sense (on one line, or far off): start again at target 0.
        case again
    }

    /// Where the targets are drawn, in UI pixels.
    public let targets: [Point]
    let width: Int
    let height: Int
    let rotation: Rotation
    let panelWidth: Int
    let panelHeight: Int
    var touched: [(x: Double, y: Double)] = []

    /// A session for a UI of `width` x `height` turned by `rotation` on its panel.
    public init(width: Int, height: Int, rotation: Rotation) {
        self.width = width
        self.height = height
        self.rotation = rotation
        (panelWidth, panelHeight) = rotation.logicalSize(panelWidth: width, panelHeight: height)
        let (left, right) = (Double(width) * 0.1, Double(width) * 0.9)
        let (top, bottom) = (Double(height) * 0.1, Double(height) * 0.9)
        targets = [
            Point(x: left, y: top), Point(x: right, y: top), Point(x: right, y: bottom), Point(x: left, y: bottom),
        ]
    }

    public var current: Int { touched.count }

    /// Feeds a raw touch (panel pixels); a release records the target being touched.
    public mutating func feed(_ touch: TouchEvent) -> Step {
        guard touch.phase == .up else { return .touch(current) }
        touched.append(
            (touch.point.x / Double(max(panelWidth - 1, 1)), touch.point.y / Double(max(panelHeight - 1, 1))))
        guard touched.count == targets.count else { return .touch(current) }
        let wanted = targets.map { target -> (x: Double, y: Double) in
            let panel = rotation.panelPoint(x: Int(target.x), y: Int(target.y), width: width, height: height)
            return (Double(panel.x) / Double(max(panelWidth - 1, 1)), Double(panel.y) / Double(max(panelHeight - 1, 1)))
        }
        let fitted = CalibrationMatrix.fitting(touched: touched, targets: wanted)
        touched = []
        // A panel needing more than a 2x scale or a half-screen shift is mounted wrong, not skewed.
        guard let matrix = fitted, matrix.values.allSatisfy({ abs($0) < 2 }),
            abs(matrix.a * matrix.e - matrix.b * matrix.d) > 0.25
        else { return .again }
        return .done(matrix)
    }
}
