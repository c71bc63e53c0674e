/// libinput's touch calibration: a 2x3 affine matrix on coordinates normalised to 0...1,
/// `x' = a·x + b·y + c`, `y' = d·x + e·y + f` (the `LIBINPUT_CALIBRATION_MATRIX` convention), so
/// the same six numbers work in udev rules and here.
public struct CalibrationMatrix: Sendable, Equatable, Codable {
    public var a, b, c, d, e, f: Double

    public init(_ a: Double, _ b: Double, _ c: Double, _ d: Double, _ e: Double, _ f: Double) {
        (self.a, self.b, self.c, self.d, self.e, self.f) = (a, b, c, d, e, f)
    }

    /// The matrix that changes nothing.
    public static let identity = CalibrationMatrix(1, 0, 0, 0, 1, 0)

    /// The six numbers in libinput's order.
    public var values: [Double] { [a, b, c, d, e, f] }

    /// The matrix of six numbers in libinput's order; nil unless there are exactly six finite ones.
    public init?(values: [Double]) {
        guard values.count == 6, values.allSatisfy(\.isFinite) else { return nil }
        self.init(values[0], values[1], values[2], values[3], values[4], values[5])
    }

    /// Applies the matrix to a normalised point.
    public func apply(x: Double, y: Double) -> (x: Double, y: Double) {
        (a * x + b * y + c, d * x + e * y + f)
    }

    /// The matrix that best maps each `touched` point onto its `target` (least squares), all in
    /// normalised panel coordinates: what `kiosk calibrate` computes from four touched targets.
    /// Nil when fewer than three points are given or they lie on one line.
    public static func fitting(touched: [(x: Double, y: Double)], targets: [(x: Double, y: Double)])
        -> CalibrationMatrix?
    {
        guard touched.count == targets.count, touched.count >= 3 else { return nil }
        // Normal equations MᵀM p = Mᵀt with rows (x, y, 1), solved once for x' and once for y'.
        var m = [[Double]](repeating: [0, 0, 0], count: 3)
        var rx = [0.0, 0, 0]
        var ry = [0.0, 0, 0]
        for (point, target) in zip(touched, targets) {
            let row = [point.x, point.y, 1]
            for i in 0..<3 {
                for j in 0..<3 { m[i][j] += row[i] * row[j] }
                rx[i] += row[i] * target.x
                ry[i] += row[i] * target.y
            }
        }
        guard let px = solve(m, rx), let py = solve(m, ry) else { return nil }
        return CalibrationMatrix(px[0], px[1], px[2], py[0], py[1], py[2])
    }

    /// Solves a 3x3 system by Cramer's rule; nil when it is singular.
    static func solve(_ m: [[Double]], _ r: [Double]) -> [Double]? {
        func det(_ a: [[Double]]) -> Double {
            a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1]) - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
                + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0])
        }
        let d = det(m)
        guard abs(d) > 1e-12 else { return nil }
        return (0..<3).map { column in
            var replaced = m
            for row in 0..<3 { replaced[row][column] = r[row] }
            return det(replaced) / d
        }
    }
}
