import CDRM
import Foundation
import KioskUI

/// The terminal's panel through DRM/KMS: the first connected connector at its preferred mode,
/// scanning out one dumb buffer the UI draws into.
///
/// First version: a single buffer flushed with drmModeDirtyFB (virtio-gpu needs it; other
/// drivers ignore it). Page flips, rotation, blanking and a second output come with the
/// devices issue.
@MainActor
public final class DRMDisplay: Display {
    public let width: Int
    public let height: Int
    let fd: Int32
    let stride: Int
    let mapLength: Int
    let map: UnsafeMutableRawPointer
    let framebuffer: UInt32
    let bufferHandle: UInt32

    /// Whether a DRM card is present to try.
    public nonisolated static func cardExists(path: String = "/dev/dri/card0") -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// Opens `path`, picks the first connected connector and its preferred mode, and shows a
    /// black buffer on it.
    public init(path: String = "/dev/dri/card0") throws(DeviceError) {
        fd = open(path, O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { throw DeviceError.lastErrno("open", path) }
        do throws(DeviceError) {
            let output = try Self.findOutput(fd: fd, path: path)
            width = Int(output.mode.hdisplay)
            height = Int(output.mode.vdisplay)

            var handle: UInt32 = 0
            var pitch: UInt32 = 0
            var size: UInt64 = 0
            guard drmModeCreateDumbBuffer(fd, UInt32(width), UInt32(height), 32, 0, &handle, &pitch, &size) == 0 else {
                throw DeviceError.lastErrno("create dumb buffer", "\(width)x\(height)")
            }
            bufferHandle = handle
            stride = Int(pitch)
            mapLength = Int(size)
            var fb: UInt32 = 0
            guard drmModeAddFB(fd, UInt32(width), UInt32(height), 24, 32, pitch, handle, &fb) == 0 else {
                throw DeviceError.lastErrno("add framebuffer", path)
            }
            framebuffer = fb
            var offset: UInt64 = 0
            guard drmModeMapDumbBuffer(fd, handle, &offset) == 0 else {
                throw DeviceError.lastErrno("map dumb buffer", path)
            }
            let pointer = mmap(nil, mapLength, PROT_READ | PROT_WRITE, MAP_SHARED, fd, off_t(offset))
            guard let pointer, pointer != MAP_FAILED else { throw DeviceError.lastErrno("mmap", path) }
            map = pointer
            memset(map, 0, mapLength)

            var connector = output.connector
            var mode = output.mode
            guard drmModeSetCrtc(fd, output.crtc, fb, 0, 0, &connector, 1, &mode) == 0 else {
                throw DeviceError.lastErrno("set crtc", "connector \(output.connector)")
            }
        } catch {
            close(fd)
            throw error
        }
    }

    isolated deinit {
        munmap(map, mapLength)
        drmModeRmFB(fd, framebuffer)
        drmModeDestroyDumbBuffer(fd, bufferHandle)
        close(fd)
    }

    public func draw(_ body: (PixelBuffer) -> Void) {
        body(PixelBuffer(base: map, width: width, height: height, stride: stride))
    }

    public func present() {
        // Drivers without dirty tracking answer ENOSYS; that is fine, they scan out directly.
        _ = drmModeDirtyFB(fd, framebuffer, nil, 0)
    }

    struct Output {
        var connector: UInt32
        var crtc: UInt32
        var mode: drmModeModeInfo
    }

    /// The first connected connector, its preferred mode and a CRTC that can drive it.
    static func findOutput(fd: Int32, path: String) throws(DeviceError) -> Output {
        guard let resources = drmModeGetResources(fd) else { throw DeviceError.lastErrno("get resources", path) }
        defer { drmModeFreeResources(resources) }
        let res = resources.pointee
        for i in 0..<Int(res.count_connectors) {
            guard let connector = drmModeGetConnector(fd, res.connectors[i]) else { continue }
            defer { drmModeFreeConnector(connector) }
            let c = connector.pointee
            guard c.connection == DRM_MODE_CONNECTED, c.count_modes > 0 else { continue }
            let modes = (0..<Int(c.count_modes)).map { c.modes[$0] }
            let mode = modes.first { $0.type & UInt32(DRM_MODE_TYPE_PREFERRED) != 0 } ?? modes[0]
            if let crtc = crtc(for: c, resources: res, fd: fd) {
                return Output(connector: c.connector_id, crtc: crtc, mode: mode)
            }
        }
        throw DeviceError(operation: "find output", context: path, reason: "no connected connector with a mode")
    }

    static func crtc(for connector: drmModeConnector, resources: drmModeRes, fd: Int32) -> UInt32? {
        if let encoder = drmModeGetEncoder(fd, connector.encoder_id) {
            defer { drmModeFreeEncoder(encoder) }
            if encoder.pointee.crtc_id != 0 { return encoder.pointee.crtc_id }
        }
        for e in 0..<Int(connector.count_encoders) {
            guard let encoder = drmModeGetEncoder(fd, connector.encoders[e]) else { continue }
            defer { drmModeFreeEncoder(encoder) }
            for i in 0..<Int(resources.count_crtcs) where encoder.pointee.possible_crtcs & (1 << UInt32(i)) != 0 {
                return resources.crtcs[i]
            }
        }
        return nil
    }
}
