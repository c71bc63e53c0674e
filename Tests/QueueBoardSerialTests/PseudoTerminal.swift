import Foundation

/// A pseudo-terminal pair: the test holds the master (the board's end of the cable), the driver
/// under test opens the slave path like any serial device. A real tty with a real line
/// discipline, so termios, hang-up and reopen behave as with a USB adapter.
final class PseudoTerminal: @unchecked Sendable {
    // @unchecked: `master` is set once in init and closed once; the peer thread is the only reader.
    let master: Int32
    let slavePath: String

    init() throws {
        // posix_openpt/grantpt/unlockpt/ptsname do not import into Swift; these are what they do
        // on Linux with devpts.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw POSIXError(.EIO) }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, 0x4004_5431, &unlock) == 0,  // TIOCSPTLCK
            ioctl(master, 0x8004_5430, &number) == 0  // TIOCGPTN
        else {
            close(master)
            throw POSIXError(.EIO)
        }
        slavePath = "/dev/pts/\(number)"
        // Raw from the start, so nothing the board says before the driver opens is echoed back.
        let slave = open(slavePath, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw POSIXError(.EIO) }
        var settings = termios()
        tcgetattr(slave, &settings)
        cfmakeraw(&settings)
        tcsetattr(slave, TCSANOW, &settings)
        close(slave)
    }

    /// Closes the master: the driver's end hangs up, like pulling the USB plug.
    func hangUp() { close(master) }

    func write(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { Foundation.write(master, $0.baseAddress, $0.count) }
    }

    /// Bytes available within `milliseconds`, or nil when the master was closed.
    func read(milliseconds: Int32) -> [UInt8]? {
        var entry = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&entry, 1, milliseconds)
        if ready <= 0 { return [] }
        if entry.revents & Int16(POLLNVAL) != 0 { return nil }
        if entry.revents & Int16(POLLIN) == 0 { return [] }  // POLLHUP alone: nobody has the slave open
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = buffer.withUnsafeMutableBytes { Foundation.read(master, $0.baseAddress, $0.count) }
        if count < 0 && errno == EIO { return [] }
        return count <= 0 ? nil : Array(buffer[0..<count])
    }
}
