/// The range of a touch device's position axes (`struct input_absinfo` minimum and maximum),
/// the frame its raw coordinates are normalised in.
public struct TouchAxes: Sendable, Equatable {
    public var minX: Int32
    public var maxX: Int32
    public var minY: Int32
    public var maxY: Int32

    public init(minX: Int32, maxX: Int32, minY: Int32, maxY: Int32) {
        self.minX = minX
        self.maxX = maxX
        self.minY = minY
        self.maxY = maxY
    }

    /// A raw position as 0...1 of each axis; a degenerate axis (min == max) gives 0.
    public func normalized(x: Int32, y: Int32) -> (x: Double, y: Double) {
        func scale(_ value: Int32, _ low: Int32, _ high: Int32) -> Double {
            guard high > low else { return 0 }
            return (Double(value) - Double(low)) / (Double(high) - Double(low))
        }
        return (scale(x, minX, maxX), scale(y, minY, maxY))
    }
}
