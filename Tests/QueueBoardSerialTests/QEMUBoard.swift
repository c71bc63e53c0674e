import Foundation

/// The real firmware image running in qemu-system-arm (mps2-an386), its UART on a pty that the
/// terminal's driver opens like a USB serial device, and QEMU's monitor on a unix socket to press
/// the reset button. Stopped by PID; `timeout` bounds every run even if a test dies first.
final class QEMUBoard: @unchecked Sendable {
    // @unchecked: set up once in init; `stop` only signals the process.
    let process = Process()
    let ptyPath: String
    let monitorPath: String

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let image = repository.appendingPathComponent("Firmware/build/queueboard.elf")

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Builds the image if it is missing (`make firmware` normally has).
    static func ensureImage() throws {
        if FileManager.default.fileExists(atPath: image.path) { return }
        let build = Process()
        build.executableURL = repository.appendingPathComponent("Firmware/build.sh")
        try build.run()
        build.waitUntilExit()
        guard build.terminationStatus == 0 else { throw Failure(description: "Firmware/build.sh failed") }
    }

    /// Boots the firmware. With `fastIdleTime`, QEMU jumps the guest clock over the time the
    /// core sleeps in WFI (-icount sleep=off), so a minute of host silence passes in moments.
    init(fastIdleTime: Bool = false) throws {
        try Self.ensureImage()
        monitorPath =
            FileManager.default.temporaryDirectory.appendingPathComponent("qemu-\(UUID().uuidString).sock").path
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        var arguments = [
            "300", "qemu-system-arm", "-M", "mps2-an386", "-kernel", Self.image.path, "-display", "none",
            "-monitor", "unix:\(monitorPath),server=on,wait=off",
            "-semihosting-config", "enable=on,target=native", "-serial", "pty",
        ]
        if fastIdleTime { arguments += ["-icount", "shift=0,sleep=off"] }
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        // QEMU names its pty on its first lines: "char device redirected to /dev/pts/7 (label serial0)".
        var text = ""
        let reader = output.fileHandleForReading
        while !text.contains("(label") {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = text.range(of: #"/dev/pts/\d+"#, options: .regularExpression) else {
            process.terminate()
            throw Failure(description: "qemu-system-arm did not open a pty: \(text)")
        }
        ptyPath = String(text[range])
    }

    /// Presses reset: the firmware boots again and says HELLO.
    func reset() throws {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket") }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { path in
            for (index, byte) in monitorPath.utf8.enumerated() where index < path.count - 1 { path[index] = byte }
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard connected == 0 else { throw Failure(description: "connect to QEMU monitor: errno \(errno)") }
        let command = Array("system_reset\n".utf8)
        _ = command.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        // Wait for the monitor to echo the command back: the reset has been carried out.
        var buffer = [UInt8](repeating: 0, count: 512)
        var seen = ""
        while !seen.contains("system_reset") {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            seen += String(decoding: buffer[0..<count], as: UTF8.self)
        }
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: monitorPath)
    }

    deinit { if process.isRunning { stop() } }
}
