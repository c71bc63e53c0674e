/// A point in display pixels, origin at the top left.
public struct Point: Sendable, Equatable, Hashable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A width and a height in display pixels.
public struct Size: Sendable, Equatable, Hashable {
    public var width: Double
    public var height: Double
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
}

/// An axis-aligned rectangle in display pixels.
public struct Rect: Sendable, Equatable, Hashable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var minX: Double { x }
    public var minY: Double { y }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var center: Point { Point(x: x + width / 2, y: y + height / 2) }

    public func contains(_ point: Point) -> Bool {
        point.x >= x && point.x < maxX && point.y >= y && point.y < maxY
    }

    /// The rectangle shrunk by `dx` on the left and right and `dy` on the top and bottom.
    public func insetBy(dx: Double, dy: Double) -> Rect {
        Rect(x: x + dx, y: y + dy, width: max(0, width - 2 * dx), height: max(0, height - 2 * dy))
    }

    /// Splits off a slice of `amount` from the top; returns the slice and the rest.
    public func sliceTop(_ amount: Double, gap: Double = 0) -> (slice: Rect, rest: Rect) {
        let h = min(amount, height)
        return (
            Rect(x: x, y: y, width: width, height: h),
            Rect(x: x, y: y + h + gap, width: width, height: max(0, height - h - gap))
        )
    }

    /// Splits off a slice of `amount` from the bottom; returns the slice and the rest.
    public func sliceBottom(_ amount: Double, gap: Double = 0) -> (slice: Rect, rest: Rect) {
        let h = min(amount, height)
        return (
            Rect(x: x, y: maxY - h, width: width, height: h),
            Rect(x: x, y: y, width: width, height: max(0, height - h - gap))
        )
    }

    /// Splits off a slice of `amount` from the left; returns the slice and the rest.
    public func sliceLeft(_ amount: Double, gap: Double = 0) -> (slice: Rect, rest: Rect) {
        let w = min(amount, width)
        return (
            Rect(x: x, y: y, width: w, height: height),
            Rect(x: x + w + gap, y: y, width: max(0, width - w - gap), height: height)
        )
    }

    /// Splits off a slice of `amount` from the right; returns the slice and the rest.
    public func sliceRight(_ amount: Double, gap: Double = 0) -> (slice: Rect, rest: Rect) {
        let w = min(amount, width)
        return (
            Rect(x: maxX - w, y: y, width: w, height: height),
            Rect(x: x, y: y, width: max(0, width - w - gap), height: height)
        )
    }

    /// Cells of a grid of `columns` x `rows` with `gap` between them, row by row.
    public func grid(columns: Int, rows: Int, gap: Double) -> [Rect] {
        guard columns > 0, rows > 0 else { return [] }
        let w = (width - gap * Double(columns - 1)) / Double(columns)
        let h = (height - gap * Double(rows - 1)) / Double(rows)
        var cells: [Rect] = []
        for r in 0..<rows {
            for c in 0..<columns {
                cells.append(Rect(x: x + Double(c) * (w + gap), y: y + Double(r) * (h + gap), width: w, height: h))
            }
        }
        return cells
    }

    /// A square of the given side centred in this rectangle.
    public func centeredSquare(_ side: Double) -> Rect {
        let s = min(side, width, height)
        return Rect(x: x + (width - s) / 2, y: y + (height - s) / 2, width: s, height: s)
    }
}
