/// Where frames go: a DRM/KMS output, an X11 window, or memory in tests. The shape of LVGL's
/// flush callback: the UI draws into a buffer the display lends, then asks it to show the frame.
@MainActor
public protocol Display: AnyObject {
    /// Size in pixels.
    var width: Int { get }
    var height: Int { get }
    /// Lends the back buffer for drawing one frame.
    func draw(_ body: (PixelBuffer) -> Void)
    /// Shows what was drawn since the last present.
    func present()
    /// Whether the buffer `draw` lends still holds the last frame drawn, so that only the changed
    /// rectangles need drawing (false for a display that flips between buffers).
    var keepsLastFrame: Bool { get }
}

extension Display {
    /// Memory, X11 and the single DRM dumb buffer lend the same buffer every frame.
    public var keepsLastFrame: Bool { true }
}
