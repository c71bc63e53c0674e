import CEvdev
import Foundation

/// One open input device (`/dev/input/eventN`) through libevdev, and what kind of device it is.
/// Owned by the reader thread; closed in deinit.
final class EvdevDevice {
    /// What the terminal does with a device.
    enum Kind: Equatable {
        /// A touchscreen (or an absolute pointer such as QEMU's tablet): touches.
        case touch(multitouch: Bool)
        /// A keyboard, which on a kiosk is a barcode scanner typing its scans.
        case keyboard
    }

    let path: String
    let fd: Int32
    let handle: OpaquePointer
    let name: String
    let kind: Kind
    let axes: TouchAxes

    /// Opens `path` non-blocking; nil for devices the terminal has no use for (closed again).
    /// The corresponding C functions are `open` and `libevdev_new_from_fd`.
    init?(path: String) throws(DeviceError) {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw DeviceError.lastErrno("open", path) }
        var handle: OpaquePointer?
        let status = libevdev_new_from_fd(fd, &handle)
        guard status == 0, let handle else {
            close(fd)
            throw DeviceError(operation: "libevdev_new_from_fd", context: path, errno: -status)
        }
        func has(_ type: Int32, _ code: Int32) -> Bool {
            libevdev_has_event_code(handle, UInt32(type), UInt32(code)) != 0
        }
        let direct = libevdev_has_property(handle, UInt32(INPUT_PROP_DIRECT)) != 0
        let mt = has(EV_ABS, ABS_MT_SLOT) && has(EV_ABS, ABS_MT_POSITION_X) && has(EV_ABS, ABS_MT_POSITION_Y)
        let single = has(EV_ABS, ABS_X) && has(EV_ABS, ABS_Y)
        let absolutePointer = single && has(EV_KEY, BTN_LEFT) && !has(EV_REL, REL_X)
        let kind: Kind
        if (direct && (mt || (single && has(EV_KEY, BTN_TOUCH)))) || absolutePointer {
            kind = .touch(multitouch: direct && mt)
        } else if has(EV_KEY, KEY_A) && has(EV_KEY, KEY_ENTER) && !single {
            kind = .keyboard
        } else {
            libevdev_free(handle)
            close(fd)
            return nil
        }
        self.path = path
        self.fd = fd
        self.handle = handle
        self.kind = kind
        name = String(cString: libevdev_get_name(handle))
        let (xCode, yCode) = kind == .touch(multitouch: true) ? (ABS_MT_POSITION_X, ABS_MT_POSITION_Y) : (ABS_X, ABS_Y)
        func range(_ code: Int32) -> (Int32, Int32) {
            guard let info = libevdev_get_abs_info(handle, UInt32(code)) else { return (0, 0) }
            return (info.pointee.minimum, info.pointee.maximum)
        }
        let (minX, maxX) = range(xCode)
        let (minY, maxY) = range(yCode)
        axes = TouchAxes(minX: minX, maxX: maxX, minY: minY, maxY: maxY)
    }

    deinit {
        libevdev_free(handle)
        close(fd)
    }

    /// What reading the device gave.
    enum ReadResult {
        case events([InputEvent])
        /// The device is gone (unplugged): `ENODEV`.
        case gone
    }

    /// Every event waiting, resynchronising after `SYN_DROPPED`: libevdev then hands the
    /// `SYN_DROPPED` and, read with `LIBEVDEV_READ_FLAG_SYNC`, the events that bring the state up
    /// to date, ending in a `SYN_REPORT`. The corresponding C function is `libevdev_next_event`.
    func read() -> ReadResult {
        var events: [InputEvent] = []
        var flags = LIBEVDEV_READ_FLAG_NORMAL.rawValue
        while true {
            var event = input_event()
            let status = libevdev_next_event(handle, flags, &event)
            if status == -EAGAIN {
                if flags == LIBEVDEV_READ_FLAG_SYNC.rawValue {
                    flags = LIBEVDEV_READ_FLAG_NORMAL.rawValue
                    continue
                }
                return .events(events)
            }
            if status == -ENODEV { return .gone }
            if status < 0 { return events.isEmpty ? .gone : .events(events) }
            events.append(
                InputEvent(
                    time: Double(event.time.tv_sec) + Double(event.time.tv_usec) / 1_000_000,
                    type: event.type, code: event.code, value: event.value))
            if status == LIBEVDEV_READ_STATUS_SYNC.rawValue {
                flags = LIBEVDEV_READ_FLAG_SYNC.rawValue
            }
        }
    }
}
