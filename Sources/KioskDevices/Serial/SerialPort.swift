import Foundation

/// A serial line opened raw (8N1, no flow control, no echo, no line editing) at any baud rate.
/// One owner per file descriptor, closed in deinit. Reads wait with poll() and a timeout, so a
/// caller never blocks forever on a board that went quiet.
///
/// A line that went away (USB adapter unplugged, pty master closed) reads as
/// `DeviceError.isDisconnect`; the caller closes this port and opens the path again.
public final class SerialPort {
    /// The device path as given (often a stable symlink such as /dev/serial/by-id/...).
    public let path: String
    let fd: Int32

    /// Opens `path` raw at `baud` bits per second; standard and non-standard rates alike.
    /// The corresponding C functions are `open`, `tcsetattr` and the `TCSETS2` ioctl.
    public init(path: String, baud: Int) throws(DeviceError) {
        self.path = path
        let fd = open(path, O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw .lastErrno("open", path) }
        self.fd = fd
        do throws(DeviceError) {
            try configureRaw()
            try setBaud(baud)
            // Drop what an earlier owner left unsent, but keep what the board already said:
            // its HELLO may be waiting there.
            tcflush(fd, TCOFLUSH)
        } catch {
            close(fd)
            throw error
        }
    }

    deinit { close(fd) }

    func configureRaw() throws(DeviceError) {
        var settings = termios()
        guard tcgetattr(fd, &settings) == 0 else { throw .lastErrno("tcgetattr", path) }
        cfmakeraw(&settings)
        settings.c_cflag |= tcflag_t(CLOCAL | CREAD)
        settings.c_cflag &= ~(tcflag_t(CSTOPB) | tcflag_t(CRTSCTS) | tcflag_t(PARENB))
        settings.c_iflag &= ~tcflag_t(IXON | IXOFF | IXANY)
        // Reads never wait in the driver: poll() does the waiting, with a timeout.
        withUnsafeMutableBytes(of: &settings.c_cc) { cc in
            cc[Int(VMIN)] = 0
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(fd, TCSANOW, &settings) == 0 else { throw .lastErrno("tcsetattr", path) }
    }

    /// Writes all of `bytes`, waiting while the line's buffer is full.
    /// The corresponding C function is `write`.
    public func write(_ bytes: [UInt8]) throws(DeviceError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if written > 0 {
                offset += written
                continue
            }
            let code = errno
            if written < 0 && code == EINTR { continue }
            if written < 0 && code == EAGAIN {
                // A line that takes nothing for a second is stuck (flow control, a wedged adapter).
                guard try waitFor(events: Int16(POLLOUT), timeoutMilliseconds: 1_000) else {
                    throw DeviceError(operation: "write", context: path, errno: ETIMEDOUT, reason: "line takes no data")
                }
                continue
            }
            throw .lastErrno("write", path)
        }
    }

    /// Reads what arrives within `timeout`: at least one byte, or none when the time ran out.
    /// The corresponding C functions are `poll` and `read`.
    public func read(timeout: Duration) throws(DeviceError) -> [UInt8] {
        let milliseconds = max(
            0,
            Int32(
                clamping: timeout.components.seconds * 1_000
                    + timeout.components.attoseconds / 1_000_000_000_000_000))
        guard try waitFor(events: Int16(POLLIN), timeoutMilliseconds: milliseconds) else { return [] }
        var buffer = [UInt8](repeating: 0, count: 256)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if count > 0 { return Array(buffer[0..<count]) }
            if count == 0 {
                // Readable with nothing to read: the other end hung up.
                throw DeviceError(operation: "read", context: path, errno: ENXIO, reason: "line hung up")
            }
            let code = errno
            if code == EINTR { continue }
            if code == EAGAIN { return [] }
            throw .lastErrno("read", path)
        }
    }

    /// Waits until the descriptor is ready for `events`; false on timeout.
    @discardableResult
    func waitFor(events: Int16, timeoutMilliseconds: Int32) throws(DeviceError) -> Bool {
        var entry = pollfd(fd: fd, events: events, revents: 0)
        while true {
            let ready = poll(&entry, 1, timeoutMilliseconds)
            if ready < 0 && errno == EINTR { continue }
            guard ready >= 0 else { throw .lastErrno("poll", path) }
            if ready == 0 { return false }
            if entry.revents & Int16(POLLNVAL | POLLERR) != 0
                || (entry.revents & Int16(POLLHUP) != 0 && entry.revents & events == 0)
            {
                throw DeviceError(operation: "poll", context: path, errno: ENXIO, reason: "line hung up")
            }
            return true
        }
    }
}

extension DeviceError {
    /// Whether the failure means the line itself is gone (unplugged, hung up), so reopening
    /// the path later may bring it back.
    public var isDisconnect: Bool {
        guard let errno else { return false }
        return [EIO, ENXIO, ENODEV, ENOENT, EBADF, EPIPE].contains(errno)
    }
}
