import CDRM
import Foundation
import KioskUI

/// A panel driven through DRM/KMS: one connector at one mode, scanning out two dumb buffers in
/// turn. The UI draws into a frame of its own (upright, `width` x `height`); `present` copies only
/// what changed, turned by the rotation, into the buffer not on screen, tells the driver which
/// area changed (drmModeDirtyFB: virtio-gpu needs it), flips and waits for the flip to complete.
///
/// Several outputs can run on one ``DRMCard`` (the queue screen on a second connector).
@MainActor
public final class DRMDisplay: Display, Blankable {
    /// The UI's size: the mode's, with width and height swapped for 90 and 270 degrees.
    public let width: Int
    public let height: Int
    public let rotation: Rotation
    /// The connector's name, such as "HDMI-A-1".
    public let connectorName: String
    public let panelWidth: Int
    public let panelHeight: Int
    public private(set) var blanked = false
    /// Frames presented, and how many of them changed nothing.
    public private(set) var framesPresented = 0
    /// The area the last present copied, in UI pixels; nil when nothing changed.
    public private(set) var lastDamage: DamageRect?
    /// Called after each frame reached the panel, for benchmarks.
    public var onPresented: ((PresentTiming) -> Void)?

    /// How a frame reached the panel: a page flip whose completion event came, one whose event did
    /// not come within 100 ms, or setting the CRTC (drivers without page flips).
    public enum FlipMethod: String, Sendable {
        case pageFlip, pageFlipTimeout, setCRTC
    }

    /// How long a frame took on its way to the panel.
    public struct PresentTiming: Sendable {
        /// Finding the damage and copying it into the back buffer, seconds.
        public var copy: Double
        /// From queueing the page flip to its completion event, seconds.
        public var flip: Double
        public var damage: DamageRect
        /// How the frame reached the panel.
        public var method: FlipMethod
        /// Wall-clock time (seconds since 1970) when the flip completed: evdev's clock.
        public var completed: Double
    }

    let card: DRMCard
    let route: DRMCard.Route
    let buffers: [DumbBuffer]
    var back = 1
    /// What the UI draws into, and what was last presented, to find the damage.
    let frame: UnsafeMutableRawPointer
    let shown: UnsafeMutableRawPointer
    /// What the back buffer lacks: the damage of the frame before, which went to the other buffer.
    var backLacks: DamageRect?
    let flipDone = UnsafeMutablePointer<Bool>.allocate(capacity: 1)
    var flipsWork = true
    var framesPresentedWhileBlank = false

    /// Starts an output: `connector` by name (nil: the first connected one not in use), `mode` as
    /// "1280x800" (nil: the preferred one). Shows black until the first present.
    public init(card: DRMCard, connector: String? = nil, mode: String? = nil, rotation: Rotation = .none)
        throws(DeviceError)
    {
        self.card = card
        self.rotation = rotation
        route = try card.route(connector: connector, mode: mode)
        connectorName = route.name
        panelWidth = Int(route.mode.hdisplay)
        panelHeight = Int(route.mode.vdisplay)
        (width, height) = rotation.logicalSize(panelWidth: panelWidth, panelHeight: panelHeight)
        buffers = [
            try DumbBuffer(fd: card.fd, width: panelWidth, height: panelHeight, context: route.name),
            try DumbBuffer(fd: card.fd, width: panelWidth, height: panelHeight, context: route.name),
        ]
        frame = UnsafeMutableRawPointer.allocate(byteCount: width * height * 4, alignment: 16)
        shown = UnsafeMutableRawPointer.allocate(byteCount: width * height * 4, alignment: 16)
        memset(frame, 0, width * height * 4)
        memset(shown, 0, width * height * 4)
        flipDone.initialize(to: true)
        var connectorID = route.connector
        var mode = route.mode
        guard drmModeSetCrtc(card.fd, route.crtc, buffers[0].framebuffer, 0, 0, &connectorID, 1, &mode) == 0 else {
            let error = DeviceError.lastErrno("set crtc", route.name)
            frame.deallocate()
            shown.deallocate()
            flipDone.deallocate()
            throw error
        }
        card.claimedCRTCs.insert(route.crtc)
    }

    isolated deinit {
        card.claimedCRTCs.remove(route.crtc)
        frame.deallocate()
        shown.deallocate()
        flipDone.deallocate()
    }

    var frameBuffer: PixelBuffer { PixelBuffer(base: frame, width: width, height: height, stride: width * 4) }
    var shownBuffer: PixelBuffer { PixelBuffer(base: shown, width: width, height: height, stride: width * 4) }

    public func draw(_ body: (PixelBuffer) -> Void) {
        body(frameBuffer)
    }

