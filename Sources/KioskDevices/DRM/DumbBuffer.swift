import CDRM
import Foundation

/// A dumb buffer on a DRM card: created, added as an XRGB8888 framebuffer and mapped for the CPU
/// to draw in. Freed in deinit.
final class DumbBuffer {
    let fd: Int32
    let width: Int
    let height: Int
    let stride: Int
    let length: Int
    let handle: UInt32
    let framebuffer: UInt32
    let map: UnsafeMutableRawPointer

    /// The corresponding C functions are `drmModeCreateDumbBuffer`, `drmModeAddFB2` and
    /// `drmModeMapDumbBuffer` (then `mmap`).
    init(fd: Int32, width: Int, height: Int, context: String) throws(DeviceError) {
        self.fd = fd
        self.width = width
        self.height = height
        var handle: UInt32 = 0
        var pitch: UInt32 = 0
        var size: UInt64 = 0
        guard drmModeCreateDumbBuffer(fd, UInt32(width), UInt32(height), 32, 0, &handle, &pitch, &size) == 0 else {
            throw DeviceError.lastErrno("create dumb buffer", "\(width)x\(height) on \(context)")
        }
        var handles: (UInt32, UInt32, UInt32, UInt32) = (handle, 0, 0, 0)
        var pitches: (UInt32, UInt32, UInt32, UInt32) = (pitch, 0, 0, 0)
        var offsets: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
        var framebuffer: UInt32 = 0
        let added = withUnsafePointer(to: &handles.0) { h in
            withUnsafePointer(to: &pitches.0) { p in
                withUnsafePointer(to: &offsets.0) { o in
                    drmModeAddFB2(
                        fd, UInt32(width), UInt32(height), kiosk_drm_format_xrgb8888, h, p, o, &framebuffer, 0)
                }
            }
        }
        guard added == 0 else {
            let error = DeviceError.lastErrno("add framebuffer", context)
            drmModeDestroyDumbBuffer(fd, handle)
            throw error
        }
        var offset: UInt64 = 0
        let mapped: UnsafeMutableRawPointer?
        if drmModeMapDumbBuffer(fd, handle, &offset) == 0 {
            mapped = mmap(nil, Int(size), PROT_READ | PROT_WRITE, MAP_SHARED, fd, off_t(offset))
        } else {
            mapped = nil
        }
        guard let mapped, mapped != MAP_FAILED else {
            let error = DeviceError.lastErrno("map dumb buffer", context)
            drmModeRmFB(fd, framebuffer)
            drmModeDestroyDumbBuffer(fd, handle)
            throw error
        }
        self.handle = handle
        self.framebuffer = framebuffer
        stride = Int(pitch)
        length = Int(size)
        map = mapped
        memset(map, 0, length)
    }

    deinit {
        munmap(map, length)
        drmModeRmFB(fd, framebuffer)
        drmModeDestroyDumbBuffer(fd, handle)
    }
}
