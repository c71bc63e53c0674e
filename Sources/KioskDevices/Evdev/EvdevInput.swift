import CEvdev
import Foundation
import KioskUI

/// The terminal's touchscreens and barcode scanners through evdev: finds them in `/dev/input`,
/// follows devices plugged in and out (inotify), and decodes their events on its own thread.
///
/// Touches from every touchscreen arrive on ``touches()``; each scan of a keyboard-like scanner
/// arrives whole on ``scans()``. A device that vanishes mid-touch ends that touch as `.cancel`.
public final class EvdevInput: TouchSource, @unchecked Sendable {
    // @unchecked: after `start`, the mutable state (`devices`, `decoders`, `wedges`) is touched
    // only by the reader thread; `configuration` is guarded by `lock`; continuations are Sendable.

    /// How touches become UI coordinates.
    public struct Configuration: Sendable, Equatable {
        /// The UI's size in pixels (after rotation).
        public var width: Int
        public var height: Int
        public var calibration: CalibrationMatrix
        public var rotation: Rotation
        public var debounce: Double
        /// Where device nodes appear.
        public var directory: String

        public init(
            width: Int, height: Int, calibration: CalibrationMatrix = .identity, rotation: Rotation = .none,
            debounce: Double = 0.02, directory: String = "/dev/input"
        ) {
            self.width = width
            self.height = height
            self.calibration = calibration
            self.rotation = rotation
            self.debounce = debounce
            self.directory = directory
        }
    }

    let lock = NSLock()
    var configuration: Configuration
    let log: @Sendable (String) -> Void
    let touchStream: AsyncStream<TouchEvent>
    let touchSink: AsyncStream<TouchEvent>.Continuation
    let scanStream: AsyncStream<String>
    let scanSink: AsyncStream<String>.Continuation
    var devices: [String: EvdevDevice] = [:]
    var decoders: [String: TouchDecoder] = [:]
    var wedges: [String: KeyboardWedgeDecoder] = [:]
    var thread: Thread?
    var touchTime = 0.0

    /// The kernel's timestamp (seconds since 1970) of the last event that produced a touch, for
    /// measuring the time from a finger to the frame that shows its effect.
    public var lastTouchTime: Double { lock.withLock { touchTime } }

    /// An input that logs devices coming and going through `log` (names and paths only).
    public init(configuration: Configuration, log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.configuration = configuration
        self.log = log
        (touchStream, touchSink) = AsyncStream<TouchEvent>.makeStream()
        (scanStream, scanSink) = AsyncStream<String>.makeStream()
    }

    public func touches() -> AsyncStream<TouchEvent> { touchStream }

    /// Texts scanned by barcode scanners, one per scan.
    public func scans() -> AsyncStream<String> { scanStream }

    /// Changes calibration or rotation for touches that start from now on.
    public func reconfigure(_ change: @Sendable (inout Configuration) -> Void) {
        lock.withLock { change(&configuration) }
    }

    /// Opens the devices present and starts following them on a thread of its own.
    /// Throws when the device folder cannot be watched.
    public func start() throws(DeviceError) {
        let directory = lock.withLock { configuration.directory }
        let watch = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard watch >= 0 else { throw DeviceError.lastErrno("inotify_init1", directory) }
        guard inotify_add_watch(watch, directory, UInt32(IN_CREATE | IN_ATTRIB | IN_DELETE)) >= 0 else {
            let error = DeviceError.lastErrno("inotify_add_watch", directory)
            close(watch)
            throw error
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names.sorted() where name.hasPrefix("event") {
            attach("\(directory)/\(name)")
        }
        let thread = Thread { [self] in loop(watch: watch, directory: directory) }
        thread.name = "evdev"
        self.thread = thread
        thread.start()
    }

    func attach(_ path: String) {
        guard devices[path] == nil else { return }
        do throws(DeviceError) {
            guard let device = try EvdevDevice(path: path) else { return }
            devices[path] = device
            switch device.kind {
            case .touch(let multitouch):
                let c = lock.withLock { configuration }
                decoders[path] = TouchDecoder(
                    configuration: .init(
                        axes: device.axes, multitouch: multitouch, width: c.width, height: c.height,
                        calibration: c.calibration, rotation: c.rotation, debounce: c.debounce))
                log("touch device \(path): \(device.name)\(multitouch ? " (multitouch)" : "")")
            case .keyboard:
                wedges[path] = KeyboardWedgeDecoder()
                log("scanner device \(path): \(device.name)")
            }
        } catch {
            // Permissions of a new node are set just after it appears: IN_ATTRIB retries it.
            if error.errno != EACCES { log("input device skipped: \(error)") }
        }
    }

    func detach(_ path: String) {
        guard devices.removeValue(forKey: path) != nil else { return }
        if var decoder = decoders.removeValue(forKey: path) {
            for touch in decoder.deviceRemoved() { touchSink.yield(touch) }
        }
        wedges[path] = nil
        log("input device gone: \(path)")
    }

    func loop(watch: Int32, directory: String) {
        while true {
            let paths = devices.keys.sorted()
            var fds = [pollfd(fd: watch, events: Int16(POLLIN), revents: 0)]
            fds += paths.map { pollfd(fd: devices[$0]?.fd ?? -1, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&fds, nfds_t(fds.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                log("input poll failed: \(DeviceError.lastErrno("poll", directory))")
                return
            }
            if fds[0].revents != 0 { readWatch(watch, directory: directory) }
            for (index, path) in paths.enumerated() where fds[index + 1].revents != 0 {
                service(path)
            }
        }
    }

    func service(_ path: String) {
        guard let device = devices[path] else { return }
        switch device.read() {
        case .gone:
            detach(path)
        case .events(let events):
            if events.contains(where: { $0.type == EvdevCode.synType && $0.code == EvdevCode.synDropped }) {
                log("input device \(path): events dropped, state resynchronised")
            }
            if var decoder = decoders[path] {
                let c = lock.withLock { configuration }
                if !decoder.touching {
                    decoder.configuration.calibration = c.calibration
                    decoder.configuration.rotation = c.rotation
                    decoder.configuration.width = c.width
                    decoder.configuration.height = c.height
                }
                for event in events {
                    let touches = decoder.feed(event)
                    if !touches.isEmpty { lock.withLock { touchTime = event.time } }
                    for touch in touches { touchSink.yield(touch) }
                }
                decoders[path] = decoder
            } else if var wedge = wedges[path] {
                for event in events {
                    if let text = wedge.feed(event) { scanSink.yield(text) }
                }
                wedges[path] = wedge
            }
        }
    }

    /// Handles inotify records: new nodes are opened, deleted ones closed.
    func readWatch(_ watch: Int32, directory: String) {
        let size = 4096
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = read(watch, buffer, size)
            guard count > 0 else { return }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let record = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = offset + MemoryLayout<inotify_event>.size
                let name =
                    record.len > 0
                    ? String(cString: buffer.advanced(by: nameStart).assumingMemoryBound(to: CChar.self)) : ""
                offset = nameStart + Int(record.len)
                guard name.hasPrefix("event") else { continue }
                let path = "\(directory)/\(name)"
                if record.mask & UInt32(IN_DELETE) != 0 {
                    detach(path)
                } else {
                    attach(path)
                }
            }
        }
    }
}
