import Foundation

extension SerialPort {
    /// Linux's `struct termios2` (asm/termbits.h), which carries the speed as a number, so any
    /// rate the UART can make (250000, 1000000, ...) is set the same way as 115200. Glibc's
    /// header cannot be imported beside it, so the layout is declared here and checked.
    struct Termios2 {
        var inputFlags: UInt32 = 0
        var outputFlags: UInt32 = 0
        var controlFlags: UInt32 = 0
        var localFlags: UInt32 = 0
        var line: UInt8 = 0
        var controlCharacters:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8
            ) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var inputSpeed: UInt32 = 0
        var outputSpeed: UInt32 = 0
    }

    static let getTermios2: UInt = 0x802C_542A  // TCGETS2 = _IOR('T', 0x2A, struct termios2)
    static let setTermios2: UInt = 0x402C_542B  // TCSETS2 = _IOW('T', 0x2B, struct termios2)
    static let speedMask: UInt32 = 0o010017  // CBAUD
    static let otherSpeed: UInt32 = 0o010000  // BOTHER: the speed is in c_ispeed/c_ospeed
    static let inputSpeedShift: UInt32 = 16  // IBSHIFT

    /// Sets both directions to `baud` bits per second.
    /// The corresponding C call is `ioctl(fd, TCSETS2, ...)`.
    func setBaud(_ baud: Int) throws(DeviceError) {
        guard MemoryLayout<Termios2>.size == 44 else {
            throw DeviceError(operation: "set baud", context: path, reason: "unexpected termios2 layout")
        }
        guard baud > 0, baud <= 20_000_000 else {
            throw DeviceError(operation: "set baud", context: path, errno: EINVAL, reason: "no such speed: \(baud)")
        }
        var settings = try termios2()
        settings.controlFlags &= ~(Self.speedMask | Self.speedMask << Self.inputSpeedShift)
        settings.controlFlags |= Self.otherSpeed | Self.otherSpeed << Self.inputSpeedShift
        settings.inputSpeed = UInt32(baud)
        settings.outputSpeed = UInt32(baud)
        let result = withUnsafeMutablePointer(to: &settings) { ioctl(fd, Self.setTermios2, $0) }
        guard result == 0 else { throw .lastErrno("set baud \(baud)", path) }
    }

    /// The speed the line is set to, as the kernel reports it.
    public func baud() throws(DeviceError) -> Int {
        Int(try termios2().outputSpeed)
    }

    func termios2() throws(DeviceError) -> Termios2 {
        var settings = Termios2()
        let result = withUnsafeMutablePointer(to: &settings) { ioctl(fd, Self.getTermios2, $0) }
        guard result == 0 else { throw .lastErrno("get baud", path) }
        return settings
    }
}