    public func present() {
        framesPresented += 1
        let start = Date()
        let damage = DamageRect.between(shownBuffer, frameBuffer)
        lastDamage = damage
        guard let damage else { return }
        let buffer = buffers[back]
        let target = PixelBuffer(base: buffer.map, width: panelWidth, height: panelHeight, stride: buffer.stride)
        let copy = backLacks.map { $0.union(damage) } ?? damage
        target.copy(copy, from: frameBuffer, rotation: rotation)
        shownBuffer.copy(damage, from: frameBuffer, rotation: .none)
        backLacks = damage
        var clip = Self.clip(copy.onPanel(rotation: rotation, width: width, height: height))
        // Drivers without dirty tracking answer ENOSYS; they scan the buffer out as it is.
        _ = drmModeDirtyFB(card.fd, buffer.framebuffer, &clip, 1)
        guard !blanked else {
            framesPresentedWhileBlank = true
            return
        }
        let copied = Date()
        let method = flip(to: buffer)
        back = 1 - back
        let flipped = Date()
        onPresented?(
            PresentTiming(
                copy: copied.timeIntervalSince(start), flip: flipped.timeIntervalSince(copied), damage: copy,
                method: method,
                completed: flipped.timeIntervalSince1970))
    }

    static func clip(_ rect: DamageRect) -> drmModeClip {
        drmModeClip(
            x1: UInt16(clamping: rect.x), y1: UInt16(clamping: rect.y), x2: UInt16(clamping: rect.x + rect.width),
            y2: UInt16(clamping: rect.y + rect.height))
    }

    /// Queues a flip to `buffer` and waits (at most 100 ms) for the kernel's flip event, so the
    /// next frame never draws into the buffer on screen. Without page flips, sets the CRTC.
    func flip(to buffer: DumbBuffer) -> FlipMethod {
        if flipsWork {
            flipDone.pointee = false
            let queued = drmModePageFlip(
                card.fd, route.crtc, buffer.framebuffer, UInt32(DRM_MODE_PAGE_FLIP_EVENT),
                UnsafeMutableRawPointer(flipDone))
            if queued == 0 {
                waitForFlip()
                return flipDone.pointee ? .pageFlip : .pageFlipTimeout
            }
            flipsWork = false
            flipDone.pointee = true
        }
        var connectorID = route.connector
        var mode = route.mode
        _ = drmModeSetCrtc(card.fd, route.crtc, buffer.framebuffer, 0, 0, &connectorID, 1, &mode)
        return .setCRTC
    }

    func waitForFlip() {
        var context = drmEventContext()
        context.version = 2
        context.page_flip_handler = { _, _, _, _, data in
            data?.assumingMemoryBound(to: Bool.self).pointee = true
        }
        let deadline = Date(timeIntervalSinceNow: 0.1)
        while !flipDone.pointee {
            let left = Int32(max(deadline.timeIntervalSinceNow * 1000, 0))
            var pfd = pollfd(fd: card.fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&pfd, 1, left)
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { break }
            drmHandleEvent(card.fd, &context)
        }
    }

    /// Turns the panel off (DPMS off) after the idle time; the picture is kept for ``wake()``.
    public func blank() {
        guard !blanked else { return }
        blanked = true
        setPower(on: false)
    }

    /// Turns the panel back on, showing the last frame.
    public func wake() {
        guard blanked else { return }
        blanked = false
        setPower(on: true)
        // Frames presented while dark went into the back buffer (not flipped): it holds the latest.
        let newest = framesPresentedWhileBlank ? buffers[back] : buffers[1 - back]
        var connectorID = route.connector
        var mode = route.mode
        _ = drmModeSetCrtc(card.fd, route.crtc, newest.framebuffer, 0, 0, &connectorID, 1, &mode)
        if framesPresentedWhileBlank {
            back = 1 - back
            backLacks = .all(width: width, height: height)
            framesPresentedWhileBlank = false
        }
    }

    /// Sets the connector's DPMS property; where it is missing, blanking detaches the buffer.
    func setPower(on: Bool) {
        if let property = dpmsProperty() {
            let value: UInt64 = on ? UInt64(DRM_MODE_DPMS_ON) : UInt64(DRM_MODE_DPMS_OFF)
            if drmModeConnectorSetProperty(card.fd, route.connector, property, value) == 0 { return }
        }
        if !on { _ = drmModeSetCrtc(card.fd, route.crtc, 0, 0, 0, nil, 0, nil) }
    }

    func dpmsProperty() -> UInt32? {
        guard let connector = drmModeGetConnector(card.fd, route.connector) else { return nil }
        defer { drmModeFreeConnector(connector) }
        for index in 0..<Int(connector.pointee.count_props) {
            guard let property = drmModeGetProperty(card.fd, connector.pointee.props[index]) else { continue }
            defer { drmModeFreeProperty(property) }
            let name = withUnsafeBytes(of: property.pointee.name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "DPMS" { return property.pointee.prop_id }
        }
        return nil
    }
}
