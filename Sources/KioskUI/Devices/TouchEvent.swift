/// A touch in display coordinates, already calibrated and rotated.
public struct TouchEvent: Sendable, Equatable {
    public enum Phase: Sendable, Equatable { case down, move, up, cancel }
    public var phase: Phase
    public var point: Point
    /// Which finger, for multitouch; 0 for single-touch devices and the mouse.
    public var slot: Int

    public init(_ phase: Phase, at point: Point, slot: Int = 0) {
        self.phase = phase
        self.point = point
        self.slot = slot
    }
}

/// Where input comes from: evdev on the terminal, a mouse in a desktop window, a script in tests.
public protocol TouchSource: Sendable {
    /// Touches in display coordinates, in arrival order. Finishes when the source goes away for good.
    func touches() -> AsyncStream<TouchEvent>
}
