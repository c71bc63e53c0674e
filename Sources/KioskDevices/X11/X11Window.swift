import CX11
import Dispatch
import Foundation
import KioskUI

/// A desktop window as the terminal's screen, the mouse as its finger. For development and for
/// driving the real program under Xvfb with xdotool; the terminal itself uses DRM/KMS.
///
/// Everything runs on the main queue, so Xlib is only ever called from one thread.
@MainActor
public final class X11Window: Display {
    public let width: Int
    public let height: Int
    let display: OpaquePointer
    let window: Window
    let gc: GC
    let image: UnsafeMutablePointer<XImage>
    let pixels: UnsafeMutableRawPointer
    var deleteAtom: Atom = 0
    var readSource: DispatchSourceRead?
    var continuation: AsyncStream<TouchEvent>.Continuation?

    /// Opens a window of `width` x `height` on the X server named by `DISPLAY`.
    /// The corresponding C function is `XOpenDisplay`.
    public init(width: Int, height: Int, title: String) throws(DeviceError) {
        guard let display = XOpenDisplay(nil) else {
            throw DeviceError(
                operation: "open X display",
                context: ProcessInfo.processInfo.environment["DISPLAY"] ?? "(DISPLAY unset)",
                reason: "no X server answers")
        }
        let screen = XDefaultScreen(display)
        let depth = XDefaultDepth(display, screen)
        guard depth == 24 || depth == 32 else {
            XCloseDisplay(display)
            throw DeviceError(
                operation: "open X display", context: "depth \(depth)", reason: "needs a 24-bit TrueColor visual")
        }
        self.display = display
        self.width = width
        self.height = height
        let root = XRootWindow(display, screen)
        window = XCreateSimpleWindow(display, root, 0, 0, UInt32(width), UInt32(height), 0, 0, 0)
        XStoreName(display, window, title)
        XSelectInput(
            display, window,
            ExposureMask | ButtonPressMask | ButtonReleaseMask | Button1MotionMask | StructureNotifyMask)

        // A fixed size: the layout is made for the configured panel, not for whatever the WM wants.
        if let hints = XAllocSizeHints() {
            hints.pointee.flags = PMinSize | PMaxSize
            hints.pointee.min_width = Int32(width)
            hints.pointee.max_width = Int32(width)
            hints.pointee.min_height = Int32(height)
            hints.pointee.max_height = Int32(height)
            XSetWMNormalHints(display, window, hints)
            XFree(hints)
        }
        deleteAtom = XInternAtom(display, "WM_DELETE_WINDOW", 0)
        XSetWMProtocols(display, window, &deleteAtom, 1)

        gc = XCreateGC(display, window, 0, nil)
        let stride = width * 4
        // XDestroyImage frees the pixels with free(), so they come from malloc.
        pixels = malloc(stride * height)!
        memset(pixels, 0, stride * height)
        image = XCreateImage(
            display, XDefaultVisual(display, screen), UInt32(depth), ZPixmap, 0,
            pixels.assumingMemoryBound(to: CChar.self), UInt32(width), UInt32(height), 32, Int32(stride))
        XMapWindow(display, window)
        XFlush(display)
    }

    isolated deinit {
        // Runs on the main actor's thread: the window's owner releases it there.
        _ = image.pointee.f.destroy_image(image)
        XFreeGC(display, gc)
        XDestroyWindow(display, window)
        XCloseDisplay(display)
    }

    public func draw(_ body: (PixelBuffer) -> Void) {
        body(PixelBuffer(base: pixels, width: width, height: height, stride: width * 4))
    }

    public func present() {
        XPutImage(display, window, gc, image, 0, 0, 0, 0, UInt32(width), UInt32(height))
        XFlush(display)
        drainEvents()
    }

    /// Mouse button 1 as a finger: press, drag, release. Finishes when the window is closed.
    public func touches() -> AsyncStream<TouchEvent> {
        let (stream, continuation) = AsyncStream<TouchEvent>.makeStream()
        self.continuation = continuation
        let source = DispatchSource.makeReadSource(fileDescriptor: XConnectionNumber(display), queue: .main)
        source.setEventHandler { [weak self] in
            MainActor.assumeIsolated { self?.drainEvents() }
        }
        source.resume()
        readSource = source
        drainEvents()
        return stream
    }

    /// Handles every event Xlib has queued; the read source only fires for new bytes on the socket.
    func drainEvents() {
        while XPending(display) > 0 {
            var event = XEvent()
            XNextEvent(display, &event)
            handle(event)
        }
    }

    func handle(_ event: XEvent) {
        switch event.type {
        case Expose:
            if event.xexpose.count == 0 {
                XPutImage(display, window, gc, image, 0, 0, 0, 0, UInt32(width), UInt32(height))
                XFlush(display)
            }
        case ButtonPress where event.xbutton.button == UInt32(Button1):
            continuation?.yield(TouchEvent(.down, at: Point(x: Double(event.xbutton.x), y: Double(event.xbutton.y))))
        case MotionNotify:
            continuation?.yield(TouchEvent(.move, at: Point(x: Double(event.xmotion.x), y: Double(event.xmotion.y))))
        case ButtonRelease where event.xbutton.button == UInt32(Button1):
            continuation?.yield(TouchEvent(.up, at: Point(x: Double(event.xbutton.x), y: Double(event.xbutton.y))))
        case ClientMessage where Atom(event.xclient.data.l.0) == deleteAtom:
            readSource?.cancel()
            continuation?.finish()
        default:
            break
        }
    }
}
