/// Turns touches into taps: a tap is a release inside the same target that the finger went down
/// on, so a finger that slides off a button does not press it.
public struct TapRecognizer: Sendable {
    var downTarget: Element?

    public init() {}

    /// Feeds one touch; returns the element tapped, if this touch completed a tap.
    public mutating func feed(_ touch: TouchEvent, on screen: Screen) -> Element? {
        guard touch.slot == 0 else { return nil }
        switch touch.phase {
        case .down:
            downTarget = screen.hitTest(touch.point)
            return nil
        case .move:
            return nil
        case .cancel:
            downTarget = nil
            return nil
        case .up:
            defer { downTarget = nil }
            guard let target = downTarget, let release = screen.hitTest(touch.point), release == target else {
                return nil
            }
            return release
        }
    }
}
